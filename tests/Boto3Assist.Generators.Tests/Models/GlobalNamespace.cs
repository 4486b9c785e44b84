using Boto3Assist.DynamoDb;

/// <summary>An entity in the global namespace.</summary>
[DynamoTable("global")]
[PartitionKey("G#{Id}")]
public partial class GlobalEntity
{
    public string Id { get; set; } = "";
}
