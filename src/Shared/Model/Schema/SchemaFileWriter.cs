using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Boto3Assist.Shared.Model.Schema
{
    /// <summary>
    /// Writes dynamo-schema.json: entities ordinal by name, keys and attributes in a fixed order, one key or attribute per
    /// line and "\n" line ends, so a change to the model is a small, readable diff in review.
    /// </summary>
    internal static class SchemaFileWriter
    {
        /// <summary>The file's own format; a reader refuses a newer one.</summary>
        public const int FormatVersion = 1;

        public const string FileName = "dynamo-schema.json";

        public static string Write(IEnumerable<StoredShape> shapes)
        {
            var text = new StringBuilder();
            text.Append("{\n");
            text.Append("  \"format\": ").Append(FormatVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            var ordered = shapes.OrderBy(s => s.Entity, System.StringComparer.Ordinal).ToList();
            if (ordered.Count == 0)
            {
                text.Append("  \"entities\": []\n}\n");
                return text.ToString();
            }

            text.Append("  \"entities\": [\n");
            for (var i = 0; i < ordered.Count; i++)
            {
                WriteEntity(text, ordered[i]);
                text.Append(i + 1 < ordered.Count ? "    },\n" : "    }\n");
            }

            text.Append("  ]\n}\n");
            return text.ToString();
        }

        private static void WriteEntity(StringBuilder text, StoredShape shape)
        {
            text.Append("    {\n");
            text.Append("      \"entity\": ").Append(Quote(shape.Entity)).Append(",\n");
            text.Append("      \"table\": ").Append(Quote(shape.Table)).Append(",\n");
            text.Append("      \"discriminator\": { \"attribute\": ").Append(Quote(shape.DiscriminatorAttribute)).Append(", \"value\": ").Append(Quote(shape.DiscriminatorValue)).Append(" },\n");
            text.Append("      \"schemaVersion\": ").Append(shape.SchemaVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
            if (shape.SchemaVersionAttribute is not null)
            {
                text.Append("      \"schemaVersionAttribute\": ").Append(Quote(shape.SchemaVersionAttribute)).Append(",\n");
            }

            if (shape.TtlAttribute is not null)
            {
                text.Append("      \"ttl\": ").Append(Quote(shape.TtlAttribute)).Append(",\n");
            }

            WriteList(text, "keys", shape.Keys, (line, key) =>
            {
                line.Append("{ \"role\": ").Append(Quote(key.Role));
                if (key.Index is not null)
                {
                    line.Append(", \"index\": ").Append(Quote(key.Index));
                }

                line.Append(", \"attribute\": ").Append(Quote(key.Attribute)).Append(", \"type\": ").Append(Quote(key.Type));
                if (key.Template is not null)
                {
                    line.Append(", \"template\": ").Append(Quote(key.Template));
                }

                line.Append(" }");
            });
            text.Append(",\n");
            WriteList(text, "attributes", shape.Attributes, (line, attribute) =>
            {
                line.Append("{ \"name\": ").Append(Quote(attribute.Path)).Append(", \"type\": ").Append(Quote(attribute.Type));
                if (attribute.Converter is not null)
                {
                    line.Append(", \"converter\": ").Append(Quote(attribute.Converter));
                }

                line.Append(", \"required\": ").Append(attribute.Required ? "true" : "false").Append(" }");
            });
            text.Append('\n');
        }

        private static void WriteList<T>(StringBuilder text, string name, IReadOnlyList<T> items, System.Action<StringBuilder, T> write)
        {
            text.Append("      \"").Append(name).Append("\": [");
            if (items.Count == 0)
            {
                text.Append(']');
                return;
            }

            text.Append('\n');
            for (var i = 0; i < items.Count; i++)
            {
                text.Append("        ");
                write(text, items[i]);
                text.Append(i + 1 < items.Count ? ",\n" : "\n");
            }

            text.Append("      ]");
        }

        internal static string Quote(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var text = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            return text.Append('"').ToString();
        }
    }
}
