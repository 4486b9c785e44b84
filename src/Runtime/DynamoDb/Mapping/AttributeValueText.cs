using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A canonical text form of attribute values and keys: the identity of a key (batch dedupe, duplicate transaction
/// actions), the shape hash of a query, and readable keys in error messages. Map entries are ordered by name.
/// </summary>
internal static class AttributeValueText
{
    /// <summary>A key as text, such as <c>{pk=S:CUSTOMER#c1, sk=S:ORDER#1}</c>, attributes ordered by name.</summary>
    public static string Key(IReadOnlyDictionary<string, AttributeValue> key) => Key(string.Empty, key);

    /// <summary>
    /// The identity of a key in a table: <paramref name="table"/>, a newline, then the text of <paramref name="key"/>,
    /// made as one string (batch entries and results); the key's text alone when <paramref name="table"/> is empty.
    /// </summary>
    public static string Key(string table, IReadOnlyDictionary<string, AttributeValue> key)
    {
        if (key.Count > 2)
        {
            var text = Start(table).Append('{');
            var first = true;
            foreach (var pair in key.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(first ? string.Empty : ", ").Append(pair.Key).Append('=');
                Append(text, pair.Value);
                first = false;
            }

            return Finish(text.Append('}'));
        }

        // A table key has one or two attributes: the same text, without sorting a sequence (batches key every item).
        string? firstName = null, secondName = null;
        AttributeValue? firstValue = null, secondValue = null;
        foreach (var pair in key)
        {
            if (firstName is null)
            {
                (firstName, firstValue) = (pair.Key, pair.Value);
            }
            else
            {
                (secondName, secondValue) = (pair.Key, pair.Value);
            }
        }

        return KeyOf(table, firstName, firstValue, secondName, secondValue);
    }

    /// <summary>The key attributes of <paramref name="item"/> as text (see <see cref="Key(IReadOnlyDictionary{string, AttributeValue})"/>): those it has.</summary>
    public static string KeyOf(IReadOnlyDictionary<string, AttributeValue> item, string partitionKey, string? sortKey)
        => KeyOf(string.Empty, item, partitionKey, sortKey);

    /// <summary>The identity of the key attributes of <paramref name="item"/> in <paramref name="table"/> (see <see cref="Key(string, IReadOnlyDictionary{string, AttributeValue})"/>).</summary>
    public static string KeyOf(string table, IReadOnlyDictionary<string, AttributeValue> item, string partitionKey, string? sortKey)
    {
        var hasPartition = item.TryGetValue(partitionKey, out var partition);
        AttributeValue? sort = null;
        var hasSort = sortKey is not null && item.TryGetValue(sortKey, out sort);
        return KeyOf(table, hasPartition ? partitionKey : null, partition, hasSort ? sortKey : null, sort);
    }

    /// <summary>
    /// The identity of a key given as at most two attributes (a null name is left out): "{a=..., b=...}", names in
    /// ordinal order, as <see cref="Key(string, IReadOnlyDictionary{string, AttributeValue})"/> writes them.
    /// </summary>
    public static string KeyOf(string table, string? name1, AttributeValue? value1, string? name2, AttributeValue? value2)
    {
        if (name1 is null || (name2 is not null && string.CompareOrdinal(name2, name1) < 0))
        {
            (name1, value1, name2, value2) = (name2, value2, name1, value1);
        }

        var text = Start(table).Append('{');
        if (name1 is not null)
        {
            Append(text.Append(name1).Append('='), value1!);
        }

        if (name2 is not null)
        {
            Append(text.Append(", ").Append(name2).Append('='), value2!);
        }

        return Finish(text.Append('}'));
    }

    // Identities are made for every key of a batch and every item it answers: one builder per thread is reused for them
    // (as the runtime's own StringBuilderCache does), so making one allocates only the string.
    [ThreadStatic]
    private static StringBuilder? t_builder;

    private static StringBuilder Start(string table)
    {
        var text = t_builder ?? new StringBuilder(256);
        t_builder = null;
        text.Clear();
        return table.Length == 0 ? text : text.Append(table).Append('\n');
    }

    private static string Finish(StringBuilder text)
    {
        var result = text.ToString();
        if (text.Capacity <= 4096)
        {
            t_builder = text;
        }

        return result;
    }

    /// <summary>The key attributes of <paramref name="item"/> (those it has).</summary>
    public static Dictionary<string, AttributeValue> KeyAttributes(IReadOnlyDictionary<string, AttributeValue> item, string partitionKey, string? sortKey)
    {
        var key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        if (item.TryGetValue(partitionKey, out var pk))
        {
            key[partitionKey] = pk;
        }

        if (sortKey is not null && item.TryGetValue(sortKey, out var sk))
        {
            key[sortKey] = sk;
        }

        return key;
    }

    /// <summary>
    /// A key for people, in error messages and reports: <c>{pk="CUSTOMER#c1", sk="ORDER#1"}</c> (strings quoted,
    /// numbers bare, binaries as base64). Not an identity: use <see cref="Key(IReadOnlyDictionary{string, AttributeValue})"/> to compare keys.
    /// </summary>
    public static string Readable(IReadOnlyDictionary<string, AttributeValue> key)
        => "{" + string.Join(", ", key.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Readable(p.Value))) + "}";

    /// <summary>Stands for a key in an exception message when values are not shown (<see cref="Observability.ErrorValues"/>).</summary>
    public const string KeyNotShown = "(key not shown)";

    /// <summary>
    /// A key for an exception message: <see cref="Readable(IReadOnlyDictionary{string, AttributeValue})"/> when
    /// <see cref="Observability.ErrorValues.Show"/> is on, else the attribute names only (<c>{pk=?, sk=?}</c>).
    /// </summary>
    public static string ShownKey(IReadOnlyDictionary<string, AttributeValue> key)
        => Observability.ErrorValues.Show
            ? Readable(key)
            : "{" + string.Join(", ", key.Keys.OrderBy(name => name, StringComparer.Ordinal).Select(name => name + "=?")) + "}";

    /// <summary>One value for people: strings quoted, numbers bare, binaries as base64, others in canonical form.</summary>
    public static string Readable(AttributeValue value)
    {
        if (value.S is not null)
        {
            return "\"" + value.S.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        }

        if (value.N is not null)
        {
            return value.N;
        }

        if (value.B is not null)
        {
            return "base64:" + Convert.ToBase64String(value.B.ToArray());
        }

        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    public static void Append(StringBuilder text, AttributeValue? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case { S: not null }:
                text.Append("S:").Append(CultureInfo.InvariantCulture, $"{value.S.Length}").Append(':').Append(value.S);
                break;
            case { N: not null }:
                text.Append("N:").Append(value.N);
                break;
            case { B: not null }:
                text.Append("B:").Append(Convert.ToBase64String(value.B.ToArray()));
                break;
            case { BOOL: not null }:
                text.Append("BOOL:").Append(value.BOOL.Value ? "true" : "false");
                break;
            case { NULL: true }:
                text.Append("NULL");
                break;
            case { SS: { Count: > 0 } }:
                AppendSet(text, "SS", value.SS.OrderBy(s => s, StringComparer.Ordinal).Select(s => s.Length.ToString(CultureInfo.InvariantCulture) + ":" + s));
                break;
            case { NS: { Count: > 0 } }:
                AppendSet(text, "NS", value.NS.OrderBy(s => s, StringComparer.Ordinal));
                break;
            case { BS: { Count: > 0 } }:
                AppendSet(text, "BS", value.BS.Select(b => Convert.ToBase64String(b.ToArray())).OrderBy(s => s, StringComparer.Ordinal));
                break;
            case { L: not null }:
                text.Append("L[");
                for (var i = 0; i < value.L.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    Append(text, value.L[i]);
                }

                text.Append(']');
                break;
            case { M: not null }:
                text.Append("M{");
                var first = true;
                foreach (var pair in value.M.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? string.Empty : ",").Append(pair.Key.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(pair.Key).Append('=');
                    Append(text, pair.Value);
                    first = false;
                }

                text.Append('}');
                break;
            default:
                text.Append("EMPTY");
                break;
        }
    }

    private static void AppendSet(StringBuilder text, string type, IEnumerable<string> members)
        => text.Append(type).Append('[').Append(string.Join(",", members)).Append(']');
}
