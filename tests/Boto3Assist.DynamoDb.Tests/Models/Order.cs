namespace Boto3Assist.DynamoDb.Tests.Models;

public enum OrderStatus
{
    Placed,
    Paid,
    Shipped,
}

/// <summary>The contract's example: templated keys with a format, a sparse GSI, a TTL as DateTimeOffset?, a discriminator.</summary>
[DynamoTable("orders", EntityType = "Order")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}")]
[GsiKey("gsi1", "STATUS#{Status}", "{OrderDate:O}")]
public sealed partial record Order
{
    public required string CustomerId { get; init; }

    public required string OrderId { get; init; }

    public DateTime OrderDate { get; init; }

    public OrderStatus? Status { get; init; }

    [Ttl]
    public DateTimeOffset? ExpiresAt { get; init; }

    public decimal Total { get; init; }

    public List<OrderLine> Lines { get; init; } = new();
}

/// <summary>Nested in <see cref="Order"/> (M in an L).</summary>
public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);

/// <summary>A second entity in the "orders" table, with its own index on another GSI and keys sharing the customer partition.</summary>
[DynamoTable("orders")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("PROFILE")]
[GsiKey("by-email", "EMAIL#{Email}", PartitionKeyAttributeName = "email_pk")]
public sealed partial record CustomerProfile
{
    public required string CustomerId { get; init; }

    public required string Email { get; init; }

    public string? DisplayName { get; init; }
}
