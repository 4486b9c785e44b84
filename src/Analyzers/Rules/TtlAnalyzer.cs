using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// DynamoDB expires an item only when its TTL attribute is a Number of Unix epoch seconds, and silently ignores
    /// anything else. B3A3001 the TTL member must be a date or an integer; B3A3002 it must not be fed milliseconds
    /// (a millisecond value is ~50,000 years ahead); B3A3003 an item has one TTL attribute.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TtlAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.TtlMemberType,
            DiagnosticDescriptors.TtlInMilliseconds,
            DiagnosticDescriptors.MultipleTtlMembers);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            var ttl = OncePerItemMember.Check(
                context, entity, m => m.Ttl, DiagnosticDescriptors.MultipleTtlMembers, MemberTypeClassifier.IsTtlType, DiagnosticDescriptors.TtlMemberType);
            if (ttl is not { HasValidType: true })
            {
                return;
            }

            var member = ttl.Member;
            if (member.Kind == ValueKind.Integer && HasMillisecondName(member.Name))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TtlInMilliseconds, SourceLocations.First(member.Symbol), member.Name, "is named as a millisecond value"));
            }

            var initializer = MillisecondInitializer(member.Symbol, context.CancellationToken);
            if (initializer is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TtlInMilliseconds, initializer, member.Name, "is initialized from ToUnixTimeMilliseconds()"));
            }
        }

        internal override void RegisterMoreActions(CompilationStartAnalysisContext context, KnownSymbols known)
        {
            if (known.Ttl is null)
            {
                return;
            }

            // Assignments anywhere: entity.ExpiresAt = now.ToUnixTimeMilliseconds(), in initializers too.
            context.RegisterOperationAction(
                operationContext =>
                {
                    var assignment = (ISimpleAssignmentOperation)operationContext.Operation;
                    var target = assignment.Target switch
                    {
                        IPropertyReferenceOperation p => (ISymbol)p.Property,
                        IFieldReferenceOperation f => f.Field,
                        _ => null,
                    };
                    if (target is null || !HasAttribute(target, known.Ttl) || !IsMillisecondCall(assignment.Value, out var name))
                    {
                        return;
                    }

                    operationContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TtlInMilliseconds, name, target.Name, "is assigned from ToUnixTimeMilliseconds()"));
                },
                OperationKind.SimpleAssignment);
        }

        internal static bool HasMillisecondName(string name) =>
            name.EndsWith("Ms", System.StringComparison.Ordinal) || name.EndsWith("MS", System.StringComparison.Ordinal)
            || name.EndsWith("Millis", System.StringComparison.Ordinal) || name.EndsWith("Milliseconds", System.StringComparison.Ordinal);

        private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
        {
            foreach (var data in symbol.GetAttributes())
            {
                if (KnownSymbols.Is(data, attribute))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsMillisecondCall(IOperation value, out Location? name)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            name = null;
            if (value is IInvocationOperation { TargetMethod.Name: "ToUnixTimeMilliseconds" } invocation
                && invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
            {
                name = access.Name.GetLocation();
                return true;
            }

            return false;
        }

        private static Location? MillisecondInitializer(ISymbol member, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                var initializer = syntax switch
                {
                    PropertyDeclarationSyntax property => property.Initializer?.Value,
                    VariableDeclaratorSyntax field => field.Initializer?.Value,
                    _ => null,
                };
                if (initializer is null)
                {
                    continue;
                }

                foreach (var node in initializer.DescendantNodesAndSelf())
                {
                    if (node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToUnixTimeMilliseconds" } access && access.Parent is InvocationExpressionSyntax)
                    {
                        return access.Name.GetLocation();
                    }
                }
            }

            return null;
        }
    }
}
