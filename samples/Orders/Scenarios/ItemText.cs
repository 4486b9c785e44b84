using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Orders.Scenarios;

/// <summary>Renders stored items compactly for the console: strings quoted, numbers bare, maps in braces, sets in angle brackets.</summary>
public static class ItemText
{
    public static string Format(IReadOnlyDictionary<string, AttributeValue> item)
        => "{ " + string.Join(", ", item.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}: {Format(a.Value)}")) + " }";

    public static string Format(AttributeValue value)
    {
        if (value.S is not null)
        {
            return "\"" + value.S + "\"";
        }

        if (value.N is not null)
        {
            return value.N;
        }

        if (value.BOOL is { } flag)
        {
            return flag ? "true" : "false";
        }

        if (value.NULL is true)
        {
            return "null";
        }

        if (value.B is not null)
        {
            return "b64:" + Convert.ToBase64String(value.B.ToArray());
        }

        if (value.M is not null)
        {
            return Format(value.M);
        }

        if (value.L is not null)
        {
            return "[" + string.Join(", ", value.L.Select(Format)) + "]";
        }

        if (value.SS is not null)
        {
            return "<<" + string.Join(", ", value.SS.Select(s => "\"" + s + "\"")) + ">>";
        }

        if (value.NS is not null)
        {
            return "<<" + string.Join(", ", value.NS) + ">>";
        }

        if (value.BS is not null)
        {
            return "<<" + string.Join(", ", value.BS.Select(b => "b64:" + Convert.ToBase64String(b.ToArray()))) + ">>";
        }

        return "(empty)";
    }

    /// <summary>A readable multi-line rendering: one attribute per line, keys first.</summary>
    public static IEnumerable<string> Lines(IReadOnlyDictionary<string, AttributeValue> item)
    {
        var width = item.Keys.Max(k => k.Length);
        var builder = new StringBuilder();
        foreach (var (name, value) in item.OrderBy(a => KeyRank(a.Key)).ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            builder.Clear();
            builder.Append(name.PadRight(width)).Append(" = ").Append(Format(value));
            yield return builder.ToString();
        }
    }

    // Key and index attributes first, as a reader of a single-table item looks for them first.
    private static int KeyRank(string name) => name switch
    {
        "pk" => 0,
        "sk" => 1,
        _ when name.StartsWith("gsi", StringComparison.Ordinal) => 2,
        "_type" => 3,
        _ => 4,
    };
}
