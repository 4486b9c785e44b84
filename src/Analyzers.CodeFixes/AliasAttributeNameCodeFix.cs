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
    /// B3A0006: stores a member whose attribute name is a reserved word under another name, so hand-written
    /// expressions need no alias: <c>Status</c> gets <c>[DynamoAttribute("Status_")]</c>. Existing data under the old
    /// name is not migrated, hence an explicit choice, not automatic.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AliasAttributeNameCodeFix)), Shared]
    public sealed class AliasAttributeNameCodeFix : SyntaxEditCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AttributeNameNeedsAlias);

        protected override IEnumerable<SyntaxEdit> Edits(SyntaxNode root, Diagnostic diagnostic)
        {
            if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not PropertyDeclarationSyntax property || HasDynamoAttribute(property))
            {
                yield break;
            }

            var renamed = Rename(property.Identifier.ValueText);
            var attribute = SyntaxFactory.Attribute(
                SyntaxFactory.IdentifierName("DynamoAttribute"),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(renamed))))));
            // The title says it: the stored attribute changes, existing items keep the old name.
            yield return new SyntaxEdit("Store as '" + renamed + "' (changes the stored attribute name: existing items keep the old one)", nameof(AliasAttributeNameCodeFix), r => r.ReplaceNode(property, AttributeLists.Add(property, attribute)));
        }

        /// <summary>A name with no '.' or '-' and a trailing '_', which no reserved word has.</summary>
        internal static string Rename(string name) => name.Replace('.', '_').Replace('-', '_') + "_";

        private static bool HasDynamoAttribute(PropertyDeclarationSyntax property)
        {
            foreach (var list in property.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name.ToString();
                    if (name is "DynamoAttribute" or "DynamoAttributeAttribute" || name.EndsWith(".DynamoAttribute", System.StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
