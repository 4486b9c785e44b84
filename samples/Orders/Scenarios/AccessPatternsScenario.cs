using Boto3Assist.DynamoDb;
using Orders.Models;

namespace Orders.Scenarios;

/// <summary>
/// The access patterns of the orders model through the generated repository methods: a customer's orders by key
/// members (newest first, by month), orders by status through the sparse status index (gsi2), and "the customer and
/// its orders" in one query, each item mapped to its own type by the discriminator; "an order with its lines" through
/// the gsi1 index collection; typed sort-key ranges that are exact at the value.
/// </summary>
public static class AccessPatternsScenario
{
    public static async Task RunAsync(SampleContext context, CancellationToken ct)
    {
        var console = context.Console;
        console.Section("Access patterns: generated repository methods over DynamoRepository<T>");
        var data = DataAccessSetup.Create(context);
        var customers = data.Repository<Customer>();
        var orders = data.Repository<Order>();

        await customers.PutAsync(new Customer { CustomerId = "ap1", Name = "Grace Hopper", Email = "grace@example.com" }, cancellationToken: ct);
        var day = new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 6; i++)
        {
            await orders.PutAsync(new Order { CustomerId = "ap1", OrderId = $"ap-o{i}", OrderDate = day.AddDays(i * 10), Status = i % 2 == 0 ? OrderStatus.Shipped : OrderStatus.Paid, Total = 10 * i }, cancellationToken: ct);
        }

        var newest = await orders.QueryAsync("ap1", DynamoSortKeyCondition.BeginsWith(Order.Keys.SortKeyPrefix()), descending: true, limit: 2, cancellationToken: ct).ToListAsync(ct);
        console.CheckEqual("ap-o5,ap-o4", string.Join(",", newest.Select(o => o.OrderId)), "the customer's two newest orders: QueryAsync(customerId, begins_with ORDER#, descending, limit 2)");

        var march = await orders.QueryAsync("ap1", DynamoSortKeyCondition.Between(Order.Keys.SortKeyPrefix(day), Order.Keys.SortKeyPrefix(day.AddDays(30))), cancellationToken: ct).ToListAsync(ct);
        console.CheckEqual("ap-o0,ap-o1,ap-o2", string.Join(",", march.Select(o => o.OrderId)), "orders between two date prefixes: the order of the last day is left out (its key continues past the prefix)");

        // A typed range over the date part of the sort key is exact at both ends: the order of March 31 is in.
        var marchInclusive = await orders.QueryAsync("ap1", Order.Keys.SortKeyBetween(day, day.AddDays(30)), cancellationToken: ct).ToListAsync(ct);
        console.CheckEqual("ap-o0,ap-o1,ap-o2,ap-o3", string.Join(",", marchInclusive.Select(o => o.OrderId)), "a typed sort-key range: Order.Keys.SortKeyBetween(March 1, March 31), both days included");
        var upToMarch11 = await orders.QueryAsync("ap1", Order.Keys.SortKeyAtMost(day.AddDays(10)), cancellationToken: ct).ToListAsync(ct);
        console.CheckEqual("ap-o0,ap-o1", string.Join(",", upToMarch11.Select(o => o.OrderId)), "... and SortKeyAtMost(March 11): the orders of that day included");

        var expensive = await orders.QueryAsync("ap1", filter: Order.Fields.Total.GreaterThanOrEqual(30m), cancellationToken: ct).ToListAsync(ct);
        console.CheckEqual(3, expensive.Count, "a typed filter: Total >= 30 (values sent as :placeholders)");

        var shipped = await orders.QueryByGsi2Async(OrderStatus.Shipped, DynamoSortKeyCondition.GreaterThanOrEqual(Order.Keys.Gsi2.SortKey(day)), cancellationToken: ct).Where(o => o.CustomerId == "ap1").ToListAsync(ct);
        console.CheckEqual("ap-o0,ap-o2,ap-o4", string.Join(",", shipped.Select(o => o.OrderId)), "orders by status through gsi2: QueryByGsi2Async(OrderStatus.Shipped)");

        var read = await orders.GetAsync("ap1", day.AddDays(10), "ap-o1", consistentRead: true, cancellationToken: ct);
        console.CheckEqual(OrderStatus.Paid, read?.Status, "GetAsync by key members (customerId, orderDate, orderId)");

        var collection = await new DynamoCollectionQuery(data, Customer.Keys.PartitionKey("ap1")).Map<Customer>().Map<Order>().Map<OrderLine>().ExecuteAsync(ct);
        console.CheckEqual("Grace Hopper", collection.Single<Customer>().Name, "the customer and its orders in one query: Single<Customer>()");
        console.CheckEqual(6, collection.OfType<Order>().Count, "... and OfType<Order>()");
        console.Line($"collection: {collection.Items.Count} items mapped, {collection.Unmapped.Count} unmapped");

        // An index collection: the order and its lines share gsi1's partition ORDER#<id>; one page, lines only or all.
        for (var line = 1; line <= 3; line++)
        {
            await data.Repository<OrderLine>().PutAsync(new OrderLine { CustomerId = "ap1", OrderId = "ap-o5", LineNumber = line, Sku = $"SKU-{line}", Quantity = line, UnitPrice = 2.5m }, cancellationToken: ct);
        }

        var orderWithLines = await new DynamoCollectionQuery(data, Order.Keys.Gsi1.PartitionKey("ap-o5")) { IndexName = Order.Keys.Gsi1.IndexName, PageSize = 10 }
            .Map<Order>().Map<OrderLine>()
            .ExecutePageAsync(cancellationToken: ct);
        console.CheckEqual("ap-o5", orderWithLines.Single<Order>().OrderId, "an order with its lines through gsi1: DynamoCollectionQuery { IndexName = gsi1 }");
        console.CheckEqual("SKU-1,SKU-2,SKU-3", string.Join(",", orderWithLines.OfType<OrderLine>().Select(l => l.Sku)), "... its lines in line-number order, in one page");

        var lastLines = await new DynamoCollectionQuery(data, Order.Keys.Gsi1.PartitionKey("ap-o5"))
        {
            IndexName = Order.Keys.Gsi1.IndexName,
            SortKey = DynamoSortKeyCondition.BeginsWith("LINE#"),
            Descending = true,
            Limit = 2,
        }.Map<Order>().Map<OrderLine>().ExecuteAsync(ct);
        console.CheckEqual("SKU-3,SKU-2", string.Join(",", lastLines.OfType<OrderLine>().Select(l => l.Sku)), "the last two lines: a sort-key condition, descending, Limit 2");
    }
}
