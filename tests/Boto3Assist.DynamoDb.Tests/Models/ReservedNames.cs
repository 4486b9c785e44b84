namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>
/// An existing table's item whose attributes are called Metadata, Keys and Fields: the entity maps them, and the
/// generated members give way (DynamoMetadata, DynamoKeys, DynamoFields).
/// </summary>
[DynamoTable("documents")]
[PartitionKey("DOC#{Id}")]
public sealed partial record DocumentWithMetadata
{
    public required string Id { get; init; }

    public Dictionary<string, string> Metadata { get; init; } = new();

    public List<string> Keys { get; init; } = new();

    public string Fields { get; init; } = "";
}
