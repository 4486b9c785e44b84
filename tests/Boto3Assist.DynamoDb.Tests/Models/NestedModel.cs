namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>Nested classes and records, several levels deep.</summary>
[DynamoTable("nested")]
[PartitionKey("NESTED#{Id}")]
public sealed partial class NestedModel
{
    public required string Id { get; set; }

    public Address Home { get; set; } = new("", "", null);

    public GeoPoint? Location { get; set; }

    public Dimensions? Size { get; set; }
}
