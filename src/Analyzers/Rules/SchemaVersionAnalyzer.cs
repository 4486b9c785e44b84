using System.Collections.Immutable;
using System.Globalization;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// An entity's <c>[SchemaVersion]</c> and <c>[SchemaUpgrade]</c> steps, read once by <see cref="SchemaVersionChecks"/>:
    /// B3A5006 a declaration the generated FromItem cannot run (version below 1, a step outside 1..n-1 or twice for one
    /// version, a step that is not <c>static void (Dictionary&lt;string, AttributeValue&gt;)</c>, a step without a version,
    /// a version attribute named like another attribute of the item); the generator emits nothing for such an entity.
    /// B3A5007 a version with no step: its items would be read unchanged.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SchemaVersionAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.InvalidSchemaVersion,
            DiagnosticDescriptors.MissingSchemaUpgrade);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            var problems = SchemaVersionChecks.Problems(entity);
            foreach (var problem in problems)
            {
                var location = problem.Attribute is null ? SourceLocations.First(problem.Symbol) : SourceLocations.Of(problem.Attribute, problem.Symbol);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSchemaVersion, location, entity.Name, problem.Reason));
            }

            if (problems.Count > 0 || entity.SchemaVersion is not { } schema)
            {
                return;
            }

            var declared = DeclaredAttributes.Find(entity.Type.GetAttributes(), DeclaredAttributes.SchemaVersion);
            var at = declared is null ? SourceLocations.First(entity.Type) : SourceLocations.Of(declared, entity.Type);
            foreach (var version in SchemaVersionChecks.MissingSteps(entity))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MissingSchemaUpgrade,
                    at,
                    entity.Name,
                    Text(schema.Version),
                    Text(version),
                    Text(version + 1)));
            }
        }

        /// <summary>A [SchemaUpgrade] on a type that is not an entity at all (an entity's own are reported with its model).</summary>
        internal override void RegisterMoreActions(CompilationStartAnalysisContext context, KnownSymbols known)
        {
            context.RegisterSymbolAction(
                symbolContext =>
                {
                    var method = (IMethodSymbol)symbolContext.Symbol;
                    if (SchemaUpgradeModel.Of(method) is not { } step || method.ContainingType is not { } type
                        || DeclaredAttributes.Find(type.GetAttributes(), DeclaredAttributes.DynamoTable) is not null)
                    {
                        return;
                    }

                    symbolContext.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.InvalidSchemaVersion,
                        SourceLocations.Of(step.Attribute, method),
                        type.Name,
                        "[SchemaUpgrade] method '" + method.Name + "' is on a type that is not a [DynamoTable] entity with a [SchemaVersion]"));
                },
                SymbolKind.Method);
        }

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
