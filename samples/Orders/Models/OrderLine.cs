using Boto3Assist.DynamoDb;

namespace Orders.Models;

/// <summary>
/// One line of an order. It lives in the customer's partition too (so a customer's data moves together) and joins
/// its order in gsi1 ("ORDER#o1" / "LINE#001"): one query returns the order and all its lines, in line order thanks
/// to the fixed-width line number.
/// </summary>
[DynamoTable("orders", EntityType = "OrderLine")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("LINE#{OrderId}#{LineNumber:D3}")]
[GsiKey("gsi1", "ORDER#{OrderId}", "LINE#{LineNumber:D3}")]
public sealed partial record OrderLine
{
    public required string CustomerId { get; init; }

    public required string OrderId { get; init; }

    public int LineNumber { get; init; }

    public required string Sku { get; init; }

    public string Description { get; init; } = "";

    public int Quantity { get; init; }

    public decimal UnitPrice { get; init; }

    public List<string> Options { get; init; } = new();
}
