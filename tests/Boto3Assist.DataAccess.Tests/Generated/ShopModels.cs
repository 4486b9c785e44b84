using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Generated;

public enum ShopOrderStatus
{
    New,
    Paid,
    Shipped,
}

/// <summary>A customer, mapped by the source generator (not by hand).</summary>
[DynamoTable("genshop", EntityType = "Customer")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("PROFILE")]
public sealed partial record ShopCustomer
{
    public required string CustomerId { get; init; }

    public required string Name { get; init; }

    public int OrderCount { get; init; }

    [DynamoVersion]
    public long Version { get; init; }
}

/// <summary>An order in its customer's partition; gsi1 lists orders by status (sparse when no status).</summary>
[DynamoTable("genshop", EntityType = "Order")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}")]
[GsiKey("gsi1", "STATUS#{Status}", "{OrderDate:O}")]
public sealed partial record ShopOrder
{
    public required string CustomerId { get; init; }

    public required string OrderId { get; init; }

    public DateTime OrderDate { get; init; }

    public ShopOrderStatus? Status { get; init; }

    public decimal Total { get; init; }

    public List<string> Notes { get; init; } = new();

    [Ttl]
    public DateTimeOffset? ExpiresAt { get; init; }

    [DynamoVersion]
    public long Version { get; init; }
}

/// <summary>An internal entity: its generated repository extensions must stay internal (a public class could not expose it).</summary>
[DynamoTable("genshop", EntityType = "Note")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("NOTE#{NoteId}")]
internal sealed partial record ShopNote
{
    public required string CustomerId { get; init; }

    public required string NoteId { get; init; }

    public string Text { get; init; } = string.Empty;
}
