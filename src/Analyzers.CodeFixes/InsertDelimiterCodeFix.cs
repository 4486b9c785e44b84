using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>B3A1007: <c>{A}{B}</c> becomes <c>{A}#{B}</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsertDelimiterCodeFix)), Shared]
    public sealed class InsertDelimiterCodeFix : TemplateTextCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AdjacentPlaceholders);

        protected override ImmutableArray<(string Title, string EquivalenceKey, string Replacement)> Replacements(string original, Diagnostic diagnostic) =>
            TryParsePlaceholder(original, out _, out _)
                ? ImmutableArray.Create(("Insert '#' before " + original, nameof(InsertDelimiterCodeFix), "#" + original))
                : ImmutableArray<(string, string, string)>.Empty;
    }
}
