using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Reads one item (the reader on its <c>{</c>, left on its <c>}</c>) into the entity it was asked for as, given its table
/// (for errors): batch gets, read transactions and item collections keep one per key, read or entity, made static.
/// </summary>
internal delegate object EntityJsonReader(ref System.Text.Json.Utf8JsonReader reader, string tableName);

/// <summary>One key of a batch, with its table, entity and how its items map back. Identity is table + key text.</summary>
internal sealed record BatchEntry(
    string TableName,
    string EntityName,
    string Operation,
    Dictionary<string, AttributeValue> Key,
    string PartitionKey,
    string? SortKey,
    WriteRequest? Write,
    long Size,
    System.Func<IReadOnlyDictionary<string, AttributeValue>, string, object>? Map)
{
    /// <summary>Table + canonical key text; computed once (it is looked up several times per item).</summary>
    public string Identity { get; } = AttributeValueText.Key(TableName, Key);

    /// <summary>
    /// Reads an item of this entry straight from DynamoDB JSON into its entity (the HTTP transport's typed batch get);
    /// <see langword="null"/> for writes. Same result as <see cref="Map"/>.
    /// </summary>
    public EntityJsonReader? ReadJson { get; init; }

    /// <summary>
    /// The item of a put as DynamoDB JSON, written from the entity when the transport sends JSON
    /// (<see cref="DynamoTransport.WritesItemJson"/>; <see cref="Write"/> is then <see langword="null"/>).
    /// </summary>
    public byte[]? ItemJson { get; init; }

    /// <summary>Why the item breaks one of DynamoDB's limits, or <see langword="null"/>: a refused item is never sent.</summary>
    public DynamoInvalidRequestException? Refusal { get; init; }

    /// <summary>What is known of this item so far: confirmed, in flight, maybe applied.</summary>
    public BatchItemProgress Progress { get; } = new();

    /// <summary>The item as the caller sees it.</summary>
    public DynamoBatchItem Item => new(TableName, EntityName, Operation, Key);

    public static Dictionary<string, AttributeValue> KeyOf<TEntity>(IReadOnlyDictionary<string, AttributeValue> item) where TEntity : IDynamoEntity<TEntity>
    {
        var table = TEntity.Metadata.Table;
        return KeyOf(item, TEntity.Metadata.EntityName, table.PartitionKey.AttributeName, table.SortKey?.AttributeName);
    }

    /// <summary>The key attributes of an item, by name.</summary>
    /// <exception cref="DynamoInvalidRequestException">A key attribute is missing.</exception>
    public static Dictionary<string, AttributeValue> KeyOf(IReadOnlyDictionary<string, AttributeValue> item, string entityName, string partitionKey, string? sortKey)
    {
        var key = new Dictionary<string, AttributeValue>(sortKey is null ? 1 : 2, System.StringComparer.Ordinal);
        Copy(partitionKey);
        if (sortKey is not null)
        {
            Copy(sortKey);
        }

        return key;

        void Copy(string name) => key[name] = item.TryGetValue(name, out var value)
            ? value
            : throw new DynamoInvalidRequestException(entityName, name, "the key attribute is missing from the item or key.");
    }

    public static string IdentityOf(string tableName, IReadOnlyDictionary<string, AttributeValue> item, string partitionKey, string? sortKey)
        => AttributeValueText.KeyOf(tableName, item, partitionKey, sortKey);
}
