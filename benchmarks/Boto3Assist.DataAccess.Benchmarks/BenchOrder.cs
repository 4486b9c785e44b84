using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Benchmarks;

/// <summary>A typical order item (about 300 bytes), mapped by the source generator.</summary>
[DynamoTable("bench-orders", EntityType = "Order")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}")]
[GsiKey("gsi1", "STATUS#{Status}", "{OrderDate:O}")]
public sealed partial record BenchOrder
{
    public required string CustomerId { get; init; }

    public required string OrderId { get; init; }

    public DateTime OrderDate { get; init; }

    public string? Status { get; init; }

    public decimal Total { get; init; }

    public List<string> Notes { get; init; } = new();
}
