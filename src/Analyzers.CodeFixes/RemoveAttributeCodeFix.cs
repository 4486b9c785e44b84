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
    /// Removes the attribute a diagnostic points at: a second [PartitionKey]/[SortKey] (B3A0003), an attribute on an
    /// ignored member (B3A0011), a second [Ttl] (B3A3003) or [DynamoVersion] (B3A3005).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAttributeCodeFix)), Shared]
    public sealed class RemoveAttributeCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.DuplicateKeyDeclaration,
            DiagnosticIds.AttributeOnIgnoredMember,
            DiagnosticIds.MultipleTtlMembers,
            DiagnosticIds.MultipleVersionMembers);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                var attribute = root?.FindNode(diagnostic.Location.SourceSpan)?.FirstAncestorOrSelf<AttributeSyntax>();
                if (attribute?.Parent is not AttributeListSyntax list)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove [" + attribute.Name + "]",
                        _ =>
                        {
                            // A list on its own line goes with its line; a list before the member on the same line keeps the indentation.
                            var ownLine = list.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia);
                            var newRoot = list.Attributes.Count == 1
                                ? root!.RemoveNode(list, ownLine ? SyntaxRemoveOptions.KeepNoTrivia : SyntaxRemoveOptions.KeepLeadingTrivia)!
                                : root!.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia)!;
                            return Task.FromResult(context.Document.WithSyntaxRoot(newRoot));
                        },
                        nameof(RemoveAttributeCodeFix) + diagnostic.Id),
                    diagnostic);
            }
        }
    }
}
