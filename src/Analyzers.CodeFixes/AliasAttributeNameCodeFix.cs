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
    /// B3A0006: stores a member whose attribute name is a reserved word under another name, so hand-written
    /// expressions need no alias: <c>Status</c> gets <c>[DynamoAttribute("Status_")]</c>. Existing data under the old
    /// name is not migrated, hence an explicit choice, not automatic.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AliasAttributeNameCodeFix)), Shared]
    public sealed class AliasAttributeNameCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AttributeNameNeedsAlias);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not PropertyDeclarationSyntax property || HasDynamoAttribute(property))
                {
                    continue;
                }

                var renamed = Rename(property.Identifier.ValueText);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Store as '" + renamed + "'",
                        _ =>
                        {
                            var attribute = SyntaxFactory.Attribute(
                                SyntaxFactory.IdentifierName("DynamoAttribute"),
                                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                                    SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(renamed))))));
                            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
                            PropertyDeclarationSyntax updated;
                            if (property.AttributeLists.Count == 0)
                            {
                                updated = property.WithoutLeadingTrivia()
                                    .WithAttributeLists(SyntaxFactory.SingletonList(list.WithLeadingTrivia(property.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space)));
                            }
                            else
                            {
                                var last = property.AttributeLists[property.AttributeLists.Count - 1];
                                updated = property.ReplaceNode(last, last.AddAttributes(attribute));
                            }

                            return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(property, updated)));
                        },
                        nameof(AliasAttributeNameCodeFix)),
                    diagnostic);
            }
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
