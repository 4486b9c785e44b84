using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Boto3Assist.Shared.Model.Schema
{
    /// <summary>dynamo-schema.json could not be read; <see cref="Line"/> and <see cref="Column"/> (1-based) say where.</summary>
    internal sealed class SchemaFileException : System.Exception
    {
        public SchemaFileException(string message, int line, int column)
            : base(message)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }

    /// <summary>
    /// Reads dynamo-schema.json (what <see cref="SchemaFileWriter"/> writes; any JSON formatting is accepted, unknown
    /// properties are ignored). A small parser of its own: the analyzers run on netstandard2.0 without System.Text.Json.
    /// </summary>
    internal static class SchemaFileReader
    {
        /// <exception cref="SchemaFileException">The text is not JSON, or not the schema file's shape.</exception>
        public static List<StoredShape> Read(string text)
        {
            var parser = new JsonParser(text);
            var root = parser.ParseDocument();
            var format = root.Property("format");
            if (format is not null && format.Number() > SchemaFileWriter.FormatVersion)
            {
                throw new SchemaFileException("format " + format.Number().ToString(CultureInfo.InvariantCulture) + " is newer than this version of Boto3Assist reads (" + SchemaFileWriter.FormatVersion.ToString(CultureInfo.InvariantCulture) + ")", format.Line, format.Column);
            }

            var shapes = new List<StoredShape>();
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var entity in root.Required("entities").Items())
            {
                var shape = ReadEntity(entity);
                if (!names.Add(shape.Entity))
                {
                    throw new SchemaFileException("entity '" + shape.Entity + "' is listed twice", entity.Line, entity.Column);
                }

                shapes.Add(shape);
            }

            return shapes;
        }

        private static StoredShape ReadEntity(JsonNode entity)
        {
            var discriminator = entity.Required("discriminator");
            var keys = new List<StoredKey>();
            foreach (var key in entity.Required("keys").Items())
            {
                keys.Add(new StoredKey(
                    key.Required("role").String()!,
                    key.Property("index")?.String(),
                    key.Required("attribute").String()!,
                    key.Required("type").String()!,
                    key.Property("template")?.String()));
            }

            var attributes = new List<StoredAttribute>();
            foreach (var attribute in entity.Required("attributes").Items())
            {
                attributes.Add(new StoredAttribute(
                    attribute.Required("name").String()!,
                    attribute.Required("type").String()!,
                    attribute.Required("required").Boolean(),
                    attribute.Property("converter")?.String()));
            }

            var version = entity.Required("schemaVersion");
            return new StoredShape(
                entity.Required("entity").String()!,
                entity.Property("table")?.String(),
                discriminator.Property("attribute")?.String(),
                discriminator.Required("value").String()!,
                (int)version.Number(),
                entity.Property("schemaVersionAttribute")?.String(),
                entity.Property("ttl")?.String(),
                keys,
                attributes)
            {
                Line = entity.Line,
            };
        }

        private enum JsonKind
        {
            Object,
            Array,
            String,
            Number,
            True,
            False,
            Null,
        }

        private sealed class JsonNode
        {
            public JsonNode(JsonKind kind, int line, int column)
            {
                Kind = kind;
                Line = line;
                Column = column;
            }

            public JsonKind Kind { get; }

            public int Line { get; }

            public int Column { get; }

            public string? Text { get; set; }

            public List<JsonNode> Elements { get; } = new List<JsonNode>();

            public Dictionary<string, JsonNode> Properties { get; } = new Dictionary<string, JsonNode>(System.StringComparer.Ordinal);

            /// <summary>The property, or null when it is absent or JSON null.</summary>
            public JsonNode? Property(string name)
            {
                Expect(JsonKind.Object, "an object");
                return Properties.TryGetValue(name, out var value) && value.Kind != JsonKind.Null ? value : null;
            }

            public JsonNode Required(string name) =>
                Property(name) ?? throw new SchemaFileException("'" + name + "' is missing", Line, Column);

            public List<JsonNode> Items()
            {
                Expect(JsonKind.Array, "an array");
                return Elements;
            }

            public string? String()
            {
                Expect(JsonKind.String, "a string");
                return Text;
            }

            public long Number()
            {
                Expect(JsonKind.Number, "a number");
                if (!long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    throw new SchemaFileException("expected a whole number, found " + Text, Line, Column);
                }

                return value;
            }

            public bool Boolean()
            {
                if (Kind is not (JsonKind.True or JsonKind.False))
                {
                    throw new SchemaFileException("expected true or false", Line, Column);
                }

                return Kind == JsonKind.True;
            }

            private void Expect(JsonKind kind, string what)
            {
                if (Kind != kind)
                {
                    throw new SchemaFileException("expected " + what, Line, Column);
                }
            }
        }

        private sealed class JsonParser
        {
            private readonly string text;
            private int position;
            private int line = 1;
            private int lineStart;

            public JsonParser(string text)
            {
                this.text = text;
            }

            private int Column => position - lineStart + 1;

            public JsonNode ParseDocument()
            {
                SkipWhitespace();
                var root = ParseValue();
                SkipWhitespace();
                if (position < text.Length)
                {
                    throw Error("unexpected text after the end of the document");
                }

                if (root.Kind != JsonKind.Object)
                {
                    throw new SchemaFileException("expected an object", root.Line, root.Column);
                }

                return root;
            }

            private JsonNode ParseValue()
            {
                if (position >= text.Length)
                {
                    throw Error("unexpected end of the file");
                }

                var c = text[position];
                switch (c)
                {
                    case '{': return ParseObject();
                    case '[': return ParseArray();
                    case '"':
                        var node = new JsonNode(JsonKind.String, line, Column);
                        node.Text = ParseString();
                        return node;
                    case 't': return Literal("true", JsonKind.True);
                    case 'f': return Literal("false", JsonKind.False);
                    case 'n': return Literal("null", JsonKind.Null);
                    default:
                        if (c == '-' || (c >= '0' && c <= '9'))
                        {
                            return ParseNumber();
                        }

                        throw Error("unexpected character '" + c + "'");
                }
            }

            private JsonNode ParseObject()
            {
                var node = new JsonNode(JsonKind.Object, line, Column);
                position++;
                SkipWhitespace();
                if (Peek() == '}')
                {
                    position++;
                    return node;
                }

                while (true)
                {
                    SkipWhitespace();
                    if (Peek() != '"')
                    {
                        throw Error("expected a property name");
                    }

                    var name = ParseString();
                    SkipWhitespace();
                    Consume(':');
                    SkipWhitespace();
                    node.Properties[name] = ParseValue();
                    SkipWhitespace();
                    if (Peek() == ',')
                    {
                        position++;
                        continue;
                    }

                    Consume('}');
                    return node;
                }
            }

            private JsonNode ParseArray()
            {
                var node = new JsonNode(JsonKind.Array, line, Column);
                position++;
                SkipWhitespace();
                if (Peek() == ']')
                {
                    position++;
                    return node;
                }

                while (true)
                {
                    SkipWhitespace();
                    node.Elements.Add(ParseValue());
                    SkipWhitespace();
                    if (Peek() == ',')
                    {
                        position++;
                        continue;
                    }

                    Consume(']');
                    return node;
                }
            }

            private string ParseString()
            {
                position++; // opening quote
                var value = new StringBuilder();
                while (true)
                {
                    if (position >= text.Length || text[position] == '\n')
                    {
                        throw Error("unterminated string");
                    }

                    var c = text[position++];
                    if (c == '"')
                    {
                        return value.ToString();
                    }

                    if (c != '\\')
                    {
                        value.Append(c);
                        continue;
                    }

                    if (position >= text.Length)
                    {
                        throw Error("unterminated string");
                    }

                    var escape = text[position++];
                    switch (escape)
                    {
                        case '"': value.Append('"'); break;
                        case '\\': value.Append('\\'); break;
                        case '/': value.Append('/'); break;
                        case 'b': value.Append('\b'); break;
                        case 'f': value.Append('\f'); break;
                        case 'n': value.Append('\n'); break;
                        case 'r': value.Append('\r'); break;
                        case 't': value.Append('\t'); break;
                        case 'u':
                            if (position + 4 > text.Length || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                            {
                                throw Error("invalid \\u escape");
                            }

                            value.Append((char)code);
                            position += 4;
                            break;
                        default:
                            throw Error("invalid escape '\\" + escape + "'");
                    }
                }
            }

            private JsonNode ParseNumber()
            {
                var node = new JsonNode(JsonKind.Number, line, Column);
                var start = position;
                while (position < text.Length && "+-0123456789.eE".IndexOf(text[position]) >= 0)
                {
                    position++;
                }

                node.Text = text.Substring(start, position - start);
                return node;
            }

            private JsonNode Literal(string word, JsonKind kind)
            {
                if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
                {
                    throw Error("unexpected character '" + text[position] + "'");
                }

                var node = new JsonNode(kind, line, Column);
                position += word.Length;
                return node;
            }

            private char Peek() => position < text.Length ? text[position] : '\0';

            private void Consume(char expected)
            {
                if (Peek() != expected)
                {
                    throw position < text.Length ? Error("expected '" + expected + "', found '" + text[position] + "'") : Error("expected '" + expected + "', found the end of the file");
                }

                position++;
            }

            private void SkipWhitespace()
            {
                while (position < text.Length)
                {
                    var c = text[position];
                    if (c == '\n')
                    {
                        line++;
                        lineStart = position + 1;
                    }
                    else if (c != ' ' && c != '\t' && c != '\r' && c != '\uFEFF')
                    {
                        return;
                    }

                    position++;
                }
            }

            private SchemaFileException Error(string message) => new SchemaFileException(message, line, Column);
        }
    }
}
