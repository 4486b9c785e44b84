using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>
    /// Fixes that rewrite the exact characters a diagnostic points at (a placeholder inside a key template, a method
    /// name). Text edits merge cleanly, so Fix All uses the batch fixer.
    /// </summary>
    public abstract class TemplateTextCodeFixBase : CodeFixProvider
    {
        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                var original = text.ToString(diagnostic.Location.SourceSpan);
                foreach (var (title, key, replacement) in Replacements(original, diagnostic))
                {
                    var document = context.Document;
                    var span = diagnostic.Location.SourceSpan;
                    context.RegisterCodeFix(
                        CodeAction.Create(title, ct => Replace(document, span, replacement, ct), key),
                        diagnostic);
                }
            }
        }

        /// <summary>The fixes offered for <paramref name="original"/>: title, equivalence key (stable, for Fix All) and new text.</summary>
        protected abstract ImmutableArray<(string Title, string EquivalenceKey, string Replacement)> Replacements(string original, Diagnostic diagnostic);

        /// <summary>Splits "{Name:format}" into its name and format (null when there is none).</summary>
        protected static bool TryParsePlaceholder(string text, out string name, out string? format)
        {
            name = string.Empty;
            format = null;
            if (text.Length < 3 || text[0] != '{' || text[text.Length - 1] != '}')
            {
                return false;
            }

            var inner = text.Substring(1, text.Length - 2);
            var colon = inner.IndexOf(':');
            name = colon < 0 ? inner : inner.Substring(0, colon);
            format = colon < 0 ? null : inner.Substring(colon + 1);
            return true;
        }

        private static async Task<Document> Replace(Document document, TextSpan span, string replacement, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(new TextChange(span, replacement)));
        }
    }
}
