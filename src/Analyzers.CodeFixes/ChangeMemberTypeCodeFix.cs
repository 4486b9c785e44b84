using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
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
    public sealed class ChangeMemberTypeCodeFix : SyntaxEditCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.FloatingPointKey, DiagnosticIds.VersionMemberType);

        protected override IEnumerable<SyntaxEdit> Edits(SyntaxNode root, Diagnostic diagnostic)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan);
            var member = diagnostic.Properties.TryGetValue(DiagnosticProperties.Member, out var name) && name is not null
                ? MemberDeclarations.Named(node, name)
                : MemberDeclarations.Enclosing(node);
            var type = member is null ? null : MemberDeclarations.TypeOf(member);
            if (type is null)
            {
                yield break;
            }

            var keyword = diagnostic.Id == DiagnosticIds.FloatingPointKey ? SyntaxKind.DecimalKeyword : SyntaxKind.LongKeyword;
            TypeSyntax replacement = SyntaxFactory.PredefinedType(SyntaxFactory.Token(keyword));
            if (type is NullableTypeSyntax)
            {
                replacement = SyntaxFactory.NullableType(replacement);
            }

            var text = SyntaxFacts.GetText(keyword);
            yield return new SyntaxEdit("Change the type to '" + text + "'", nameof(ChangeMemberTypeCodeFix) + text, r => r.ReplaceNode(type, replacement.WithTriviaFrom(type)));
        }
    }
}
