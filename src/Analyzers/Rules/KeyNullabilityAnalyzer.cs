using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A1002 the table key is required on every item: a nullable member feeding it makes writes fail at run time.
    /// Index keys are left alone on purpose: a null there makes a sparse index.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KeyNullabilityAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NullableTableKey);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var member in entity.TableKeySourceMembers())
            {
                if (member.IsNullable)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NullableTableKey, SourceLocations.First(member.Symbol), entity.Name, member.Name));
                }
            }
        }
    }
}
