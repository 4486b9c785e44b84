using System;
using System.Collections.Generic;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// How the items of an item collection become entities: by the value (S) of the shared discriminator attribute, the
/// registered entity's reader, from a dictionary (the SDK transport) or straight from DynamoDB JSON (the HTTP
/// transport). An item no registered entity claims is kept as stored, as a dictionary.
/// </summary>
internal sealed class CollectionReaders(string tableName, string discriminator, IReadOnlyDictionary<string, CollectionReader> readers)
{
    /// <summary>One item from a dictionary.</summary>
    public CollectionItem Read(Dictionary<string, AttributeValue> item) =>
        item.TryGetValue(discriminator, out var type) && type.S is not null && readers.TryGetValue(type.S, out var reader)
            ? new CollectionItem(reader.Map(item), null)
            : new CollectionItem(null, item);

    /// <summary>One item from DynamoDB JSON: the reader is on its <c>{</c> and is left on its <c>}</c>.</summary>
    public CollectionItem Read(ref Utf8JsonReader json)
    {
        // The discriminator is looked up on a copy of the reader, so the item is read once, by its entity's reader.
        return DiscriminatorOf(json) is { } type && readers.TryGetValue(type, out var reader)
            ? new CollectionItem(reader.ReadJson(ref json, tableName), null)
            : new CollectionItem(null, DynamoItemJson.ReadItem(ref json));
    }

    // The S value of the discriminator among the item's top-level attributes; null when absent or of another type.
    private string? DiscriminatorOf(Utf8JsonReader json) =>
        DynamoItemJson.SeekAttribute(ref json, discriminator)
        && json.TokenType == JsonTokenType.StartObject && json.Read() && json.TokenType == JsonTokenType.PropertyName
        && json.ValueTextEquals("S"u8) && json.Read() && json.TokenType == JsonTokenType.String
            ? json.GetString()
            : null;
}

/// <summary>The readers of one registered entity of a collection.</summary>
/// <param name="Map">From a dictionary.</param>
/// <param name="ReadJson">From DynamoDB JSON (the reader on the item's <c>{</c>, left on its <c>}</c>).</param>
internal sealed record CollectionReader(Func<IReadOnlyDictionary<string, AttributeValue>, object> Map, EntityJsonReader ReadJson);

/// <summary>One item of a collection page: its entity, or the item as stored when no registered entity claims it.</summary>
internal readonly record struct CollectionItem(object? Entity, Dictionary<string, AttributeValue>? Unmapped);

/// <summary>One Query page of an item collection: its items in key order, the start key of the next page, the capacity.</summary>
internal sealed record DynamoCollectionPage(List<CollectionItem> Items, Dictionary<string, AttributeValue>? LastEvaluatedKey, ConsumedCapacity? Capacity);
