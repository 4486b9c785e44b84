using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>
    /// B3A0013: a property that is not stored either becomes storable (<c>private set</c> -> <c>init</c>, <c>{ get; }</c>
    /// -> <c>{ get; init; }</c>) or is marked <c>[DynamoIgnore]</c>, which states that leaving it out is intended.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StoreOrIgnoreMemberCodeFix)), Shared]
    public sealed class StoreOrIgnoreMemberCodeFix : SyntaxEditCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnstoredMember);

        protected override IEnumerable<SyntaxEdit> Edits(SyntaxNode root, Diagnostic diagnostic)
        {
            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (node is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } })
            {
                // A readonly field cannot become init-only; ignoring it is the one edit that keeps its meaning.
                yield return Ignore(field);
                yield break;
            }

            if (node is not PropertyDeclarationSyntax property || property.AccessorList is not { } accessors)
            {
                yield break;
            }

            if (WithInitAccessor(accessors) is { } storable)
            {
                yield return new SyntaxEdit("Use 'init' so the member is stored", nameof(StoreOrIgnoreMemberCodeFix) + ".Init", r => r.ReplaceNode(accessors, storable));
            }

            yield return Ignore(property);
        }

        private static SyntaxEdit Ignore(MemberDeclarationSyntax member) => new SyntaxEdit(
            "Mark it [DynamoIgnore]",
            nameof(StoreOrIgnoreMemberCodeFix) + ".Ignore",
            r => r.ReplaceNode(member, AttributeLists.Add(member, SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("DynamoIgnore")))));

        /// <summary>The accessor list with a public <c>init</c> in place of a restricted setter, or added to a get-only auto-property.</summary>
        private static AccessorListSyntax? WithInitAccessor(AccessorListSyntax accessors)
        {
            var setter = accessors.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.SetAccessorDeclaration) || a.IsKind(SyntaxKind.InitAccessorDeclaration));
            if (setter is not null)
            {
                var init = SyntaxFactory.AccessorDeclaration(
                        SyntaxKind.InitAccessorDeclaration,
                        setter.AttributeLists,
                        default,
                        SyntaxFactory.Token(SyntaxKind.InitKeyword),
                        setter.Body,
                        setter.ExpressionBody,
                        setter.SemicolonToken)
                    .WithTriviaFrom(setter);
                return accessors.ReplaceNode(setter, init);
            }

            // Only an auto-property ({ get; }) can take a bare init; a getter with a body computes its value.
            var getter = accessors.Accessors.SingleOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
            if (getter is null || getter.Body is not null || getter.ExpressionBody is not null)
            {
                return null;
            }

            var added = SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration)
                .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken))
                .WithTrailingTrivia(SyntaxFactory.Space);
            return accessors.WithAccessors(accessors.Accessors.Add(added));
        }
    }
}
