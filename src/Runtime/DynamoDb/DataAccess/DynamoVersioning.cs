using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Optimistic locking of an entity with a <see cref="DynamoVersionAttribute"/> member: every write stores version + 1
/// under the condition that the stored version is the one read (<c>attribute_not_exists</c> for version 0, a new item).
/// </summary>
internal static class DynamoVersioning<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    public static string? Attribute => TEntity.Metadata.VersionAttribute;

    /// <summary>The version stored in an item; 0 when absent.</summary>
    public static long Read(IReadOnlyDictionary<string, AttributeValue> item)
    {
        var attribute = Attribute;
        if (attribute is null || !item.TryGetValue(attribute, out var value) || value.N is null)
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

    /// <summary>The condition that the stored version is <paramref name="expected"/> (absent for 0).</summary>
    public static string Condition(DynamoExpressionContext context, long expected)
        => expected == 0
            ? "attribute_not_exists(" + context.Name(Attribute!) + ")"
            : context.Name(Attribute!) + " = " + context.Value(Number(expected));

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

    private static object? TryMap(IReadOnlyDictionary<string, AttributeValue>? item)
    {
        if (item is null)
        {
            return null;
        }

        try
        {
            return TEntity.FromItem(item);
        }
        catch (DynamoMappingException)
        {
            // The raw item is still on the exception; a stored item the entity cannot read must not hide the conflict.
            return null;
        }
    }
}
