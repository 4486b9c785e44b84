using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>
    /// B3A5008: declares the entity's next schema version, <c>[SchemaVersion(n)]</c> (adding the attribute or changing its
    /// number). It changes the declaration only: the title says what items already stored still need (an upgrade step
    /// or the migration run, or the reindexer when a key changed).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RaiseSchemaVersionCodeFix)), Shared]
    public sealed class RaiseSchemaVersionCodeFix : SyntaxEditCodeFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BreakingSchemaChange);

        protected override IEnumerable<SyntaxEdit> Edits(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.SchemaVersion, out var text)
                || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is not { } type)
            {
                yield break;
            }

            var keyChange = diagnostic.Properties.TryGetValue(DiagnosticProperties.KeyChange, out var key) && key == "true";
            var title = "Raise the schema version to " + version.ToString(CultureInfo.InvariantCulture) + (keyChange
                ? " (items already stored keep their old keys until the reindexer rewrites them)"
                : " (items already stored still need a [SchemaUpgrade] step or the DynamoSchemaMigrator run)");
            yield return new SyntaxEdit(title, nameof(RaiseSchemaVersionCodeFix) + version.ToString(CultureInfo.InvariantCulture), r => r.ReplaceNode(type, WithVersion(type, version)));
        }

        private static TypeDeclarationSyntax WithVersion(TypeDeclarationSyntax type, int version)
        {
            var number = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(version));
            foreach (var existing in type.AttributeLists)
            {
                foreach (var attribute in existing.Attributes)
                {
                    if (IsSchemaVersion(attribute) && attribute.ArgumentList is { Arguments.Count: > 0 } arguments)
                    {
                        var argument = arguments.Arguments[0];
                        return type.ReplaceNode(argument, argument.WithExpression(number.WithTriviaFrom(argument.Expression)));
                    }
                }
            }

            var added = SyntaxFactory.Attribute(
                SyntaxFactory.IdentifierName("SchemaVersion"),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(number))));
            if (type.AttributeLists.Count == 0)
            {
                return AttributeLists.Prepend(type, added);
            }

            // On a line of its own after the entity's last attribute list, indented like the first one.
            var first = type.AttributeLists[0];
            var indentation = first.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
            var newLine = first.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(added))
                .WithLeadingTrivia(indentation == default ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(indentation))
                .WithTrailingTrivia(newLine == default ? SyntaxFactory.EndOfLine("\n") : newLine);
            return type.WithAttributeLists(type.AttributeLists.Add(list));
        }

        private static bool IsSchemaVersion(AttributeSyntax attribute)
        {
            var name = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            return name is "SchemaVersion" or "SchemaVersionAttribute";
        }
    }
}
