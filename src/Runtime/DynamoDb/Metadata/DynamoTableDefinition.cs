using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>The shape of a table as one entity sees it: key schema, indexes and TTL attribute, and its operational settings.</summary>
/// <param name="TableName">The table name declared on the entity (overridable at run time).</param>
/// <param name="PartitionKey">The table partition key.</param>
/// <param name="SortKey">The table sort key, if any.</param>
/// <param name="Indexes">The secondary indexes, global and local.</param>
/// <param name="TimeToLiveAttribute">The TTL attribute name, if any.</param>
public sealed record DynamoTableDefinition(
    string TableName,
    DynamoKeyAttributeDefinition PartitionKey,
    DynamoKeyAttributeDefinition? SortKey,
    IReadOnlyList<DynamoIndexDefinition> Indexes,
    string? TimeToLiveAttribute)
{
    /// <summary>
    /// Billing, capacity, recovery, protection, class, stream and tags (operational, so never generated: set per
    /// environment in <see cref="DynamoDataAccessOptions.TableSettings"/> or with <c>definition with { Settings = ... }</c>).
    /// <see langword="null"/> means on-demand, standard class, no stream, nothing else.
    /// </summary>
    public DynamoTableSettings? Settings { get; init; }
}
