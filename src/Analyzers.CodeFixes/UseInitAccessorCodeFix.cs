using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>B3A1003: <c>{ get; set; }</c> on a key member becomes <c>{ get; init; }</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseInitAccessorCodeFix)), Shared]
    public sealed class UseInitAccessorCodeFix : SyntaxEditCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SettableKeyMember);

        protected override IEnumerable<SyntaxEdit> Edits(SyntaxNode root, Diagnostic diagnostic)
        {
            if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not AccessorDeclarationSyntax setter || !setter.IsKind(SyntaxKind.SetAccessorDeclaration))
            {
                yield break;
            }

            var init = SyntaxFactory.AccessorDeclaration(
                SyntaxKind.InitAccessorDeclaration,
                setter.AttributeLists,
                setter.Modifiers,
                SyntaxFactory.Token(SyntaxKind.InitKeyword).WithTriviaFrom(setter.Keyword),
                setter.Body,
                setter.ExpressionBody,
                setter.SemicolonToken);
            yield return new SyntaxEdit("Use 'init'", nameof(UseInitAccessorCodeFix), r => r.ReplaceNode(setter, init));
        }
    }
}
