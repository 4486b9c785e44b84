using Boto3Assist.DynamoDb;

namespace Shop;

[DynamoTable("shop")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("ORDER#{Id}")]
public partial class Order
{
    public required string CustomerId { get; init; }

    public required string Id { get; init; }

    public decimal Total { get; init; }

    public string? Note { get; init; }
}
