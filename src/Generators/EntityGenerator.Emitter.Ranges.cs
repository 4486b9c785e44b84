using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Emitting;
using Boto3Assist.Generators.Model;

namespace Boto3Assist.Generators
{
    public sealed partial class EntityGenerator
    {
        internal static partial class Emitter
        {
            private const string Range = GeneratedAliases.SortKeyRange + ".";

            /// <summary>
            /// Typed range conditions over each part of a composite sort key, the parts before it fixed:
            /// SortKeyAtLeast/GreaterThan/AtMost/LessThan(p1..pn) and SortKeyBetween(p1..pn-1, from, to). They call the
            /// prefix builders and leave the bounds to <c>DynamoSortKeyRange</c>, so inclusive bounds keep the keys
            /// that continue past the compared value. Skipped for templates that repeat a member (their prefix
            /// builders are ambiguous).
            /// </summary>
            private static void EmitRangeBuilders(SourceWriter w, KeySpec key, ref bool first)
            {
                var segments = key.Segments;
                var placeholders = segments.Where(s => s.IsPlaceholder).ToList();
                if (placeholders.Count == 0 || placeholders.Count != key.Parameters.Count)
                {
                    return;
                }

                var leadingLiteral = segments[0].IsPlaceholder ? string.Empty : segments[0].Text;
                for (var n = 1; n <= placeholders.Count; n++)
                {
                    var compared = key.Parameters[n - 1];
                    var fixedParts = key.Parameters.Take(n - 1).ToList();
                    var literalAfter = LiteralAfter(segments, n).Length.ToString(CultureInfo.InvariantCulture);
                    var leading = n == 1 && leadingLiteral.Length == 0 ? "\"\"" : PrefixCall(fixedParts.Select(p => p.ParameterName), n - 1, placeholders.Count);
                    var prefix = PrefixCall(fixedParts.Append(compared).Select(p => p.ParameterName), n, placeholders.Count);
                    var parameters = string.Join(", ", fixedParts.Append(compared).Select(p => p.Type.ValueTypeName + " " + p.ParameterName));
                    var what = "<c>" + compared.MemberName + "</c>";
                    var rest = n == 1 ? "." : ", the parts before it equal to those given.";

                    Separate(w, ref first);
                    w.WriteLine("/// <summary>Sort key condition: " + what + " is at least the value (keys with it included)" + rest + "</summary>");
                    ExpressionBodied(w, "public static global::Boto3Assist.DynamoDb.DynamoSortKeyCondition SortKeyAtLeast(" + parameters + ")", Range + "AtLeast(" + leading + ", " + prefix + ", " + literalAfter + ");");
                    w.WriteLine();
                    w.WriteLine("/// <summary>Sort key condition: " + what + " is greater than the value" + rest + "</summary>");
                    ExpressionBodied(w, "public static global::Boto3Assist.DynamoDb.DynamoSortKeyCondition SortKeyGreaterThan(" + parameters + ")", Range + "GreaterThan(" + leading + ", " + prefix + ");");
                    w.WriteLine();
                    w.WriteLine("/// <summary>Sort key condition: " + what + " is at most the value (keys with it included)" + rest + "</summary>");
                    ExpressionBodied(w, "public static global::Boto3Assist.DynamoDb.DynamoSortKeyCondition SortKeyAtMost(" + parameters + ")", Range + "AtMost(" + leading + ", " + prefix + ");");
                    w.WriteLine();
                    w.WriteLine("/// <summary>Sort key condition: " + what + " is less than the value" + rest + "</summary>");
                    ExpressionBodied(w, "public static global::Boto3Assist.DynamoDb.DynamoSortKeyCondition SortKeyLessThan(" + parameters + ")", Range + "LessThan(" + leading + ", " + prefix + ", " + literalAfter + ");");

                    var from = compared.ParameterName.TrimStart('@') + "From";
                    var to = compared.ParameterName.TrimStart('@') + "To";
                    var betweenParameters = string.Join(", ", fixedParts.Select(p => p.Type.ValueTypeName + " " + p.ParameterName).Concat(new[] { compared.Type.ValueTypeName + " " + from, compared.Type.ValueTypeName + " " + to }));
                    var fixedNames = fixedParts.Select(p => p.ParameterName).ToList();
                    w.WriteLine();
                    w.WriteLine("/// <summary>Sort key condition: " + what + " is from <paramref name=\"" + from + "\"/> to <paramref name=\"" + to + "\"/>, both included" + rest + "</summary>");
                    ExpressionBodied(w, "public static global::Boto3Assist.DynamoDb.DynamoSortKeyCondition SortKeyBetween(" + betweenParameters + ")", Range + "Between("
                        + PrefixCall(fixedNames.Append(from), n, placeholders.Count) + ", " + PrefixCall(fixedNames.Append(to), n, placeholders.Count) + ", " + literalAfter + ");");
                }
            }

            /// <summary>The prefix builder of the first <paramref name="count"/> parts (the full key builder for all of them).</summary>
            private static string PrefixCall(IEnumerable<string> arguments, int count, int total) =>
                (count == total ? "SortKey(" : "SortKeyPrefix(") + string.Join(", ", arguments) + ")";

            /// <summary>The literal text after placeholder number <paramref name="n"/> (1-based), up to the next placeholder.</summary>
            private static string LiteralAfter(IReadOnlyList<KeySegmentSpec> segments, int n)
            {
                var seen = 0;
                for (var i = 0; i < segments.Count; i++)
                {
                    if (segments[i].IsPlaceholder && ++seen == n)
                    {
                        return i + 1 < segments.Count && !segments[i + 1].IsPlaceholder ? segments[i + 1].Text : string.Empty;
                    }
                }

                return string.Empty;
            }
        }
    }
}
