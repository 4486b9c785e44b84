using System.Collections.Immutable;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A0016 a class with <c>[DynamoDerivedType]</c>s whose hierarchy cannot be read through it: a derived type that is
    /// not a [DynamoTable] entity or does not derive from the base, derived entities on different tables, key attribute
    /// names or discriminator attributes, two derived types with one discriminator value, two defaults, a base that is
    /// itself an entity or is not a partial class. The reasons are the shared model's (<see cref="PolymorphicBaseModel"/>),
    /// the very ones that make the generator emit nothing for the base.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolymorphicHierarchyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.BadPolymorphicHierarchy);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(PolymorphicBaseModel.DerivedTypeAttribute) is null)
                {
                    return;
                }

                start.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
            });
        }

        private static void Analyze(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!PolymorphicBaseModel.IsPolymorphicBase(type) || PolymorphicBaseModel.TryRead(type, context.CancellationToken) is not { } model)
            {
                return;
            }

            foreach (var blocker in model.Blockers)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BadPolymorphicHierarchy, LocationOf(model, blocker), model.Name, blocker.Reason));
            }
        }

        /// <summary>The <c>[DynamoDerivedType]</c> naming the type the blocker is about, else the base's name.</summary>
        private static Location LocationOf(PolymorphicBaseModel model, GenerationBlocker blocker)
        {
            foreach (var derived in model.Derived)
            {
                if (SymbolEqualityComparer.Default.Equals(derived.Type, blocker.Symbol) && derived.Attribute.ApplicationSyntaxReference is { } reference)
                {
                    return Location.Create(reference.SyntaxTree, reference.Span);
                }
            }

            return SourceLocations.First(model.Type);
        }
    }
}
