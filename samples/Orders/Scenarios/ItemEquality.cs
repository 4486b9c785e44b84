using Amazon.DynamoDBv2.Model;

namespace Orders.Scenarios;

/// <summary>
/// Deep equality of stored items. Comparing <c>ToItem()</c> of what was written with <c>ToItem()</c> of what was read
/// back checks every member at once (records holding lists or sets do not compare their contents by value).
/// Sets compare without order, as DynamoDB does not keep it.
/// </summary>
public static class ItemEquality
{
    public static bool Same(IReadOnlyDictionary<string, AttributeValue> a, IReadOnlyDictionary<string, AttributeValue> b)
        => a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && Same(pair.Value, other));

    /// <summary>The attribute names whose values differ (missing on either side included).</summary>
    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, AttributeValue> a, IReadOnlyDictionary<string, AttributeValue> b)
        => a.Keys.Union(b.Keys).Where(k => !a.TryGetValue(k, out var x) || !b.TryGetValue(k, out var y) || !Same(x, y)).Order(StringComparer.Ordinal);

    public static bool Same(AttributeValue a, AttributeValue b)
    {
        if (a.S is not null || b.S is not null)
        {
            return a.S == b.S;
        }

        if (a.N is not null || b.N is not null)
        {
            return a.N is not null && b.N is not null && decimal.TryParse(a.N, System.Globalization.CultureInfo.InvariantCulture, out var x)
                && decimal.TryParse(b.N, System.Globalization.CultureInfo.InvariantCulture, out var y) ? x == y : a.N == b.N;
        }

        if (a.BOOL is not null || b.BOOL is not null)
        {
            return a.BOOL == b.BOOL;
        }

        if (a.B is not null || b.B is not null)
        {
            return a.B is not null && b.B is not null && a.B.ToArray().AsSpan().SequenceEqual(b.B.ToArray());
        }

        if (a.M is not null || b.M is not null)
        {
            return a.M is not null && b.M is not null && Same(a.M, b.M);
        }

        if (a.L is not null || b.L is not null)
        {
            return a.L is not null && b.L is not null && a.L.Count == b.L.Count && a.L.Zip(b.L).All(p => Same(p.First, p.Second));
        }

        if (a.SS is not null || b.SS is not null)
        {
            return a.SS is not null && b.SS is not null && a.SS.ToHashSet().SetEquals(b.SS);
        }

        if (a.NS is not null || b.NS is not null)
        {
            return a.NS is not null && b.NS is not null && a.NS.Select(decimal.Parse).ToHashSet().SetEquals(b.NS.Select(decimal.Parse));
        }

        if (a.BS is not null || b.BS is not null)
        {
            return a.BS is not null && b.BS is not null
                && a.BS.Select(m => Convert.ToBase64String(m.ToArray())).ToHashSet().SetEquals(b.BS.Select(m => Convert.ToBase64String(m.ToArray())));
        }

        return a.NULL == b.NULL;
    }
}
