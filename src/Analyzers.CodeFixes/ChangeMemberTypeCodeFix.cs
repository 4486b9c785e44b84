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
    /// <summary>
    /// Changes a member's type to the one the rule asks for: a float/double key to <c>decimal</c> (B3A1012),
    /// a non-integral version to <c>long</c> (B3A3004). Nullability is kept.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ChangeMemberTypeCodeFix)), Shared]
    public sealed class ChangeMemberTypeCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.FloatingPointKey, DiagnosticIds.VersionMemberType);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                var node = root?.FindNode(diagnostic.Location.SourceSpan);
                if (node is null)
                {
                    continue;
                }

                var member = diagnostic.Properties.TryGetValue(DiagnosticProperties.Member, out var name) && name is not null
                    ? MemberDeclarations.Named(node, name)
                    : MemberDeclarations.Enclosing(node);
                var type = member is null ? null : MemberDeclarations.TypeOf(member);
                if (type is null)
                {
                    continue;
                }

                var target = diagnostic.Id == DiagnosticIds.FloatingPointKey ? SyntaxKind.DecimalKeyword : SyntaxKind.LongKeyword;
                TypeSyntax replacement = SyntaxFactory.PredefinedType(SyntaxFactory.Token(target));
                if (type is NullableTypeSyntax)
                {
                    replacement = SyntaxFactory.NullableType(replacement);
                }

                var keyword = SyntaxFactory.Token(target).Text;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Change the type to '" + keyword + "'",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root!.ReplaceNode(type, replacement.WithTriviaFrom(type)))),
                        nameof(ChangeMemberTypeCodeFix) + keyword),
                    diagnostic);
            }
        }
    }
}
