using Boto3Assist.DynamoDb;
using Shop;

var order = new Order
{
    CustomerId = "c1",
    OrderId = "o1",
    OrderDate = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc),
    Total = 12.5m,
};
var item = order.ToItem();
Console.WriteLine($"pk={item["pk"].S}");
Console.WriteLine($"sk={item["sk"].S}");
Console.WriteLine($"prefix={Order.Keys.SortKeyPrefix(order.OrderDate)}");
Console.WriteLine($"table={TableOf<Order>()}");
Console.WriteLine(Order.FromItem(item) == order ? "roundtrip=ok" : "roundtrip=mismatch");

static string TableOf<T>() where T : IDynamoEntity<T> => T.Metadata.Table.TableName;

namespace Shop
{
    [DynamoTable("shop")]
    [PartitionKey("CUSTOMER#{CustomerId}")]
    [SortKey("ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}")]
    public partial record Order
    {
        public required string CustomerId { get; init; }

        public required string OrderId { get; init; }

        public DateTime OrderDate { get; init; }

        public decimal Total { get; init; }
    }
}
