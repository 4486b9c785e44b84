using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A condition on the sort key of a query: =, &lt;, &lt;=, &gt;, &gt;=, between or begins_with. Values are the key
/// strings the generated builders produce (<c>Order.Keys.SortKeyPrefix(date)</c>), or numbers or bytes for Number and
/// Binary keys (<see cref="DynamoKeyValue"/> converts implicitly from each).
/// </summary>
public sealed class DynamoSortKeyCondition
{
    private DynamoSortKeyCondition(string kind, DynamoKeyValue value, DynamoKeyValue? high)
    {
        Kind = kind;
        Value = value;
        High = high;
    }

    internal string Kind { get; }

    internal DynamoKeyValue Value { get; }

    internal DynamoKeyValue? High { get; }

    /// <summary>Sort key equals <paramref name="value"/>.</summary>
    /// <param name="value">The key value.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition EqualTo(DynamoKeyValue value) => new("=", value, null);

    /// <summary>Sort key is less than <paramref name="value"/>.</summary>
    /// <param name="value">The key value.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition LessThan(DynamoKeyValue value) => new("<", value, null);

    /// <summary>Sort key is at most <paramref name="value"/>.</summary>
    /// <param name="value">The key value.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition LessThanOrEqual(DynamoKeyValue value) => new("<=", value, null);

    /// <summary>Sort key is greater than <paramref name="value"/>.</summary>
    /// <param name="value">The key value.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition GreaterThan(DynamoKeyValue value) => new(">", value, null);

    /// <summary>Sort key is at least <paramref name="value"/>.</summary>
    /// <param name="value">The key value.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition GreaterThanOrEqual(DynamoKeyValue value) => new(">=", value, null);

    /// <summary>Sort key is between <paramref name="low"/> and <paramref name="high"/>, both included.</summary>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition Between(DynamoKeyValue low, DynamoKeyValue high) => new("BETWEEN", low, high);

    /// <summary>Sort key begins with <paramref name="prefix"/> (String and Binary keys only).</summary>
    /// <param name="prefix">The prefix, typically from a generated <c>SortKeyPrefix(...)</c> builder.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition BeginsWith(DynamoKeyValue prefix) => new("begins_with", prefix, null);

    internal string Render(DynamoExpressionContext context, DynamoKeyAttributeDefinition key, string entity)
    {
        var name = context.Name(key.AttributeName);
        var value = context.Value(DynamoKeyValues.ToAttributeValue(key, Value, entity, isSortKey: true));
        return Kind switch
        {
            "BETWEEN" => name + " BETWEEN " + value + " AND " + context.Value(DynamoKeyValues.ToAttributeValue(key, High!.Value, entity, isSortKey: true)),
            "begins_with" when key.Type == DynamoKeyType.Number => throw new DynamoInvalidRequestException(entity, key.AttributeName, "begins_with needs a String or Binary sort key; this one is a Number."),
            "begins_with" => "begins_with(" + name + ", " + value + ")",
            _ => name + " " + Kind + " " + value,
        };
    }

    /// <summary>The condition as text, for diagnostics.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => High is null ? $"{Kind} {Value}" : $"{Kind} {Value} AND {High}";
}
