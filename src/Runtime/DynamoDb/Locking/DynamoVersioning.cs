using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Optimistic locking of an entity with a <see cref="DynamoVersionAttribute"/> member: every versioned write stores
/// version + 1 under the condition that the stored version is the one read. Version 0 means "never written by a
/// versioned write": a new item, or one written without a condition (batch writer, <c>PutItem(entity.ToItem())</c>,
/// another tool), whose version attribute is absent or 0. Both count as version 0, so such an item accepts the next
/// versioned write instead of reading as "exists".
/// </summary>
internal static class DynamoVersioning<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    public static string? Attribute => TEntity.Metadata.VersionAttribute;

    /// <summary>The version stored in an item; 0 when absent.</summary>
    public static long Read(IReadOnlyDictionary<string, AttributeValue> item)
    {
        var attribute = Attribute;
        return attribute is null || !item.TryGetValue(attribute, out var value) ? 0 : ReadValue(value);
    }

    /// <summary>The version a stored value of the version attribute holds; 0 when it is no number.</summary>
    public static long ReadValue(AttributeValue value)
    {
        var attribute = Attribute!;
        if (value.N is null)
        {
            return 0;
        }

        return long.TryParse(value.N, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new DynamoMappingException(TEntity.Metadata.EntityName, attribute, "an integral version number", value.N, Mapping.DynamoMappingErrors.Redacted("N", value.N), null);
    }

    /// <summary>Sets version + 1 on <paramref name="item"/> and returns the version expected in the table, or null when not versioned.</summary>
    public static long? Advance(Dictionary<string, AttributeValue> item)
    {
        var attribute = Attribute;
        if (attribute is null)
        {
            return null;
        }

        var expected = Read(item);
        item[attribute] = Number(expected + 1);
        return expected;
    }

    /// <summary>Sets version 1 on the item of a create and returns 0 (the version a taken key is judged against), or null when not versioned.</summary>
    public static long? Start(Dictionary<string, AttributeValue> item)
    {
        if (Attribute is not { } attribute)
        {
            return null;
        }

        item[attribute] = Number(1);
        return 0;
    }

    /// <summary>The condition that the stored version is <paramref name="expected"/> (absent or 0 for 0).</summary>
    public static string Condition(DynamoExpressionContext context, long expected)
    {
        var name = context.Name(Attribute!);
        return expected == 0
            ? "attribute_not_exists(" + name + ") OR " + name + " = " + context.Value(Number(0))
            : name + " = " + context.Value(Number(expected));
    }

    public static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    /// <summary>Turns a failed condition into a version conflict (when the stored version differs) or a condition failure.</summary>
    public static Exception Translate(
        Exception error,
        IReadOnlyDictionary<string, AttributeValue>? currentItem,
        long? expectedVersion,
        string tableName,
        IReadOnlyDictionary<string, AttributeValue> key)
    {
        var entity = TEntity.Metadata.EntityName;
        var keyText = AttributeValueText.Readable(key);
        if (currentItem is { Count: 0 })
        {
            currentItem = null;
        }

        if (currentItem is not null && DynamoTypedRead<TEntity>.OtherType(currentItem) is not null)
        {
            // The key holds another entity's item: that is why the condition failed, whatever the versions say.
            return DynamoTypedRead<TEntity>.Mismatch(currentItem, tableName);
        }

        if (expectedVersion is { } expected)
        {
            long? current = currentItem is null ? null : Read(currentItem);
            var conflict = expected == 0 ? currentItem is not null && current != 0 : current != expected;
            if (conflict)
            {
                return new DynamoVersionConflictException(entity, tableName, keyText, expected, current, currentItem, TryMap(currentItem), error);
            }
        }

        return new DynamoConditionFailedException(entity, tableName, keyText, currentItem, error);
    }

    /// <summary>The stored item mapped to the entity, or null when there is none or it cannot be mapped (the raw item stays available).</summary>
    public static object? TryMap(IReadOnlyDictionary<string, AttributeValue>? item)
    {
        if (item is null)
        {
            return null;
        }

        try
        {
            return DynamoTypedRead<TEntity>.Map(item, TEntity.Metadata.Table.TableName);
        }
        catch (Exception e) when (e is DynamoMappingException or DynamoEntityTypeMismatchException)
        {
            // The raw item is still on the exception; a stored item the entity cannot read must not hide the conflict.
            return null;
        }
    }
}
