using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>
    /// B3A0015: <c>DateTime.Now</c> becomes <c>DateTime.UtcNow</c>: the same instant, so nothing stored changes.
    /// <c>DateTime.Today</c> gets no fix: UTC midnight is another instant than the host's midnight.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UtcClockCodeFix)), Shared]
    public sealed class UtcClockCodeFix : TemplateTextCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HostLocalTimeStored);

        protected override ImmutableArray<(string Title, string EquivalenceKey, string Replacement)> Replacements(string original, Diagnostic diagnostic) =>
            original == "Now"
                ? ImmutableArray.Create(("Use DateTime.UtcNow (the same instant: stored values do not change)", nameof(UtcClockCodeFix), "UtcNow"))
                : ImmutableArray<(string, string, string)>.Empty;
    }
}
