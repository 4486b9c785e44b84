using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A0014 the generator emits nothing for this [DynamoTable] type (generic, file-local, abstract, a member named
    /// like a generated one, no usable constructor, a converter on a key...). The decision is the generator's own
    /// (<see cref="GenerationBlockers"/>), so a skipped entity is never silent: this rule reports every blocker that no
    /// rule of its own describes (a missing <c>partial</c> is B3A0001 with its code fix, a missing key B3A0002...).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EntityEligibilityAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.EntityNotGenerated);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var blocker in entity.Blockers)
            {
                if (blocker.RuleId == DiagnosticIds.EntityNotGenerated)
                {
                    var location = SourceLocations.First(blocker.Symbol);
                    if (!location.IsInSource)
                    {
                        location = SourceLocations.First(entity.Type);
                    }

                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EntityNotGenerated, location, entity.Name, blocker.Reason));
                }
            }
        }
    }
}
