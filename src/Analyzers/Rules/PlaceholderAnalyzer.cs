using System.Collections.Immutable;
using Boto3Assist.Analyzers.Model;
using Boto3Assist.Shared;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Rules
{
    /// <summary>
    /// B3A1006 a placeholder must name a readable member; B3A1007 two placeholders need a delimiter between them
    /// ("{A}{B}" builds "12" from 1,2 and from 12,""); B3A1008 (info) a free string placeholder followed by the
    /// delimiter can contain it, so the parts of the key can no longer be told apart.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PlaceholderAnalyzer : EntityAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.UnknownPlaceholder,
            DiagnosticDescriptors.AdjacentPlaceholders,
            DiagnosticDescriptors.PlaceholderMayContainDelimiter);

        internal override void AnalyzeEntity(SymbolAnalysisContext context, EntityModel entity, KnownSymbols known, AnalyzerSettings settings)
        {
            foreach (var placeholder in entity.Placeholders())
            {
                var key = placeholder.Key;
                var segments = key.Template!.Segments;
                var location = SourceLocations.OfSegment(key, placeholder.Segment, entity.Type);
                if (placeholder.Member is null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownPlaceholder, location, placeholder.Name, key.Description, entity.Name));
                }

                if (placeholder.Index > 0 && segments[placeholder.Index - 1].IsPlaceholder)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AdjacentPlaceholders, location, segments[placeholder.Index - 1].Text, placeholder.Name, key.Description, entity.Name));
                }

                // Checked string placeholders cannot hold a delimiter (the key builders refuse it at run time); only a
                // {Member:raw} one can, and then only what follows it is at risk.
                if (placeholder.Member?.Kind == ValueKind.String
                    && KeyTextFormat.TryParse(placeholder.Format, out var text) && text.IsRaw
                    && placeholder.Index + 1 < segments.Count
                    && !segments[placeholder.Index + 1].IsPlaceholder
                    && IsDelimiter(segments[placeholder.Index + 1].Text[0], key.Template, settings))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PlaceholderMayContainDelimiter, location, placeholder.Name, key.Description, entity.Name, segments[placeholder.Index + 1].Text[0].ToString()));
                }
            }
        }

        private static bool IsDelimiter(char c, KeyTemplate template, AnalyzerSettings settings) =>
            c == settings.KeyDelimiter || KeyTextFormat.Delimiters(template).IndexOf(c) >= 0;
    }
}
