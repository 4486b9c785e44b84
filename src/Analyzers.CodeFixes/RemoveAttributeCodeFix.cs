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
    /// Removes the attribute a diagnostic points at: a second [PartitionKey]/[SortKey] (B3A0003), an attribute on an
    /// ignored member (B3A0011), a second [Ttl] (B3A3003) or [DynamoVersion] (B3A3005).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAttributeCodeFix)), Shared]
    public sealed class RemoveAttributeCodeFix : SyntaxEditCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.DuplicateKeyDeclaration,
            DiagnosticIds.AttributeOnIgnoredMember,
            DiagnosticIds.MultipleTtlMembers,
            DiagnosticIds.MultipleVersionMembers);

        protected override IEnumerable<SyntaxEdit> Edits(SyntaxNode root, Diagnostic diagnostic)
        {
            var attribute = root.FindNode(diagnostic.Location.SourceSpan)?.FirstAncestorOrSelf<AttributeSyntax>();
            if (attribute?.Parent is not AttributeListSyntax list)
            {
                yield break;
            }

            yield return new SyntaxEdit("Remove [" + attribute.Name + "]", nameof(RemoveAttributeCodeFix) + diagnostic.Id, r =>
            {
                if (list.Attributes.Count > 1)
                {
                    return r.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia)!;
                }

                // A list on its own line goes with its line; a list before the member on the same line keeps the indentation.
                var ownLine = list.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia);
                return r.RemoveNode(list, ownLine ? SyntaxRemoveOptions.KeepNoTrivia : SyntaxRemoveOptions.KeepLeadingTrivia)!;
            });
        }
    }
}
