namespace Boto3Assist.DynamoDb;

/// <summary>A secondary index of a table.</summary>
/// <param name="IndexName">The index name.</param>
/// <param name="PartitionKey">The index partition key (for an LSI, the table's).</param>
/// <param name="SortKey">The index sort key, if any.</param>
/// <param name="IsLocal"><see langword="true"/> for a local secondary index.</param>
public sealed record DynamoIndexDefinition(
    string IndexName,
    DynamoKeyAttributeDefinition PartitionKey,
    DynamoKeyAttributeDefinition? SortKey,
    bool IsLocal = false);
