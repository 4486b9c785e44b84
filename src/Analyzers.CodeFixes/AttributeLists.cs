using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>Adds an attribute to a property or field the way a person would: into its last list, or as a new first list.</summary>
    internal static class AttributeLists
    {
        /// <summary>A new list before the member, taking over the member's indentation.</summary>
        public static TMember Prepend<TMember>(TMember member, AttributeSyntax attribute)
            where TMember : MemberDeclarationSyntax
        {
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
            return (TMember)member
                .WithoutLeadingTrivia()
                .WithAttributeLists(member.AttributeLists.Insert(0, list.WithLeadingTrivia(member.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space)));
        }

        /// <summary>Into the last existing list (<c>[Obsolete, X]</c>), or a new list when there is none.</summary>
        public static TMember Add<TMember>(TMember member, AttributeSyntax attribute)
            where TMember : MemberDeclarationSyntax
        {
            if (member.AttributeLists.Count == 0)
            {
                return Prepend(member, attribute);
            }

            var last = member.AttributeLists[member.AttributeLists.Count - 1];
            return member.ReplaceNode(last, last.AddAttributes(attribute));
        }
    }
}
