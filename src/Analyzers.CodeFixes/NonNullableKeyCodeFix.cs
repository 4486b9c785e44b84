using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>B3A1002: <c>string?</c> / <c>int?</c> on a table key member becomes <c>string</c> / <c>int</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonNullableKeyCodeFix)), Shared]
    public sealed class NonNullableKeyCodeFix : SyntaxEditCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NullableTableKey);

        protected override IEnumerable<SyntaxEdit> Edits(SyntaxNode root, Diagnostic diagnostic)
        {
            var member = MemberDeclarations.Enclosing(root.FindNode(diagnostic.Location.SourceSpan));
            if (member is null || MemberDeclarations.TypeOf(member) is not NullableTypeSyntax nullable)
            {
                yield break;
            }

            yield return new SyntaxEdit("Make the key member non-nullable", nameof(NonNullableKeyCodeFix), r => r.ReplaceNode(nullable, nullable.ElementType.WithTriviaFrom(nullable)));
        }
    }
}
