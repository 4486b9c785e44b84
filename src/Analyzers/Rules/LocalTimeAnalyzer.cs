using System.Collections.Immutable;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A0015 <c>DateTime.Now</c> or <c>DateTime.Today</c> stored in a <c>DateTime</c> member of an entity: the value
    /// is local to the host, so the instant stored (converted to UTC with the host's time zone) and any date written
    /// into a key (<c>{Day:yyyy-MM-dd}</c>) depend on where the code runs. Found in assignments, object initializers and
    /// member initializers.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LocalTimeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HostLocalTimeStored);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(DeclaredAttributes.DynamoTable) is null)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operation =>
                    {
                        var assignment = (ISimpleAssignmentOperation)operation.Operation;
                        var target = assignment.Target switch
                        {
                            IPropertyReferenceOperation p => (ISymbol)p.Property,
                            IFieldReferenceOperation f => f.Field,
                            _ => null,
                        };
                        Check(operation.ReportDiagnostic, target, assignment.Value);
                    },
                    OperationKind.SimpleAssignment);
                start.RegisterOperationAction(
                    operation =>
                    {
                        var initializer = (IPropertyInitializerOperation)operation.Operation;
                        foreach (var property in initializer.InitializedProperties)
                        {
                            Check(operation.ReportDiagnostic, property, initializer.Value);
                        }
                    },
                    OperationKind.PropertyInitializer);
            });
        }

        private static void Check(System.Action<Diagnostic> report, ISymbol? target, IOperation value)
        {
            if (target is null || !IsStoredDateTime(target) || LocalClock(value) is not { } clock)
            {
                return;
            }

            report(Diagnostic.Create(DiagnosticDescriptors.HostLocalTimeStored, clock.Location, target.Name, target.ContainingType.Name, clock.Name));
        }

        /// <summary>A DateTime (or DateTime?) property or field of a [DynamoTable] type.</summary>
        private static bool IsStoredDateTime(ISymbol target)
        {
            var type = target is IPropertySymbol p ? p.Type : target is IFieldSymbol f ? f.Type : null;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type?.SpecialType == SpecialType.System_DateTime
                && DeclaredAttributes.Find(target.ContainingType.GetAttributes(), DeclaredAttributes.DynamoTable) is not null;
        }

        /// <summary><c>DateTime.Now</c> or <c>DateTime.Today</c> (through conversions), with the location of its name.</summary>
        private static (string Name, Location Location)? LocalClock(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Now" or "Today" } property }
                && property.ContainingType.SpecialType == SpecialType.System_DateTime)
            {
                var location = value.Syntax is MemberAccessExpressionSyntax access ? access.Name.GetLocation() : value.Syntax.GetLocation();
                return (property.Name, location);
            }

            return null;
        }
    }
}
