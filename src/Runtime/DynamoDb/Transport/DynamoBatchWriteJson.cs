using System;
using System.Collections.Generic;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The BatchWriteItem answer of the HTTP transport read for the batch writer: each unprocessed put or delete found
/// again as its entry from its key attributes alone (<see cref="DynamoBatchKeyJson"/>); the rest of an unprocessed
/// item, which DynamoDB echoes whole, is skipped, not read into a dictionary.
/// </summary>
internal static class DynamoBatchWriteJson
{
    public static DynamoBatchWritePage Read(ReadOnlySpan<byte> json, BatchChunkIndex index)
    {
        var unprocessed = new List<BatchEntry>();
        List<ConsumedCapacity>? capacity = null;
        var reader = DynamoResponseJson.Open(json);
        while (DynamoResponseJson.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("UnprocessedItems"u8))
            {
                reader.Read();
                while (DynamoResponseJson.NextProperty(ref reader))
                {
                    var table = reader.GetString()!;
                    var (partitionKey, sortKey) = index.KeyNamesOf(table);
                    reader.Read();
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        // {"PutRequest":{"Item":{...}}} or {"DeleteRequest":{"Key":{...}}}
                        while (DynamoResponseJson.NextProperty(ref reader))
                        {
                            reader.Read();
                            while (DynamoResponseJson.NextProperty(ref reader))
                            {
                                reader.Read();
                                unprocessed.Add(index[DynamoBatchKeyJson.IdentityOf(reader, table, partitionKey, sortKey)]);
                                reader.Skip();
                            }
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

        return new DynamoBatchWritePage(unprocessed, capacity);
    }
}

/// <summary>The key attributes of an item or key in DynamoDB JSON: how a batch answer is matched to its entries.</summary>
internal static class DynamoBatchKeyJson
{
    /// <summary>The key attributes of the item the reader is on (its <c>{</c>; read on a copy, the reader does not move).</summary>
    public static Dictionary<string, AttributeValue> KeyOf(Utf8JsonReader reader, string partitionKey, string? sortKey)
    {
        var (partition, sort) = KeyValues(reader, partitionKey, sortKey);
        var key = new Dictionary<string, AttributeValue>(2, StringComparer.Ordinal);
        if (partition is not null)
        {
            key[partitionKey] = partition;
        }

        if (sort is not null)
        {
            key[sortKey!] = sort;
        }

        return key;
    }

    /// <summary>
    /// The identity (table and key text, as <see cref="BatchEntry.Identity"/>) of the item the reader is on (its
    /// <c>{</c>; read on a copy): made from the key attributes' values, with no dictionary for them.
    /// </summary>
    public static string IdentityOf(Utf8JsonReader reader, string table, string partitionKey, string? sortKey)
    {
        var (partition, sort) = KeyValues(reader, partitionKey, sortKey);
        return AttributeValueText.KeyOf(table, partition is null ? null : partitionKey, partition, sort is null ? null : sortKey, sort);
    }

    // The values of the key attributes the item has (null for one it has not); the rest of the item is skipped.
    private static (AttributeValue? Partition, AttributeValue? Sort) KeyValues(Utf8JsonReader reader, string partitionKey, string? sortKey)
    {
        AttributeValue? partition = null, sort = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isPartition = reader.ValueTextEquals(partitionKey);
            var isSort = !isPartition && sortKey is not null && reader.ValueTextEquals(sortKey);
            reader.Read();
            if (!isPartition && !isSort)
            {
                reader.Skip();
                continue;
            }

            var value = DynamoItemJson.ReadValue(ref reader);
            (partition, sort) = isPartition ? (value, sort) : (partition, value);
            if (partition is not null && (sortKey is null || sort is not null))
            {
                break;
            }
        }

        return (partition, sort);
    }
}

/// <summary>A BatchWriteItem answer for the batch writer: the entries left unprocessed, the capacity.</summary>
internal sealed record DynamoBatchWritePage(List<BatchEntry> Unprocessed, List<ConsumedCapacity>? Capacity);
