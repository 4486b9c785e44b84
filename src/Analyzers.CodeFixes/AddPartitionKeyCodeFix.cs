using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>B3A0002: puts [PartitionKey] on an identifier-like member ('Id' or a name ending in 'Id'), one action per candidate.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartitionKeyCodeFix)), Shared]
    public sealed class AddPartitionKeyCodeFix : SyntaxEditCodeFixBase
    {
        private const int MaxCandidates = 3;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingPartitionKey);

        // Which member to use is a design choice per type: no Fix All.
        public override FixAllProvider? GetFixAllProvider() => null;

        protected override IEnumerable<SyntaxEdit> Edits(SyntaxNode root, Diagnostic diagnostic)
        {
            if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not TypeDeclarationSyntax type)
            {
                yield break;
            }

            var offered = 0;
            foreach (var member in type.Members)
            {
                if (offered == MaxCandidates || member is not PropertyDeclarationSyntax property || !IsIdentifierLike(property))
                {
                    continue;
                }

                offered++;
                var name = property.Identifier.ValueText;
                yield return new SyntaxEdit(
                    "Use '" + name + "' as the partition key",
                    nameof(AddPartitionKeyCodeFix) + name,
                    r => r.ReplaceNode(property, AttributeLists.Prepend(property, SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("PartitionKey")))));
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
