using System.Collections.Generic;
using System.Linq;
using System.Text;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Emitting;
using Boto3Assist.Generators.Model;
using Boto3Assist.Shared;

namespace Boto3Assist.Generators
{
    public sealed partial class EntityGenerator
    {
        internal static partial class Emitter
        {
            private const string InvariantCulture = "global::System.Globalization.CultureInfo.InvariantCulture";

            /// <summary>The <c>Keys</c> class: key builders, prefix builders, PrimaryKey, one nested class per index.</summary>
            private static void EmitKeys(SourceWriter w, EntitySpec spec)
            {
                w.WriteLine("/// <summary>Builds the keys of <see cref=\"" + spec.Name + "\"/> from typed values: the same code <c>ToItem</c> uses.</summary>");
                w.WriteLine(GeneratedCode);
                w.OpenBlock("public static " + New(spec) + "class " + spec.KeysName);
                var first = true;
                if (!spec.PartitionKey.IsMemberKey)
                {
                    EmitKeyBuilder(w, spec, "PartitionKey", spec.PartitionKey, "partition key", ref first);
                }

                if (spec.SortKey is { IsMemberKey: false })
                {
                    EmitKeyBuilder(w, spec, "SortKey", spec.SortKey, "sort key", ref first);
                    EmitPrefixBuilders(w, spec, spec.SortKey, ref first);
                    EmitRangeBuilders(w, spec.SortKey, ref first);
                }

                EmitPrimaryKey(w, spec, ref first);

                foreach (var index in spec.Indexes)
                {
                    w.WriteLine();
                    w.WriteLine("/// <summary>The keys of the " + (index.IsLocal ? "local" : "global") + " secondary index <c>" + XmlDoc.Text(index.IndexName) + "</c>.</summary>");
                    w.WriteLine(GeneratedCode);
                    w.OpenBlock("public static class " + index.ClassName);
                    w.WriteLine("/// <summary>The index name.</summary>");
                    w.WriteLine("public const string IndexName = " + ValueExpressions.Literal(index.IndexName) + ";");
                    var innerFirst = false;
                    if (index.PartitionKey is not null)
                    {
                        EmitKeyBuilder(w, spec, "PartitionKey", index.PartitionKey, "index partition key", ref innerFirst);
                    }

                    if (index.SortKey is not null)
                    {
                        EmitKeyBuilder(w, spec, "SortKey", index.SortKey, "index sort key", ref innerFirst);
                        EmitPrefixBuilders(w, spec, index.SortKey, ref innerFirst);
                        EmitRangeBuilders(w, index.SortKey, ref innerFirst);
                    }

                    w.CloseBlock();
                }

                w.CloseBlock();
            }

            private static void EmitKeyBuilder(SourceWriter w, EntitySpec spec, string name, KeySpec key, string what, ref bool first)
            {
                Separate(w, ref first);
                w.WriteLine("/// <summary>The " + what + " <c>" + XmlDoc.Text(key.Template!) + "</c> (attribute <c>" + XmlDoc.Text(key.AttributeName) + "</c>).</summary>");
                EmitTemplateMethod(w, name, key.Parameters, key.Segments, new KeyOwner(spec.Name, key.AttributeName, key.Delimiters));
            }

            /// <summary>One overload per leading placeholder count: the first N placeholders and the literal after them.</summary>
            private static void EmitPrefixBuilders(SourceWriter w, EntitySpec spec, KeySpec key, ref bool first)
            {
                var segments = key.Segments;
                var placeholderCount = segments.Count(s => s.IsPlaceholder);
                var signatures = new HashSet<string>();
                signatures.Add(string.Join(",", key.Parameters.Select(p => p.Type.ValueTypeName)));
                for (var n = 0; n < placeholderCount; n++)
                {
                    var prefix = new List<KeySegmentSpec>();
                    var seen = 0;
                    foreach (var segment in segments)
                    {
                        if (segment.IsPlaceholder)
                        {
                            if (seen == n)
                            {
                                break;
                            }

                            seen++;
                        }

                        prefix.Add(segment);
                    }

                    var parameters = new List<KeyParameterSpec>();
                    foreach (var segment in prefix.Where(s => s.IsPlaceholder))
                    {
                        if (!parameters.Any(p => p.MemberName == segment.Text))
                        {
                            parameters.Add(key.Parameters.First(p => p.MemberName == segment.Text));
                        }
                    }

                    if (!signatures.Add(string.Join(",", parameters.Select(p => p.Type.ValueTypeName)))
                        || (n == 0 && string.Concat(prefix.Select(s => s.Text)).Length == 0))
                    {
                        // A duplicate signature (a member repeated in the template) or an empty prefix: nothing to query by.
                        continue;
                    }

                    Separate(w, ref first);
                    var part = n == 0 ? "The literal start" : n == 1 ? "The first part" : "The first " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " parts";
                    w.WriteLine("/// <summary>" + part + " of <c>" + XmlDoc.Text(key.Template!) + "</c>, for <c>begins_with</c> and range queries.</summary>");
                    EmitTemplateMethod(w, "SortKeyPrefix", parameters.ToEquatableArray(), prefix.ToEquatableArray(), new KeyOwner(spec.Name, key.AttributeName, key.Delimiters));
                }
            }

            private static void EmitTemplateMethod(SourceWriter w, string name, EquatableArray<KeyParameterSpec> parameters, EquatableArray<KeySegmentSpec> segments, KeyOwner owner)
            {
                var signature = string.Join(", ", parameters.Select(p => p.Type.ValueTypeName + " " + p.ParameterName));
                var referenceParameters = parameters.Where(p => !p.Type.IsValueType).ToList();
                if (referenceParameters.Count == 0)
                {
                    ExpressionBodied(w, "public static string " + name + "(" + signature + ")", TemplateExpression(parameters, segments, owner) + ";");
                    return;
                }

                w.OpenBlock("public static string " + name + "(" + signature + ")");
                foreach (var p in referenceParameters)
                {
                    w.WriteLine("global::System.ArgumentNullException.ThrowIfNull(" + p.ParameterName + ");");
                }

                w.WriteLine("return " + TemplateExpression(parameters, segments, owner) + ";");
                w.CloseBlock();
            }

            /// <summary>A constant literal, or an invariant-culture interpolated string.</summary>
            private static string TemplateExpression(EquatableArray<KeyParameterSpec> parameters, EquatableArray<KeySegmentSpec> segments, KeyOwner owner)
            {
                if (!segments.Any(s => s.IsPlaceholder))
                {
                    return ValueExpressions.Literal(string.Concat(segments.Select(s => s.Text)));
                }

                var sb = new StringBuilder("string.Create(" + InvariantCulture + ", $\"");
                foreach (var segment in segments)
                {
                    if (!segment.IsPlaceholder)
                    {
                        sb.Append(EscapeInterpolated(segment.Text));
                        continue;
                    }

                    var parameter = parameters.First(p => p.MemberName == segment.Text);
                    sb.Append('{').Append(Hole(parameter, segment.Format, owner)).Append('}');
                }

                return sb.Append("\")").ToString();
            }

            /// <summary>
            /// The interpolation hole of one placeholder. No format: strings as-is, numbers invariant (double "R"), bool
            /// true/false (1/0 when stored as N), Guid "D", DateTime/DateTimeOffset "O" in UTC (or the conventions' date
            /// text), DateOnly yyyy-MM-dd, TimeOnly HH:mm:ss.fffffff, TimeSpan "c", enums by name in the conventions'
            /// casing (or number when stored as a number; a value with no name throws, naming <paramref name="owner"/>, as
            /// ToItem does): what the member is stored as. A format is applied with the invariant culture (dates are made
            /// UTC first).
            /// </summary>
            private static string Hole(KeyParameterSpec parameter, string? format, KeyOwner owner)
            {
                var p = parameter.ParameterName;
                var type = parameter.Type;
                string value;
                string? defaultFormat = null;
                switch (type.Kind)
                {
                    case MemberMappingKind.String:
                        return StringHole(parameter, format, owner);
                    case MemberMappingKind.Boolean:
                        // As stored: "1"/"0" under conventions that store bool as N.
                        return type.BooleanAsNumber ? "(" + p + " ? \"1\" : \"0\")" : "(" + p + " ? \"true\" : \"false\")";
                    case MemberMappingKind.Number:
                        value = p;
                        defaultFormat = type.Number == NumberType.Double || type.Number == NumberType.Single ? "R" : null;
                        break;
                    case MemberMappingKind.Enum:
                        if (format is null && !type.EnumAsNumber)
                        {
                            // Parenthesised: the "::" of the enum's type name would otherwise end the expression of the hole.
                            // An undefined value would otherwise put its digits in the key.
                            return "(" + ValueExpressions.Writer + ".EnumNameText<" + type.ValueTypeName + ">(" + p + ", " + ValueExpressions.Literal(owner.Entity) + ", " + ValueExpressions.Literal(owner.Attribute) + ValueExpressions.EnumCasingArgument(type) + "))";
                        }

                        value = format is null ? "(" + ValueExpressions.NumberKeyword(type.Number) + ")" + p : p;
                        break;
                    case MemberMappingKind.Guid:
                        value = p;
                        defaultFormat = "D";
                        break;
                    case MemberMappingKind.DateTime:
                    case MemberMappingKind.DateTimeOffset:
                        if (format is null && type.DateFormat != Boto3Assist.Shared.Declarations.DynamoDateTimeFormat.RoundTrip)
                        {
                            // The text the member is stored as, under the entity's conventions.
                            return GeneratedAliases.DateTime + ".Format(" + p + ValueExpressions.DateFormatArgument(type) + ")";
                        }

                        value = GeneratedAliases.DateTime + ".ToUtc(" + p + ")";
                        defaultFormat = "O";
                        break;
                    case MemberMappingKind.DateOnly:
                        value = p;
                        defaultFormat = "yyyy-MM-dd";
                        break;
                    case MemberMappingKind.TimeOnly:
                        value = p;
                        defaultFormat = "HH':'mm':'ss'.'fffffff";
                        break;
                    case MemberMappingKind.TimeSpan:
                        value = p;
                        defaultFormat = "c";
                        break;
                    default:
                        value = p;
                        break;
                }

                var effective = format ?? defaultFormat;
                if (effective is null)
                {
                    return value;
                }

                if (effective.IndexOfAny(new[] { '"', '\\', '{', '}', '\n', '\r' }) >= 0)
                {
                    return "((global::System.IFormattable)" + value + ").ToString(" + ValueExpressions.Literal(effective) + ", " + InvariantCulture + ")";
                }

                return value + ":" + effective;
            }

            /// <summary>
            /// A string placeholder: checked by <c>DynamoKeyText</c> (not empty, no delimiter of its template) and cased as
            /// its format says; <c>{Member:raw}</c> takes the value as it is.
            /// </summary>
            private static string StringHole(KeyParameterSpec parameter, string? format, KeyOwner owner)
            {
                KeyTextFormat.TryParse(format, out var text);
                var p = parameter.ParameterName;
                if (text.IsRaw)
                {
                    return text.Casing switch
                    {
                        KeyTextCasing.Lower => p + ".ToLowerInvariant()",
                        KeyTextCasing.Upper => p + ".ToUpperInvariant()",
                        _ => p,
                    };
                }

                var method = text.Casing switch
                {
                    KeyTextCasing.Lower => "Lower",
                    KeyTextCasing.Upper => "Upper",
                    _ => "Checked",
                };
                return GeneratedAliases.KeyText + "." + method + "(" + p + ", " + ValueExpressions.Literal(owner.Delimiters) + ", "
                    + ValueExpressions.Literal(owner.Entity) + ", " + ValueExpressions.Literal(owner.Attribute) + ", " + ValueExpressions.Literal(parameter.MemberName) + ")";
            }

            private static void EmitPrimaryKey(SourceWriter w, EntitySpec spec, ref bool first)
            {
                var parameters = spec.PrimaryKeyParameters();
                Separate(w, ref first);
                w.WriteLine("/// <summary>The primary key attributes (for GetItem, DeleteItem, conditions).</summary>");
                w.OpenBlock("public static " + ValueExpressions.Item + " PrimaryKey(" + string.Join(", ", parameters.Select(p => p.Type.ValueTypeName + " " + p.ParameterName)) + ")");
                foreach (var p in parameters.Where(p => !p.Type.IsValueType))
                {
                    w.WriteLine("global::System.ArgumentNullException.ThrowIfNull(" + p.ParameterName + ");");
                }

                var count = spec.SortKey is null ? 1 : 2;
                w.OpenBlock("return new " + ValueExpressions.Item + "(" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
                w.WriteLine("[" + ValueExpressions.Literal(spec.PartitionKey.AttributeName) + "] = " + KeyValue(spec, spec.PartitionKey, "PartitionKey") + ",");
                if (spec.SortKey is not null)
                {
                    w.WriteLine("[" + ValueExpressions.Literal(spec.SortKey.AttributeName) + "] = " + KeyValue(spec, spec.SortKey, "SortKey") + ",");
                }

                w.CloseBlock(";");
                w.CloseBlock();
            }

            /// <summary>The AttributeValue of a table key built from the builder parameters.</summary>
            private static string KeyValue(EntitySpec spec, KeySpec key, string builder)
            {
                if (key.IsMemberKey)
                {
                    var parameter = key.Parameters[0];
                    var member = spec.Shape.Members.First(m => m.Name == parameter.MemberName);
                    return ValueExpressions.Write(member.Type, parameter.ParameterName, ValueExpressions.Literal(spec.Name), ValueExpressions.Literal(key.AttributeName), member);
                }

                return ValueExpressions.Writer + ".String(" + builder + "(" + string.Join(", ", key.Parameters.Select(p => p.ParameterName)) + "))";
            }

            private static string EscapeInterpolated(string text)
            {
                var literal = ValueExpressions.Literal(text);
                var body = literal.Substring(1, literal.Length - 2);
                return body.Replace("{", "{{").Replace("}", "}}");
            }

            private static void Separate(SourceWriter w, ref bool first)
            {
                if (!first)
                {
                    w.WriteLine();
                }

                first = false;
            }

            /// <summary>The entity and key attribute a key builder belongs to, named by its errors.</summary>
            private readonly record struct KeyOwner(string Entity, string Attribute, string Delimiters);
        }
    }
}
