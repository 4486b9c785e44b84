using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The entries of one batch request, found again from what DynamoDB sends back (items read, unprocessed keys or
/// writes): DynamoDB answers with keys, not with the positions of the requests.
/// </summary>
internal sealed class BatchChunkIndex
{
    private readonly Dictionary<string, BatchEntry> _byIdentity;
    private readonly Dictionary<string, (string PartitionKey, string? SortKey)> _keyNames;

    public BatchChunkIndex(IReadOnlyCollection<BatchEntry> chunk)
    {
        _byIdentity = chunk.ToDictionary(e => e.Identity, StringComparer.Ordinal);
        _keyNames = chunk.GroupBy(e => e.TableName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.First().PartitionKey, g.First().SortKey), StringComparer.Ordinal);
        Tables = _keyNames.Keys.ToArray();
    }

    /// <summary>The tables the request touches, for telemetry.</summary>
    public string[] Tables { get; }

    /// <summary>The identity (table + key text) of an item or key of <paramref name="table"/>.</summary>
    public string IdentityOf(string table, IReadOnlyDictionary<string, AttributeValue> itemOrKey)
    {
        var (partitionKey, sortKey) = _keyNames[table];
        return BatchEntry.IdentityOf(table, itemOrKey, partitionKey, sortKey);
    }

    /// <summary>The key attribute names of <paramref name="table"/>.</summary>
    public (string PartitionKey, string? SortKey) KeyNamesOf(string table) => _keyNames[table];

    /// <summary>The entry an item or key of <paramref name="table"/> came from.</summary>
    public BatchEntry EntryOf(string table, IReadOnlyDictionary<string, AttributeValue> itemOrKey) => this[IdentityOf(table, itemOrKey)];

    public BatchEntry this[string identity] => _byIdentity[identity];
}
