using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Entities;

/// <summary>Mapped by the source generator: table "products", the partition key is the member Sku itself, no sort key, no version, no discriminator.</summary>
[DynamoTable("products", WriteEntityType = false)]
public sealed partial record Product
{
    [PartitionKey]
    public required string Sku { get; init; }

    public string? Title { get; init; }

    public string? Payload { get; init; }

    public int Stock { get; init; }

    /// <summary>The primary key of a product (shorthand for the generated <c>Keys.PrimaryKey</c>).</summary>
    public static Dictionary<string, AttributeValue> Key(string sku) => Keys.PrimaryKey(sku);
}
