using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>B3A1003: <c>{ get; set; }</c> on a key member becomes <c>{ get; init; }</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseInitAccessorCodeFix)), Shared]
    public sealed class UseInitAccessorCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SettableKeyMember);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not AccessorDeclarationSyntax setter || !setter.IsKind(SyntaxKind.SetAccessorDeclaration))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use 'init'",
                        _ =>
                        {
                            var init = SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration, setter.AttributeLists, setter.Modifiers, SyntaxFactory.Token(SyntaxKind.InitKeyword).WithTriviaFrom(setter.Keyword), setter.Body, setter.ExpressionBody, setter.SemicolonToken);
                            return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(setter, init)));
                        },
                        nameof(UseInitAccessorCodeFix)),
                    diagnostic);
            }
        }
    }
}
