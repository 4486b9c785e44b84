// Shared by the generator and the analyzers (linked into both), so they agree on what a key template means.
using System.Collections.Generic;
using System.Text;

namespace Boto3Assist.Shared
{
    /// <summary>One part of a key template: a literal or a <c>{Member}</c> / <c>{Member:format}</c> placeholder.</summary>
    internal sealed class KeyTemplateSegment
    {
        public KeyTemplateSegment(string text, bool isPlaceholder, string? format, int start, int length)
        {
            Text = text;
            IsPlaceholder = isPlaceholder;
            Format = format;
            Start = start;
            Length = length;
        }

        /// <summary>The literal text, or the member name of a placeholder.</summary>
        public string Text { get; }

        public bool IsPlaceholder { get; }

        /// <summary>The format after the colon, applied with the invariant culture.</summary>
        public string? Format { get; }

        /// <summary>Offset of the segment in the template (including braces), for diagnostics spans.</summary>
        public int Start { get; }

        public int Length { get; }
    }

    /// <summary>
    /// A parsed key template such as <c>ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}</c>.
    /// <c>{{</c> and <c>}}</c> stand for literal braces.
    /// </summary>
    internal sealed class KeyTemplate
    {
        private KeyTemplate(string source, IReadOnlyList<KeyTemplateSegment> segments, string? error, int errorOffset)
        {
            Source = source;
            Segments = segments;
            Error = error;
            ErrorOffset = errorOffset;
        }

        public string Source { get; }

        public IReadOnlyList<KeyTemplateSegment> Segments { get; }

        /// <summary>Why the template cannot be parsed, or null.</summary>
        public string? Error { get; }

        public int ErrorOffset { get; }

        public bool IsValid => Error is null;

        /// <summary>A template with no placeholder is a constant key.</summary>
        public bool IsConstant
        {
            get
            {
                foreach (var s in Segments)
                {
                    if (s.IsPlaceholder)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        public IEnumerable<KeyTemplateSegment> Placeholders
        {
            get
            {
                foreach (var s in Segments)
                {
                    if (s.IsPlaceholder)
                    {
                        yield return s;
                    }
                }
            }
        }

        public static KeyTemplate Parse(string template)
        {
            var segments = new List<KeyTemplateSegment>();
            var literal = new StringBuilder();
            var literalStart = 0;
            var i = 0;
            while (i < template.Length)
            {
                var c = template[i];
                if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
                {
                    literal.Append('{');
                    i += 2;
                    continue;
                }

                if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
                {
                    literal.Append('}');
                    i += 2;
                    continue;
                }

                if (c == '}')
                {
                    return Fail(template, "'}' without a matching '{' (write '}}' for a literal brace)", i);
                }

                if (c == '{')
                {
                    var close = template.IndexOf('}', i + 1);
                    if (close < 0)
                    {
                        return Fail(template, "'{' without a closing '}'", i);
                    }

                    if (literal.Length > 0)
                    {
                        segments.Add(new KeyTemplateSegment(literal.ToString(), false, null, literalStart, i - literalStart));
                        literal.Clear();
                    }

                    var inner = template.Substring(i + 1, close - i - 1);
                    var colon = inner.IndexOf(':');
                    var name = (colon < 0 ? inner : inner.Substring(0, colon)).Trim();
                    var format = colon < 0 ? null : inner.Substring(colon + 1);
                    if (!IsIdentifier(name))
                    {
                        return Fail(template, "placeholder '{" + inner + "}' does not name a member", i);
                    }

                    if (format is not null && format.Length == 0)
                    {
                        return Fail(template, "placeholder '{" + inner + "}' has an empty format", i);
                    }

                    segments.Add(new KeyTemplateSegment(name, true, format, i, close - i + 1));
                    i = close + 1;
                    literalStart = i;
                    continue;
                }

                if (literal.Length == 0)
                {
                    literalStart = i;
                }

                literal.Append(c);
                i++;
            }

            if (literal.Length > 0)
            {
                segments.Add(new KeyTemplateSegment(literal.ToString(), false, null, literalStart, template.Length - literalStart));
            }

            if (segments.Count == 0)
            {
                return Fail(template, "the template is empty", 0);
            }

            return new KeyTemplate(template, segments, null, 0);
        }

        /// <summary>The literal text before the first placeholder (the whole template when constant).</summary>
        public string LiteralPrefix
        {
            get
            {
                var sb = new StringBuilder();
                foreach (var s in Segments)
                {
                    if (s.IsPlaceholder)
                    {
                        break;
                    }

                    sb.Append(s.Text);
                }

                return sb.ToString();
            }
        }

        private static KeyTemplate Fail(string template, string error, int offset) =>
            new KeyTemplate(template, new KeyTemplateSegment[0], error, offset);

        private static bool IsIdentifier(string name)
        {
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            foreach (var ch in name)
            {
                if (!(char.IsLetterOrDigit(ch) || ch == '_'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
