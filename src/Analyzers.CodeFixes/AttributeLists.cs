using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>Adds an attribute to a property the way a person would: into its last list, or as a new first list.</summary>
    internal static class AttributeLists
    {
        /// <summary>A new list before the property, taking over the property's indentation.</summary>
        public static PropertyDeclarationSyntax Prepend(PropertyDeclarationSyntax property, AttributeSyntax attribute)
        {
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
            return property
                .WithoutLeadingTrivia()
                .WithAttributeLists(property.AttributeLists.Insert(0, list.WithLeadingTrivia(property.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space)));
        }

        /// <summary>Into the last existing list (<c>[Obsolete, X]</c>), or a new list when there is none.</summary>
        public static PropertyDeclarationSyntax Add(PropertyDeclarationSyntax property, AttributeSyntax attribute)
        {
            if (property.AttributeLists.Count == 0)
            {
                return Prepend(property, attribute);
            }

            var last = property.AttributeLists[property.AttributeLists.Count - 1];
            return property.ReplaceNode(last, last.AddAttributes(attribute));
        }
    }
}
