using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A0014 the generator emits nothing for this [DynamoTable] type (generic, file-local, abstract, a member named
    /// like a generated one, no usable constructor...). The decision is the generator's own (<see cref="EntityEligibility"/>),
    /// so a skipped entity is never silent. A missing <c>partial</c> is left to B3A0001 and its code fix.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EntityEligibilityAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.EntityNotGenerated);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            if (EntityEligibility.Check(entity.Type) is { IsMissingPartial: false } ineligible)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EntityNotGenerated, SourceLocations.First(entity.Type), entity.Name, ineligible.Reason));
            }
        }
    }
}
