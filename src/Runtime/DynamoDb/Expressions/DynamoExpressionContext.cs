using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The one place that allocates <c>#alias</c> names and <c>:placeholder</c> values for a request. Conditions, filters,
/// key conditions, projections and updates all render through it, so no attribute name or user value is ever written
/// into an expression string.
/// </summary>
internal sealed class DynamoExpressionContext
{
    private readonly Dictionary<string, string> _aliasByAttribute = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, AttributeValue> _values = new(System.StringComparer.Ordinal);

    /// <summary>The <c>#alias</c> to attribute name map built so far.</summary>
    public IReadOnlyDictionary<string, string> Names => _names;

    /// <summary>The <c>:placeholder</c> to value map built so far.</summary>
    public IReadOnlyDictionary<string, AttributeValue> Values => _values;

    /// <summary>The alias of an attribute; one alias per distinct name.</summary>
    public string Name(string attributeName)
    {
        if (string.IsNullOrEmpty(attributeName))
        {
            throw new System.ArgumentException("An attribute name in an expression cannot be empty.", nameof(attributeName));
        }

        if (!_aliasByAttribute.TryGetValue(attributeName, out var alias))
        {
            alias = "#n" + _aliasByAttribute.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _aliasByAttribute.Add(attributeName, alias);
            _names.Add(alias, attributeName);
        }

        return alias;
    }

    /// <summary>A fresh placeholder holding <paramref name="value"/>.</summary>
    public string Value(AttributeValue value)
    {
        var placeholder = ":v" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values.Add(placeholder, value);
        return placeholder;
    }

    /// <summary>The names map for a request, or <see langword="null"/> when no name was used (DynamoDB rejects empty maps).</summary>
    public Dictionary<string, string>? NamesOrNull() => _names.Count == 0 ? null : new Dictionary<string, string>(_names, System.StringComparer.Ordinal);

    /// <summary>The values map for a request, or <see langword="null"/> when no value was used.</summary>
    public Dictionary<string, AttributeValue>? ValuesOrNull() => _values.Count == 0 ? null : new Dictionary<string, AttributeValue>(_values, System.StringComparer.Ordinal);
}
