using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DataAccess.Tests.Entities;

/// <summary>
/// Hand-written exactly as the generator emits an entity (docs/generated-api.md), on purpose: it pins the
/// IDynamoEntity contract independently of the generator, and lets the reindexer tests change its key format at run
/// time ("after a template change"). Customer and Product, and Generated/ShopModels.cs, are generated. Table "shop", pk "CUSTOMER#{CustomerId}", sk
/// "ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}", gsi1 "STATUS#{Status}" / "{OrderDate:O}" (sparse when Status is null),
/// TTL ExpiresAt, version, discriminator "Order".
/// </summary>
public sealed partial record Order : IDynamoEntity<Order>
{
    public required string CustomerId { get; init; }
    public required string OrderId { get; init; }
    public DateTime OrderDate { get; init; }
    public string? Status { get; init; }
    public decimal Total { get; init; }
    public List<string>? Notes { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public long Version { get; init; }

    /// <summary>Lets the reindexer tests change the key templates at run time ("after a template change").</summary>
    internal static string SortKeyFormat { get; set; } = "yyyy-MM-dd";

    private static readonly DynamoKeyAttributeDefinition Pk = new("pk", DynamoKeyType.String, "CUSTOMER#{CustomerId}", ["CustomerId"]);
    private static readonly DynamoKeyAttributeDefinition Sk = new("sk", DynamoKeyType.String, "ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}", ["OrderDate", "OrderId"]);
    private static readonly DynamoIndexDefinition Gsi1 = new("gsi1", new("gsi1_pk", DynamoKeyType.String, "STATUS#{Status}", ["Status"]), new("gsi1_sk", DynamoKeyType.String, "{OrderDate:O}", ["OrderDate"]));
    private static readonly DynamoIndexDefinition Lsi1 = new("lsi1", Pk, new("lsi1_sk", DynamoKeyType.String, "TOTAL#{Total:0000000.00}", ["Total"]), IsLocal: true);

    public static DynamoEntityMetadata Metadata { get; } = new(
        "Order",
        "Order",
        "_type",
        new DynamoTableDefinition("shop", Pk, Sk, [Gsi1, Lsi1], "expires_at"),
        [
            new("CustomerId", "CustomerId", true),
            new("OrderId", "OrderId", true),
            new("OrderDate", "OrderDate", true),
            new("Status", "Status", false),
            new("Total", "Total", false),
            new("Notes", "Notes", false),
            new("ExpiresAt", "expires_at", false),
            new("Version", "Version", false),
        ],
        "Version");

    public static class Keys
    {
        public static string PartitionKey(string customerId) => "CUSTOMER#" + customerId;
        public static string SortKey(DateTime orderDate, string orderId) => "ORDER#" + orderDate.ToString(SortKeyFormat, CultureInfo.InvariantCulture) + "#" + orderId;
        public static string SortKeyPrefix() => "ORDER#";
        public static string SortKeyPrefix(DateTime orderDate) => "ORDER#" + orderDate.ToString(SortKeyFormat, CultureInfo.InvariantCulture) + "#";
        public static Dictionary<string, AttributeValue> PrimaryKey(string customerId, DateTime orderDate, string orderId) => new()
        {
            ["pk"] = new AttributeValue { S = PartitionKey(customerId) },
            ["sk"] = new AttributeValue { S = SortKey(orderDate, orderId) },
        };

        public static class Lsi1
        {
            public const string IndexName = "lsi1";
            public static string SortKey(decimal total) => "TOTAL#" + total.ToString("0000000.00", CultureInfo.InvariantCulture);
        }

        public static class Gsi1
        {
            public const string IndexName = "gsi1";
            public static string PartitionKey(string status) => "STATUS#" + status;
            public static string SortKey(DateTime orderDate) => DateTime.SpecifyKind(orderDate, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
        }
    }

    public static class Fields
    {
        public static readonly DynamoField<Order, string> CustomerId = new("CustomerId", "CustomerId", AttributeValueWriter.String);
        public static readonly DynamoField<Order, string> OrderId = new("OrderId", "OrderId", AttributeValueWriter.String);
        public static readonly DynamoField<Order, string?> Status = new("Status", "Status", v => AttributeValueWriter.String(v!));
        public static readonly DynamoField<Order, decimal> Total = new("Total", "Total", AttributeValueWriter.Decimal);
        public static readonly DynamoField<Order, List<string>?> Notes = new("Notes", "Notes", v => new AttributeValue { L = v!.Select(AttributeValueWriter.String).ToList() });
        public static readonly DynamoField<Order, DateTimeOffset?> ExpiresAt = new("ExpiresAt", "expires_at", v => AttributeValueWriter.EpochSeconds(v!.Value));
    }

    public Dictionary<string, AttributeValue> ToItem()
    {
        var item = ToKey();
        item["_type"] = new AttributeValue { S = "Order" };
        item["CustomerId"] = AttributeValueWriter.String(CustomerId);
        item["OrderId"] = AttributeValueWriter.String(OrderId);
        item["OrderDate"] = AttributeValueWriter.DateTime(OrderDate);
        if (Status is not null)
        {
            item["Status"] = AttributeValueWriter.String(Status);
            item["gsi1_pk"] = new AttributeValue { S = Keys.Gsi1.PartitionKey(Status) };
            item["gsi1_sk"] = new AttributeValue { S = Keys.Gsi1.SortKey(OrderDate) };
        }

        item["Total"] = AttributeValueWriter.Decimal(Total);
        item["lsi1_sk"] = new AttributeValue { S = Keys.Lsi1.SortKey(Total) };
        if (Notes is not null)
        {
            item["Notes"] = new AttributeValue { L = Notes.Select(AttributeValueWriter.String).ToList() };
        }

        if (ExpiresAt is { } expires)
        {
            item["expires_at"] = AttributeValueWriter.EpochSeconds(expires);
        }

        item["Version"] = AttributeValueWriter.Integer(Version);
        return item;
    }

    public Dictionary<string, AttributeValue> ToKey() => Keys.PrimaryKey(CustomerId, OrderDate, OrderId);

    public static Order FromItem(IReadOnlyDictionary<string, AttributeValue> item) => new()
    {
        CustomerId = AttributeValueReader.TryGet(item, "CustomerId", out var id) ? AttributeValueReader.String(id, "Order", "CustomerId") : throw new DynamoMappingException("Order", "CustomerId", "S", "nothing"),
        OrderId = AttributeValueReader.TryGet(item, "OrderId", out var orderId) ? AttributeValueReader.String(orderId, "Order", "OrderId") : throw new DynamoMappingException("Order", "OrderId", "S", "nothing"),
        OrderDate = AttributeValueReader.TryGet(item, "OrderDate", out var date) ? AttributeValueReader.DateTime(date, "Order", "OrderDate") : throw new DynamoMappingException("Order", "OrderDate", "S", "nothing"),
        Status = AttributeValueReader.TryGet(item, "Status", out var status) ? AttributeValueReader.String(status, "Order", "Status") : null,
        Total = AttributeValueReader.TryGet(item, "Total", out var total) ? AttributeValueReader.Number<decimal>(total, "Order", "Total") : 0m,
        Notes = AttributeValueReader.TryGet(item, "Notes", out var notes) ? AttributeValueReader.List(notes, "Order", "Notes", v => AttributeValueReader.String(v, "Order", "Notes")) : null,
        ExpiresAt = AttributeValueReader.TryGet(item, "expires_at", out var expires) ? AttributeValueReader.EpochSeconds(expires, "Order", "expires_at") : null,
        Version = AttributeValueReader.TryGet(item, "Version", out var version) ? long.Parse(version.N, CultureInfo.InvariantCulture) : 0,
    };
}
