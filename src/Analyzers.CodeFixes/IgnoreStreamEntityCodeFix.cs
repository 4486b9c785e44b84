using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Boto3Assist.Analyzers.CodeFixes
{
    /// <summary>
    /// B3A5004: lists the unhandled entity in the stream handler's <c>Ignore</c> (<c>Ignore = new[] { typeof(E) }</c>,
    /// or one more element of the array or collection expression already there), saying on purpose that its changes are
    /// of no interest.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IgnoreStreamEntityCodeFix)), Shared]
    public sealed class IgnoreStreamEntityCodeFix : SyntaxEditCodeFixBase
    {
        private const string IgnoreProperty = "Ignore";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnhandledStreamEntity);

        /// <summary>Several entities of one attribute edit the same argument: a batch of independent edits would collide.</summary>
        public override FixAllProvider? GetFixAllProvider() => null;

        protected override IEnumerable<SyntaxEdit> Edits(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Entity, out var entity) || entity is null
                || root.FindNode(diagnostic.Location.SourceSpan) is not { } node
                || node.FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
            {
                yield break;
            }

            // The fully qualified name, shortened by the simplifier to what the file's usings allow.
            var typeOf = SyntaxFactory.TypeOfExpression(SyntaxFactory.ParseTypeName(entity).WithAdditionalAnnotations(Simplifier.Annotation));
            if (WithIgnored(attribute, typeOf) is { } replacement)
            {
                var name = entity.Substring(entity.LastIndexOf('.') + 1);
                yield return new SyntaxEdit("Ignore '" + name + "' in the stream handler", nameof(IgnoreStreamEntityCodeFix) + "." + entity, r => r.ReplaceNode(attribute, replacement));
            }
        }

        /// <summary>The attribute with <paramref name="typeOf"/> added to Ignore; null when Ignore is written in a shape we do not edit.</summary>
        private static AttributeSyntax? WithIgnored(AttributeSyntax attribute, TypeOfExpressionSyntax typeOf)
        {
            var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            var ignore = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == IgnoreProperty);
            if (ignore is null)
            {
                var array = SyntaxFactory.ImplicitArrayCreationExpression(
                    SyntaxFactory.InitializerExpression(SyntaxKind.ArrayInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(typeOf)));
                var argument = SyntaxFactory.AttributeArgument(array).WithNameEquals(SyntaxFactory.NameEquals(IgnoreProperty));
                return attribute.WithArgumentList(arguments.AddArguments(argument)).WithAdditionalAnnotations(Formatter.Annotation);
            }

            ExpressionSyntax? updated = ignore.Expression switch
            {
                ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.WithInitializer(implicitArray.Initializer.AddExpressions(typeOf)),
                ArrayCreationExpressionSyntax { Initializer: { } initializer } array => array.WithInitializer(initializer.AddExpressions(typeOf)),
                CollectionExpressionSyntax collection => collection.AddElements(SyntaxFactory.ExpressionElement(typeOf)),
                _ => null,
            };
            return updated is null ? null : attribute.ReplaceNode(ignore.Expression, updated).WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
