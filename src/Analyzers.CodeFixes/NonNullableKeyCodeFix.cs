using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>B3A1002: <c>string?</c> / <c>int?</c> on a table key member becomes <c>string</c> / <c>int</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonNullableKeyCodeFix)), Shared]
    public sealed class NonNullableKeyCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NullableTableKey);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root?.FindNode(diagnostic.Location.SourceSpan);
                var member = node is null ? null : MemberDeclarations.Enclosing(node);
                if (member is null || MemberDeclarations.TypeOf(member) is not NullableTypeSyntax nullable)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Make the key member non-nullable",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root!.ReplaceNode(nullable, nullable.ElementType.WithTriviaFrom(nullable)))),
                        nameof(NonNullableKeyCodeFix)),
                    diagnostic);
            }
        }
    }
}
