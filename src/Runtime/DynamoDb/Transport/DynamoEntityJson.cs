using System;
using System.Collections.Generic;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The typed fast path of the HTTP transport: items of a response read straight into <typeparamref name="TEntity"/>
/// with <see cref="IDynamoEntity{TSelf}.FromItemJson"/>, after the same discriminator check as
/// <see cref="DynamoTypedRead{TEntity}"/> (an item whose discriminator names another type is refused with
/// <see cref="DynamoEntityTypeMismatchException"/>). The check looks ahead on a copy of the reader, so an item is read
/// once; only a refused item is read again, into a dictionary, for the error's key.
/// </summary>
internal static class DynamoEntityJson<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    /// <summary>GetItem: the entity, or default when the answer has no item.</summary>
    public static DynamoEntityResult<TEntity> GetItem(ReadOnlySpan<byte> json, string tableName) => One(json, tableName, "Item"u8);

    /// <summary>UpdateItem or DeleteItem asked for the item's values: the entity, or default when the answer has none.</summary>
    public static DynamoEntityResult<TEntity> Attributes(ReadOnlySpan<byte> json, string tableName) => One(json, tableName, "Attributes"u8);

    // The entity held by the answer's field of this name, and the capacity; the other fields are skipped.
    private static DynamoEntityResult<TEntity> One(ReadOnlySpan<byte> json, string tableName, ReadOnlySpan<byte> field)
    {
        TEntity? entity = default;
        ConsumedCapacity? capacity = null;
        var reader = DynamoResponseJson.Open(json);
        while (DynamoResponseJson.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(field))
            {
                reader.Read();
                entity = ReadOne(ref reader, tableName);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                capacity = DynamoResponseJson.Capacity(ref reader);
            }
            else
            {
                DynamoResponseJson.Skip(ref reader);
            }
        }

        return new DynamoEntityResult<TEntity>(entity, capacity);
    }

    /// <summary>A Query or Scan page: the entities, the start key of the next page, the capacity.</summary>
    public static DynamoEntityPage<TEntity> Page(ReadOnlySpan<byte> json, string tableName)
    {
        var (items, last, capacity) = DynamoPageJson.Read(json, tableName, static (ref Utf8JsonReader reader, string table) => ReadOne(ref reader, table)!);
        return new DynamoEntityPage<TEntity>(items, last, capacity);
    }

    /// <summary>
    /// One item as the entity; the reader is on the item's <c>{</c> and is left on its <c>}</c>. An empty item
    /// (<c>{}</c>, what GetItem of a projection on absent attributes gives) is no entity, as on the SDK path.
    /// </summary>
    public static TEntity? ReadOne(ref Utf8JsonReader reader, string tableName)
    {
        var probe = reader;
        if (probe.Read() && probe.TokenType == JsonTokenType.EndObject)
        {
            reader = probe;
            return default;
        }

        var metadata = TEntity.Metadata;
        if (metadata.DiscriminatorAttribute is { } attribute && metadata.EntityType is { } type && NamesOtherType(reader, attribute, type))
        {
            var copy = reader;
            throw DynamoTypedRead<TEntity>.Mismatch(DynamoItemJson.ReadItem(ref copy), tableName);
        }

        return TEntity.FromItemJson(ref reader);
    }

    // Looks through the item's top-level attributes (on a copy) for the discriminator: true when it is there and names
    // another type. Compares the UTF-8 text in place: nothing is allocated for the item's own type.
    private static bool NamesOtherType(Utf8JsonReader reader, string attribute, string type)
    {
        if (!DynamoItemJson.SeekAttribute(ref reader, attribute))
        {
            return false;
        }

        // {"S":"Order"} (or N): a value of any other shape cannot name this type.
        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            return true;
        }

        var isText = reader.ValueTextEquals("S"u8) || reader.ValueTextEquals("N"u8);
        return !isText || !reader.Read() || reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(type);
    }
}

/// <summary>
/// The typed BatchGetItem of the HTTP transport: the items of a mixed batch (several entities, several tables) read
/// straight into the entity each key was requested as. The key attributes are read first on a copy of the reader, to
/// find the entry the item answers; then the entry's reader reads the item once.
/// </summary>
internal static class DynamoBatchGetJson
{
    public static DynamoBatchGetPage Read(ReadOnlySpan<byte> json, BatchChunkIndex index)
    {
        var found = new List<(string Identity, object Entity)>();
        Dictionary<string, KeysAndAttributes>? unprocessed = null;
        List<ConsumedCapacity>? capacity = null;
        var reader = DynamoResponseJson.Open(json);
        while (DynamoResponseJson.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Responses"u8))
            {
                reader.Read();
                while (DynamoResponseJson.NextProperty(ref reader))
                {
                    var table = reader.GetString()!;
                    var (partitionKey, sortKey) = index.KeyNamesOf(table);
                    reader.Read();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var entry = index[DynamoBatchKeyJson.IdentityOf(reader, table, partitionKey, sortKey)];
                        found.Add((entry.Identity, entry.ReadJson!(ref reader, entry.TableName)));
                    }
                }
            }
            else if (reader.ValueTextEquals("UnprocessedKeys"u8))
            {
                unprocessed = DynamoResponseJson.UnprocessedKeys(ref reader);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                capacity = DynamoResponseJson.Capacities(ref reader);
            }
            else
            {
                DynamoResponseJson.Skip(ref reader);
            }
        }

        return new DynamoBatchGetPage(found, unprocessed, capacity);
    }
}

/// <summary>
/// A Query page of an item collection on the HTTP transport: each item read straight into the entity its discriminator
/// names (<see cref="CollectionReaders"/>), or kept as stored.
/// </summary>
internal static class DynamoCollectionJson
{
    public static DynamoCollectionPage Page(ReadOnlySpan<byte> json, CollectionReaders readers)
    {
        var (items, last, capacity) = DynamoPageJson.Read(json, readers, static (ref Utf8JsonReader reader, CollectionReaders r) => r.Read(ref reader));
        return new DynamoCollectionPage(items, last, capacity);
    }
}

/// <summary>
/// The fields of a Query or Scan answer: its items, each read by <c>read</c> (the reader on the item's <c>{</c>, left on
/// its <c>}</c>), the start key of the next page and the capacity; other fields are skipped.
/// </summary>
internal static class DynamoPageJson
{
    public delegate T ItemReader<TState, T>(ref Utf8JsonReader reader, TState state);

    public static (List<T> Items, Dictionary<string, AttributeValue>? LastEvaluatedKey, ConsumedCapacity? Capacity) Read<TState, T>(
        ReadOnlySpan<byte> json, TState state, ItemReader<TState, T> read)
    {
        var items = new List<T>();
        Dictionary<string, AttributeValue>? last = null;
        ConsumedCapacity? capacity = null;
        var reader = DynamoResponseJson.Open(json);
        while (DynamoResponseJson.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Items"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(read(ref reader, state));
                }
            }
            else if (reader.ValueTextEquals("LastEvaluatedKey"u8))
            {
                reader.Read();
                last = DynamoItemJson.ReadItem(ref reader);
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                capacity = DynamoResponseJson.Capacity(ref reader);
            }
            else
            {
                DynamoResponseJson.Skip(ref reader);
            }
        }

        return (items, last, capacity);
    }
}

/// <summary>
/// The typed TransactGetItems of the HTTP transport: the answer's items, by position, read straight into the entity each
/// read asked for (an empty slot, <c>{}</c>, is no item).
/// </summary>
internal static class DynamoTransactGetJson
{
    public static DynamoTransactGetPage Read(ReadOnlySpan<byte> json, IReadOnlyList<TransactGetRead> reads)
    {
        var items = new object?[reads.Count];
        List<ConsumedCapacity>? capacity = null;
        var reader = DynamoResponseJson.Open(json);
        while (DynamoResponseJson.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("Responses"u8))
            {
                reader.Read();
                for (var i = 0; reader.Read() && reader.TokenType == JsonTokenType.StartObject; i++)
                {
                    while (DynamoResponseJson.NextProperty(ref reader))
                    {
                        if (i < items.Length && reader.ValueTextEquals("Item"u8))
                        {
                            reader.Read();
                            items[i] = reads[i].ReadJson(ref reader, reads[i].TableName);
                        }
                        else
                        {
                            DynamoResponseJson.Skip(ref reader);
                        }
                    }
                }
            }
            else if (reader.ValueTextEquals("ConsumedCapacity"u8))
            {
                reader.Read();
                capacity = DynamoResponseJson.Capacities(ref reader);
            }
            else
            {
                DynamoResponseJson.Skip(ref reader);
            }
        }

        return new DynamoTransactGetPage(items, capacity);
    }
}

/// <summary>A typed answer of one item (GetItem, or UpdateItem and DeleteItem returning the item's values).</summary>
internal readonly record struct DynamoEntityResult<TEntity>(TEntity? Entity, ConsumedCapacity? Capacity);

/// <summary>A typed Query or Scan page.</summary>
internal sealed record DynamoEntityPage<TEntity>(List<TEntity> Items, Dictionary<string, AttributeValue>? LastEvaluatedKey, ConsumedCapacity? Capacity);

/// <summary>A BatchGetItem answer with its items read as entities: (entry identity, entity), unprocessed keys, capacity.</summary>
internal sealed record DynamoBatchGetPage(List<(string Identity, object Entity)> Found, Dictionary<string, KeysAndAttributes>? UnprocessedKeys, List<ConsumedCapacity>? Capacity);
