using Boto3Assist.DynamoDb;

namespace OrderWorker.Models;

/// <summary>
/// A processed order as stored in DynamoDB, mapped by generated code (ToItem/FromItem, Keys). Its partition holds the
/// order; gsi1 lists a customer's orders by processing time.
/// </summary>
[DynamoTable("order-worker", EntityType = "ProcessedOrder")]
[PartitionKey("ORDER#{OrderId}")]
[SortKey("STATE")]
[GsiKey("gsi1", "CUSTOMER#{CustomerId}", "{ProcessedAt:O}")]
public sealed partial record ProcessedOrder
{
    public required string OrderId { get; init; }

    public required string CustomerId { get; init; }

    public decimal Total { get; init; }

    public int ItemCount { get; init; }

    public DateTimeOffset PlacedAt { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }

    public required string ReceiptKey { get; init; }

    public List<string> Skus { get; init; } = new();
}
