using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>B3A0009 a key template must parse (balanced braces, identifier placeholders, no empty format), or no key can be built.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KeyTemplateSyntaxAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidKeyTemplate);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var key in entity.Keys)
            {
                if (key.Template is { IsValid: false } template)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidKeyTemplate, SourceLocations.OfKey(key, entity.Type), template.Source, template.Error));
                }
            }
        }
    }
}
