using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>B3A2007 a local secondary index re-sorts a partition, so it exists only on tables with a sort key; CreateTable refuses it otherwise.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LocalIndexAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.LocalIndexWithoutSortKey);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            if (entity.TableSortKey is not null)
            {
                return;
            }

            foreach (var key in entity.Keys)
            {
                if (key.Role == KeyRole.LsiSort)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LocalIndexWithoutSortKey, SourceLocations.Of(key.Attribute, entity.Type), entity.Name, key.IndexName));
                }
            }
        }
    }
}
