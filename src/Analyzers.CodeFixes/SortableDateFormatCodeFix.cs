using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>B3A1010: a date placeholder gets the round-trip format 'O', or 'yyyy-MM-dd' when only the day matters.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SortableDateFormatCodeFix)), Shared]
    public sealed class SortableDateFormatCodeFix : TemplateTextCodeFixBase
    {
        public const string RoundTripKey = nameof(SortableDateFormatCodeFix) + ".O";
        public const string DayKey = nameof(SortableDateFormatCodeFix) + ".Day";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnsortableDateFormat);

        protected override ImmutableArray<(string Title, string EquivalenceKey, string Replacement)> Replacements(string original, Diagnostic diagnostic)
        {
            if (!TryParsePlaceholder(original, out var name, out _))
            {
                return ImmutableArray<(string, string, string)>.Empty;
            }

            return ImmutableArray.Create(
                ("Use the sortable format 'O'" + PadIntegerCodeFix.KeyChangeNote, RoundTripKey, "{" + name + ":O}"),
                ("Use the sortable format 'yyyy-MM-dd'" + PadIntegerCodeFix.KeyChangeNote, DayKey, "{" + name + ":yyyy-MM-dd}"));
        }
    }
}
