using Boto3Assist.DynamoDb;

namespace Orders.Models;

/// <summary>
/// An order, stored in its customer's partition so that "the customer's orders, newest first" is one query on the
/// sort key prefix "ORDER#". gsi1 ("ORDER#o1") gathers the order and its lines; gsi2 lists orders by status and date
/// and is sparse: an order with no status yet is not in it. Unpaid orders expire through TTL.
/// </summary>
[DynamoTable("orders", EntityType = "Order")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}")]
[GsiKey("gsi1", "ORDER#{OrderId}", "ORDER")]
[GsiKey("gsi2", "STATUS#{Status}", "{OrderDate:O}")]
public sealed partial record Order
{
    public required string CustomerId { get; init; }

    public required string OrderId { get; init; }

    public DateTime OrderDate { get; init; }

    public OrderStatus? Status { get; init; }

    public decimal Total { get; init; }

    public string Currency { get; init; } = "EUR";

    public Address? DeliverTo { get; init; }

    [Ttl]
    public DateTimeOffset? ExpiresAt { get; init; }
}
