using Boto3Assist.DynamoDb;

namespace Boto3Assist.Generators.Tests.Models;

public enum OrderStatus { Pending, Shipped, Cancelled }

/// <summary>Single-table design: template keys, a sparse GSI, TTL, version, a nested list.</summary>
[DynamoTable("orders", EntityType = "Order")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}")]
[GsiKey("gsi1", "STATUS#{Status}", "{OrderDate:O}")]
[GsiKey("by-customer-total", "CUST#{CustomerId}", "TOTAL#{Total:000000.00}#{OrderId}", PartitionKeyAttributeName = "gsi2pk", SortKeyAttributeName = "gsi2sk")]
[LsiKey("by-total", "{Total:000000.00}")]
public partial record Order
{
    public required string CustomerId { get; init; }
    public required string OrderId { get; init; }
    public DateTime OrderDate { get; init; }
    public OrderStatus? Status { get; init; }
    public decimal Total { get; init; }
    [Ttl] public DateTimeOffset? ExpiresAt { get; init; }
    [DynamoVersion] public long Version { get; init; }
    public List<OrderLine> Lines { get; init; } = new();
}

public sealed record OrderLine
{
    public required string Sku { get; init; }
    public int Quantity { get; init; }
    public decimal UnitPrice { get; init; }
}
