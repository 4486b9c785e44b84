using System;
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
    /// <summary>B3A0002: puts [PartitionKey] on an identifier-like member ('Id' or a name ending in 'Id'), one action per candidate.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartitionKeyCodeFix)), Shared]
    public sealed class AddPartitionKeyCodeFix : CodeFixProvider
    {
        private const int MaxCandidates = 3;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingPartitionKey);

        // Which member to use is a design choice per type: no Fix All.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not TypeDeclarationSyntax type)
                {
                    continue;
                }

                var offered = 0;
                foreach (var member in type.Members)
                {
                    if (offered == MaxCandidates || member is not PropertyDeclarationSyntax property || !IsIdentifierLike(property))
                    {
                        continue;
                    }

                    offered++;
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use '" + property.Identifier.ValueText + "' as the partition key",
                            _ =>
                            {
                                var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("PartitionKey"))));
                                var updated = property
                                    .WithoutLeadingTrivia()
                                    .WithAttributeLists(property.AttributeLists.Insert(0, list.WithLeadingTrivia(property.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space)));
                                return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(property, updated)));
                            },
                            nameof(AddPartitionKeyCodeFix) + property.Identifier.ValueText),
                        diagnostic);
                }
            }
        }

        private static bool IsIdentifierLike(PropertyDeclarationSyntax property)
        {
            var name = property.Identifier.ValueText;
            if (!(name == "Id" || name.EndsWith("Id", StringComparison.Ordinal)))
            {
                return false;
            }

            var type = property.Type is NullableTypeSyntax nullable ? nullable.ElementType : property.Type;
            return type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword or (int)SyntaxKind.IntKeyword or (int)SyntaxKind.LongKeyword }
                || (type is IdentifierNameSyntax { Identifier.ValueText: "Guid" });
        }
    }
}
