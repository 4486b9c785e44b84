using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>
    /// B3A4001: in <c>new QueryRequest { KeyConditionExpression = "status = :s" }</c> writes <c>#status</c> and maps it
    /// in ExpressionAttributeNames of the same initializer (adding the dictionary when there is none).
    /// Offered only inside an object initializer, where both edits are known to be right.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExpressionAliasCodeFix)), Shared]
    public sealed class ExpressionAliasCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ReservedWordInExpression);

        // Two words in one literal edit the same literal and dictionary: fix them one by one.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                var span = diagnostic.Location.SourceSpan;
                if (root?.FindToken(span.Start).Parent is not LiteralExpressionSyntax literal
                    || literal.Parent is not AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer }
                    || span.Length == literal.Span.Length)
                {
                    continue;
                }

                var name = root.GetText().ToString(span);
                var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                var dictionaryInScope = model is not null && model.LookupNamespacesAndTypes(initializer.SpanStart, name: "Dictionary")
                    .Any(s => s is INamedTypeSymbol { Arity: 2 } t && t.ContainingNamespace.ToDisplayString() == "System.Collections.Generic");
                context.RegisterCodeFix(
                    CodeAction.Create("Use the alias '#" + name + "'", ct => Fix(context.Document, root, literal, initializer, span, name, dictionaryInScope, ct), nameof(ExpressionAliasCodeFix)),
                    diagnostic);
            }
        }

        private static Task<Document> Fix(Document document, SyntaxNode root, LiteralExpressionSyntax literal, InitializerExpressionSyntax initializer, Microsoft.CodeAnalysis.Text.TextSpan span, string name, bool dictionaryInScope, CancellationToken cancellationToken)
        {
            var offset = span.Start - literal.Token.SpanStart - 1;
            var value = literal.Token.ValueText;
            var newValue = value.Substring(0, offset) + "#" + value.Substring(offset);
            var newLiteral = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(newValue)).WithTriviaFrom(literal);
            var entry = SyntaxFactory.InitializerExpression(
                SyntaxKind.ComplexElementInitializerExpression,
                SyntaxFactory.SeparatedList<ExpressionSyntax>(new ExpressionSyntax[]
                {
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("#" + name)),
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)),
                }));

            var newInitializer = initializer.ReplaceNode(literal, newLiteral);
            AssignmentExpressionSyntax? names = null;
            foreach (var expression in newInitializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "ExpressionAttributeNames" } } assignment)
                {
                    names = assignment;
                }
            }

            if (names is null)
            {
                var dictionaryType = dictionaryInScope ? "Dictionary" : "global::System.Collections.Generic.Dictionary";
                var dictionary = SyntaxFactory.ParseExpression("new " + dictionaryType + "<string, string> { { \"#" + name + "\", \"" + name + "\" } }");
                var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("ExpressionAttributeNames"), dictionary);
                newInitializer = newInitializer.AddExpressions(assignment);
            }
            else if (names.Right is BaseObjectCreationExpressionSyntax { Initializer: { } entries } creation)
            {
                if (!entries.ToString().Contains("\"#" + name + "\""))
                {
                    newInitializer = newInitializer.ReplaceNode(names, names.WithRight(creation.WithInitializer(entries.AddExpressions(entry))));
                }
            }
            else
            {
                return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, newLiteral)));
            }

            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(initializer, newInitializer.WithAdditionalAnnotations(Formatter.Annotation))));
        }
    }
}
