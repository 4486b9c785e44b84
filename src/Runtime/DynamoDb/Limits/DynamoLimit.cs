namespace Boto3Assist.DynamoDb;

/// <summary>
/// The DynamoDB limit a request would have broken, on a <see cref="DynamoInvalidRequestException"/> thrown before
/// anything was sent (see docs/security.md, "Limits and faults").
/// </summary>
public enum DynamoLimit
{
    /// <summary>An item over 400 KB (409,600 bytes of UTF-8 attribute names and values, as DynamoDB counts them).</summary>
    ItemSize = 1,

    /// <summary>A partition key value (of the table or of an index) over 2048 bytes.</summary>
    PartitionKeySize = 2,

    /// <summary>A sort key value (of the table or of an index) over 1024 bytes.</summary>
    SortKeySize = 3,

    /// <summary>Maps and lists nested deeper than DynamoDB's 32 levels.</summary>
    NestingDepth = 4,

    /// <summary>An empty string or empty binary in a key attribute of the table or of an index.</summary>
    EmptyKeyValue = 5,
}
