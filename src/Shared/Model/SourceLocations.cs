using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Boto3Assist.Shared.Model
{
    /// <summary>Where in source a diagnostic about an attribute, an argument or a template placeholder belongs.</summary>
    internal static class SourceLocations
    {
        public static Location Of(AttributeData attribute, ISymbol fallback)
        {
            var syntax = attribute.ApplicationSyntaxReference;
            return syntax is null ? First(fallback) : Location.Create(syntax.SyntaxTree, syntax.Span);
        }

        public static Location First(ISymbol symbol) => symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;

        /// <summary>The expression written for a constructor argument, by position or by name.</summary>
        public static ExpressionSyntax? ArgumentExpression(AttributeData attribute, int position, string parameterName)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax || syntax.ArgumentList is null)
            {
                return null;
            }

            var positional = 0;
            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals is not null)
                {
                    continue;
                }

                if (argument.NameColon is not null)
                {
                    if (argument.NameColon.Name.Identifier.ValueText == parameterName)
                    {
                        return argument.Expression;
                    }

                    continue;
                }

                if (positional == position)
                {
                    return argument.Expression;
                }

                positional++;
            }

            return null;
        }

        /// <summary>The exact characters of a named argument's value (<c>AttributeName = "x"</c>), if written.</summary>
        public static ExpressionSyntax? NamedArgumentExpression(AttributeData attribute, string name)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax syntax || syntax.ArgumentList is null)
            {
                return null;
            }

            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument.Expression;
                }
            }

            return null;
        }

        /// <summary>The template of a key, or the declaring attribute when the key is a member's own value.</summary>
        public static Location OfKey(KeyModel key, ISymbol fallback) =>
            key.TemplateSyntax is not null ? key.TemplateSyntax.GetLocation() : Of(key.Attribute, key.Member?.Symbol ?? fallback);

        /// <summary>
        /// The characters of one template segment inside its string literal when the literal has no escapes
        /// (so text offsets equal source offsets); otherwise the whole literal.
        /// </summary>
        public static Location OfSegment(KeyModel key, KeyTemplateSegment segment, ISymbol fallback)
        {
            if (key.TemplateSyntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                var token = literal.Token;
                var text = token.Text;
                if (text.Length >= 2 && text[0] == '"' && text.Length - 2 == token.ValueText.Length)
                {
                    var start = token.SpanStart + 1 + segment.Start;
                    return Location.Create(literal.SyntaxTree, new TextSpan(start, segment.Length));
                }
            }

            return OfKey(key, fallback);
        }

        /// <summary>The location of a whole expression, or of the attribute when the expression is not in source.</summary>
        public static Location Of(ExpressionSyntax? expression, AttributeData attribute, ISymbol fallback) =>
            expression is not null ? expression.GetLocation() : Of(attribute, fallback);
    }
}
