using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>B3A1009: <c>{Seq}</c> becomes <c>{Seq:D10}</c> (the width fits the member type's largest value).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PadIntegerCodeFix)), Shared]
    public sealed class PadIntegerCodeFix : TemplateTextCodeFixBase
    {
        /// <summary>Said in the title of every fix that changes the text of stored keys.</summary>
        internal const string KeyChangeNote = " (changes the stored keys: reindex existing items)";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnpaddedIntegerInSortKey);

        protected override ImmutableArray<(string Title, string EquivalenceKey, string Replacement)> Replacements(string original, Diagnostic diagnostic)
        {
            if (!TryParsePlaceholder(original, out var name, out _) || !diagnostic.Properties.TryGetValue(DiagnosticProperties.Format, out var format) || format is null)
            {
                return ImmutableArray<(string, string, string)>.Empty;
            }

            // The key text changes: items already stored keep their old keys until reindexed, and the title says so.
            return ImmutableArray.Create(("Pad with " + format + KeyChangeNote, nameof(PadIntegerCodeFix), "{" + name + ":" + format + "}"));
        }
    }
}
