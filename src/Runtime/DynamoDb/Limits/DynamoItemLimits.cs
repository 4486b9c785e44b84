using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// DynamoDB's limits on one item and its keys, checked before a request is sent so that every write path (put, create,
/// update, delete, transaction, batch) and every keyed read refuses the same way: a
/// <see cref="DynamoInvalidRequestException"/> naming the entity, the attribute and the limit, never the value.
/// Checked: items over 400 KB, partition key values over 2048 bytes and sort key values over 1024 bytes (table and
/// index keys), empty strings or binaries in a key attribute, and maps or lists nested deeper than 32 levels.
/// </summary>
internal static class DynamoItemLimits
{
    /// <summary>The longest partition key value, of the table or an index, in bytes.</summary>
    public const int MaxPartitionKeyBytes = 2048;

    /// <summary>The longest sort key value, of the table or an index, in bytes.</summary>
    public const int MaxSortKeyBytes = 1024;

    /// <summary>Refuses an item about to be stored whole (put, create, the create of a move, a batch put).</summary>
    public static void CheckItem(DynamoEntityMetadata metadata, IReadOnlyDictionary<string, AttributeValue> item)
    {
        if (FindInItem(metadata, item) is { } refused)
        {
            throw refused;
        }
    }

    /// <summary>What is wrong with an item about to be stored whole, or <see langword="null"/>.</summary>
    public static DynamoInvalidRequestException? FindInItem(DynamoEntityMetadata metadata, IReadOnlyDictionary<string, AttributeValue> item)
    {
        foreach (var key in KeyAttributes(metadata.Table))
        {
            if (item.TryGetValue(key.Definition.AttributeName, out var value) && FindInKeyValue(metadata, key, value) is { } refused)
            {
                return refused;
            }
        }

        foreach (var (name, value) in item)
        {
            if (FindInNesting(metadata, name, value, 0) is { } refused)
            {
                return refused;
            }
        }

        var size = DynamoItemSize.Of(item);
        if (size <= DynamoItemSize.MaxItemBytes)
        {
            return null;
        }

        string? largest = null;
        long largestSize = -1;
        foreach (var (name, value) in item)
        {
            var attributeSize = DynamoItemSize.OfAttribute(name, value);
            if (attributeSize > largestSize)
            {
                (largest, largestSize) = (name, attributeSize);
            }
        }

        return ItemTooLarge(metadata, size, largest, largestSize);
    }

    /// <summary>The refusal of an item of <paramref name="size"/> bytes (over 400 KB) whose largest attribute is <paramref name="largest"/>.</summary>
    public static DynamoInvalidRequestException ItemTooLarge(DynamoEntityMetadata metadata, long size, string? largest, long largestSize)
        => new(
            metadata.EntityName,
            null,
            $"the item is {Bytes(size)} bytes (UTF-8 attribute names and values, as DynamoDB counts them); DynamoDB stores at most {Bytes(DynamoItemSize.MaxItemBytes)} bytes (400 KB). "
            + $"The largest attribute is '{largest}' ({Bytes(largestSize)} bytes). Nothing was sent.")
        {
            Limit = DynamoLimit.ItemSize,
        };

    /// <summary>Refuses a primary key (get, delete, update, condition check, batch get or delete).</summary>
    public static void CheckKey(DynamoEntityMetadata metadata, IReadOnlyDictionary<string, AttributeValue> key)
    {
        if (FindInKey(metadata, key) is { } refused)
        {
            throw refused;
        }
    }

    /// <summary>What is wrong with a primary key, or <see langword="null"/>.</summary>
    public static DynamoInvalidRequestException? FindInKey(DynamoEntityMetadata metadata, IReadOnlyDictionary<string, AttributeValue> key)
    {
        var table = metadata.Table;
        if (key.TryGetValue(table.PartitionKey.AttributeName, out var partition)
            && FindInKeyValue(metadata, new KeyAttribute(table.PartitionKey, null, IsSortKey: false), partition) is { } refusedPartition)
        {
            return refusedPartition;
        }

        return table.SortKey is { } sortKey && key.TryGetValue(sortKey.AttributeName, out var sort)
            ? FindInKeyValue(metadata, new KeyAttribute(sortKey, null, IsSortKey: true), sort)
            : null;
    }

    /// <summary>
    /// Refuses the values of an update: index key attributes it sets, nesting of every value (a map entry is one level
    /// deeper), and the values it sets adding up to more than an item can hold (the item is at least that large).
    /// </summary>
    public static void CheckUpdate(DynamoEntityMetadata metadata, UpdateExpressionBuilder update)
    {
        var keys = KeyAttributes(metadata.Table);
        long size = 0;
        foreach (var (path, kind, value) in update.Actions)
        {
            if (value is null)
            {
                continue;
            }

            if (path.Length == 1 && kind == "SET")
            {
                foreach (var key in keys)
                {
                    if (string.Equals(key.Definition.AttributeName, path[0], StringComparison.Ordinal) && FindInKeyValue(metadata, key, value) is { } refusedKey)
                    {
                        throw refusedKey;
                    }
                }
            }

            if (FindInNesting(metadata, path[0], value, path.Length - 1) is { } refusedNesting)
            {
                throw refusedNesting;
            }

            if (kind is "SET" or "APPEND")
            {
                size += DynamoItemSize.OfAttribute(path[0], value);
            }
        }

        if (size > DynamoItemSize.MaxItemBytes)
        {
            throw new DynamoInvalidRequestException(
                metadata.EntityName,
                null,
                $"the values this update sets are {Bytes(size)} bytes, so the item would be at least that large; DynamoDB stores at most {Bytes(DynamoItemSize.MaxItemBytes)} bytes (400 KB). Nothing was sent.")
            {
                Limit = DynamoLimit.ItemSize,
            };
        }
    }

    /// <summary>Refuses a key value given in a query (the partition key, or a sort key condition's operand).</summary>
    public static void CheckQueryKeyValue(string entity, DynamoKeyAttributeDefinition key, bool isSortKey, AttributeValue value)
    {
        if (FindInKeyValue(entity, new KeyAttribute(key, null, isSortKey), value) is { } refused)
        {
            throw refused;
        }
    }

    private static DynamoInvalidRequestException? FindInKeyValue(DynamoEntityMetadata metadata, KeyAttribute key, AttributeValue value)
        => FindInKeyValue(metadata.EntityName, key, value);

    private static DynamoInvalidRequestException? FindInKeyValue(string entity, KeyAttribute key, AttributeValue value)
    {
        if (value.S is not null)
        {
            return FindInKeyValue(entity, key, Encoding.UTF8.GetByteCount(value.S), binary: false);
        }

        // Numbers have 38 digits at most: always within both limits, never empty.
        return value.B is not null ? FindInKeyValue(entity, key, value.B.Length, binary: true) : null;
    }

    /// <summary>What is wrong with a string (UTF-8) or binary key value of <paramref name="length"/> bytes, or <see langword="null"/>.</summary>
    public static DynamoInvalidRequestException? FindInKeyValue(string entity, KeyAttribute key, long length, bool binary)
    {
        var max = key.IsSortKey ? MaxSortKeyBytes : MaxPartitionKeyBytes;
        if (length == 0)
        {
            return new DynamoInvalidRequestException(entity, key.Definition.AttributeName, $"the {key.Role} is empty; DynamoDB refuses an empty string or binary in a key attribute of the table or of an index. Nothing was sent.")
            {
                Limit = DynamoLimit.EmptyKeyValue,
            };
        }

        if (length <= max)
        {
            return null;
        }

        return new DynamoInvalidRequestException(entity, key.Definition.AttributeName, $"the {key.Role} is {Bytes(length)} bytes ({(binary ? "binary" : "UTF-8")}); DynamoDB allows 1 to {Bytes(max)} bytes. Nothing was sent.")
        {
            Limit = key.IsSortKey ? DynamoLimit.SortKeySize : DynamoLimit.PartitionKeySize,
        };
    }

    /// <summary>
    /// Refuses a value with more maps or lists nested in it than DynamoDB stores; <paramref name="depth"/> is how many
    /// containers it is already inside (1 for a map entry set by an update). Stops descending at the limit, so a
    /// hostile value thousands of levels deep cannot exhaust the stack.
    /// </summary>
    private static DynamoInvalidRequestException? FindInNesting(DynamoEntityMetadata metadata, string attribute, AttributeValue value, int depth)
        => NestedTooDeep(value, depth) ? NestedTooDeep(metadata, attribute) : null;

    /// <summary>The refusal of an attribute with maps or lists nested deeper than DynamoDB stores.</summary>
    public static DynamoInvalidRequestException NestedTooDeep(DynamoEntityMetadata metadata, string attribute)
        => new(
            metadata.EntityName,
            attribute,
            $"maps and lists are nested deeper than DynamoDB stores: at most {NestingDepth.MaxNestedContainers} inside an item (32 levels with the item itself). Nothing was sent.")
        {
            Limit = DynamoLimit.NestingDepth,
        };

    private static bool NestedTooDeep(AttributeValue value, int depth)
    {
        if (value.M is null && value.L is null)
        {
            return false;
        }

        if (depth + 1 > NestingDepth.MaxNestedContainers)
        {
            return true;
        }

        foreach (var element in value.L ?? [])
        {
            if (NestedTooDeep(element, depth + 1))
            {
                return true;
            }
        }

        foreach (var entry in value.M ?? [])
        {
            if (NestedTooDeep(entry.Value, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The key attributes of the table and of its indexes, each once, with the limit that applies.</summary>
    public static List<KeyAttribute> KeyAttributes(DynamoTableDefinition table)
    {
        var keys = new List<KeyAttribute> { new(table.PartitionKey, null, IsSortKey: false) };
        if (table.SortKey is { } sortKey)
        {
            keys.Add(new(sortKey, null, IsSortKey: true));
        }

        foreach (var index in table.Indexes)
        {
            Add(keys, new(index.PartitionKey, index.IndexName, IsSortKey: false));
            if (index.SortKey is { } indexSortKey)
            {
                Add(keys, new(indexSortKey, index.IndexName, IsSortKey: true));
            }
        }

        return keys;

        static void Add(List<KeyAttribute> keys, KeyAttribute key)
        {
            foreach (var known in keys)
            {
                if (string.Equals(known.Definition.AttributeName, key.Definition.AttributeName, StringComparison.Ordinal))
                {
                    // One attribute keying two indexes gets the stricter limit (a sort key's).
                    if (key.IsSortKey && !known.IsSortKey)
                    {
                        keys[keys.IndexOf(known)] = key;
                    }

                    return;
                }
            }

            keys.Add(key);
        }
    }

    private static string Bytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture);

    public sealed record KeyAttribute(DynamoKeyAttributeDefinition Definition, string? IndexName, bool IsSortKey)
    {
        public string Role => (IsSortKey ? "sort key" : "partition key") + (IndexName is null ? string.Empty : $" of index '{IndexName}'");
    }
}
