using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>One offered fix: its title, its equivalence key (stable, for Fix All) and how it rewrites the syntax root.</summary>
    public sealed class SyntaxEdit
    {
        public SyntaxEdit(string title, string equivalenceKey, Func<SyntaxNode, SyntaxNode> apply)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
            Apply = apply;
        }

        public string Title { get; }

        public string EquivalenceKey { get; }

        public Func<SyntaxNode, SyntaxNode> Apply { get; }
    }

    /// <summary>
    /// Fixes that rewrite the syntax around a diagnostic without needing the semantic model: each subclass only says
    /// which edits it offers. Fix All uses the batch fixer unless a subclass opts out.
    /// </summary>
    public abstract class SyntaxEditCodeFixBase : CodeFixProvider
    {
        public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var edit in Edits(root, diagnostic))
                {
                    var document = context.Document;
                    context.RegisterCodeFix(
                        CodeAction.Create(edit.Title, _ => Task.FromResult(document.WithSyntaxRoot(edit.Apply(root))), edit.EquivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>The edits offered for <paramref name="diagnostic"/>; none when the code is not in the expected shape.</summary>
        protected abstract IEnumerable<SyntaxEdit> Edits(SyntaxNode root, Diagnostic diagnostic);
    }
}
