namespace Boto3Assist.Generators.Tests.Infrastructure;

/// <summary>Model sources shared by baseline, compile and execution tests.</summary>
public static class TestModels
{
    public const string Orders = """
        using System;
        using System.Collections.Generic;
        using Boto3Assist.DynamoDb;

        namespace Shop;

        public enum OrderStatus { Pending, Shipped, Cancelled }

        [DynamoTable("orders", EntityType = "Order")]
        [PartitionKey("CUSTOMER#{CustomerId}")]
        [SortKey("ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}")]
        [GsiKey("gsi1", "STATUS#{Status}", "{OrderDate:O}")]
        public partial record Order
        {
            public required string CustomerId { get; init; }
            public required string OrderId { get; init; }
            public DateTime OrderDate { get; init; }
            public OrderStatus? Status { get; init; }
            [Ttl] public DateTimeOffset? ExpiresAt { get; init; }
            [DynamoVersion] public long Version { get; init; }
            public List<OrderLine> Lines { get; init; } = new();
        }

        public sealed class OrderLine
        {
            public required string Sku { get; init; }
            public int Quantity { get; init; }
            public decimal UnitPrice { get; init; }
        }
        """;
}
