using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>B3A3002: <c>ToUnixTimeMilliseconds()</c> feeding a TTL becomes <c>ToUnixTimeSeconds()</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TtlSecondsCodeFix)), Shared]
    public sealed class TtlSecondsCodeFix : TemplateTextCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.TtlInMilliseconds);

        protected override ImmutableArray<(string Title, string EquivalenceKey, string Replacement)> Replacements(string original, Diagnostic diagnostic) =>
            original == "ToUnixTimeMilliseconds"
                ? ImmutableArray.Create(("Use ToUnixTimeSeconds()", nameof(TtlSecondsCodeFix), "ToUnixTimeSeconds"))
                : ImmutableArray<(string, string, string)>.Empty;
    }
}
