using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>B3A1013: <c>{Name:D10}</c> on a string becomes <c>{Name}</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveFormatCodeFix)), Shared]
    public sealed class RemoveFormatCodeFix : TemplateTextCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.FormatOnUnformattableMember);

        protected override ImmutableArray<(string Title, string EquivalenceKey, string Replacement)> Replacements(string original, Diagnostic diagnostic) =>
            TryParsePlaceholder(original, out var name, out var format) && format is not null
                ? ImmutableArray.Create(("Remove the format ':" + format + "'", nameof(RemoveFormatCodeFix), "{" + name + "}"))
                : ImmutableArray<(string, string, string)>.Empty;
    }
}
