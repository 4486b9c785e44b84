using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>Finds the declaration a diagnostic is about: the member it sits on, or a member named in the diagnostic.</summary>
    internal static class MemberDeclarations
    {
        /// <summary>The property or field whose name, type or attribute contains <paramref name="node"/>.</summary>
        public static MemberDeclarationSyntax? Enclosing(SyntaxNode? node) =>
            node?.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is PropertyDeclarationSyntax or FieldDeclarationSyntax);

        /// <summary>The property named <paramref name="name"/> in the type declaration around <paramref name="node"/>.</summary>
        public static PropertyDeclarationSyntax? Named(SyntaxNode node, string name)
        {
            var type = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (type is null)
            {
                return null;
            }

            foreach (var member in type.Members)
            {
                if (member is PropertyDeclarationSyntax property && property.Identifier.ValueText == name)
                {
                    return property;
                }
            }

            return null;
        }

        public static TypeSyntax? TypeOf(MemberDeclarationSyntax member) => member switch
        {
            PropertyDeclarationSyntax property => property.Type,
            FieldDeclarationSyntax field => field.Declaration.Type,
            _ => null,
        };
    }
}
