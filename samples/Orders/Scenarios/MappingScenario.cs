using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Orders.Models;

namespace Orders.Scenarios;

/// <summary>
/// Generated mapping end to end: write a customer, two orders and their lines with <c>ToItem()</c>, read them back with
/// <c>ToKey()</c> and <c>FromItem</c>, look at the stored keys, and query the table and both indexes with the generated
/// key builders.
/// </summary>
public static class MappingScenario
{
    public static async Task RunAsync(SampleContext context, CancellationToken ct)
    {
        var console = context.Console;
        var customer = new Customer
        {
            CustomerId = "c1",
            Name = "Ada Lovelace",
            Email = "ada@example.com",
            ShippingAddress = new Address("12 St James's Square", "London", "SW1Y 4JH", "GB"),
            CreatedAt = new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero),
            Tags = ["vip", "newsletter"],
            Preferences = new() { ["language"] = "en-GB", ["currency"] = "GBP" },
        };
        var paid = new Order
        {
            CustomerId = "c1",
            OrderId = "o1",
            OrderDate = new DateTime(2024, 5, 2, 14, 5, 0, DateTimeKind.Utc),
            Status = OrderStatus.Paid,
            Total = 1234.56m,
            Currency = "GBP",
            DeliverTo = customer.ShippingAddress,
        };
        // A draft: no status yet (so not in the status index) and it expires through TTL unless paid.
        var draft = new Order
        {
            CustomerId = "c1",
            OrderId = "o2",
            OrderDate = new DateTime(2024, 6, 1, 8, 0, 0, DateTimeKind.Utc),
            Status = null,
            Total = 0.1m,
            Currency = "GBP",
            ExpiresAt = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        OrderLine[] lines =
        [
            new() { CustomerId = "c1", OrderId = "o1", LineNumber = 1, Sku = "ENGINE-01", Description = "Analytical Engine", Quantity = 1, UnitPrice = 1200m, Options = ["brass", "steam"] },
            new() { CustomerId = "c1", OrderId = "o1", LineNumber = 2, Sku = "CARD-100", Description = "Punched cards (100)", Quantity = 3, UnitPrice = 11.52m },
            new() { CustomerId = "c1", OrderId = "o2", LineNumber = 1, Sku = "CARD-100", Description = "Punched cards (100)", Quantity = 1, UnitPrice = 0.1m },
        ];

        console.Section("Mapping: write with ToItem(), read back with ToKey() + FromItem");
        await context.PutAsync(customer, ct);
        await context.PutAsync(paid, ct);
        await context.PutAsync(draft, ct);
        foreach (var line in lines)
        {
            await context.PutAsync(line, ct);
        }

        console.Line($"wrote 1 customer, 2 orders, {lines.Length} order lines to '{context.TableName}'");

        var storedCustomer = await RoundTripAsync(context, customer, ct);
        if (storedCustomer is not null)
        {
            console.CheckEqual("CUSTOMER#c1", storedCustomer["pk"].S, "customer pk is CUSTOMER#<id>");
            console.CheckEqual("PROFILE", storedCustomer["sk"].S, "customer sk is the constant PROFILE");
            console.CheckEqual("EMAIL#ada@example.com", storedCustomer.GetValueOrDefault("gsi1_pk")?.S, "customer is findable by e-mail in gsi1");
            console.CheckEqual("Customer", storedCustomer.GetValueOrDefault("_type")?.S, "discriminator _type = Customer");
        }

        var storedPaid = await RoundTripAsync(context, paid, ct);
        if (storedPaid is not null)
        {
            console.CheckEqual(Order.Keys.SortKey(paid.OrderDate, paid.OrderId), storedPaid["sk"].S, "order sk is ORDER#<date>#<id>");
            console.CheckEqual("STATUS#Paid", storedPaid.GetValueOrDefault("gsi2_pk")?.S, "paid order is in the status index (gsi2)");
            console.Check(!storedPaid.ContainsKey("ExpiresAt"), "paid order has no TTL attribute (null members are left out)");
        }

        var storedDraft = await RoundTripAsync(context, draft, ct);
        if (storedDraft is not null)
        {
            console.Check(!storedDraft.ContainsKey("gsi2_pk") && !storedDraft.ContainsKey("gsi2_sk"), "draft order (no status) is absent from gsi2: a sparse index");
            var ttl = storedDraft.GetValueOrDefault("ExpiresAt");
            console.CheckEqual(
                draft.ExpiresAt!.Value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                ttl?.N,
                "draft order TTL is a Number of epoch seconds");
        }

        foreach (var line in lines)
        {
            await RoundTripAsync(context, line, ct);
        }

        console.Section("Queries with the generated key builders");
        var customerOrders = await context.QueryAllAsync(SortKeyBeginsWith(Customer.Keys.PartitionKey("c1"), Order.Keys.SortKeyPrefix(), newestFirst: true), ct);
        var orders = customerOrders.Select(Order.FromItem).ToList();
        console.Line($"orders of c1 (sk begins_with \"{Order.Keys.SortKeyPrefix()}\", newest first):");
        foreach (var order in orders)
        {
            console.Line("  " + Describe(order));
        }

        console.CheckEqual("o2,o1", string.Join(",", orders.Select(o => o.OrderId)), "the customer's orders, newest first");

        var mayOrders = await context.QueryAllAsync(SortKeyBeginsWith(Customer.Keys.PartitionKey("c1"), "ORDER#2024-05-"), ct);
        console.CheckEqual("o1", string.Join(",", mayOrders.Select(i => Order.FromItem(i).OrderId)), "orders of May 2024 by sort key prefix ORDER#2024-05-");

        var orderWithLines = await context.QueryAllAsync(
            new QueryRequest
            {
                IndexName = Order.Keys.Gsi1.IndexName,
                KeyConditionExpression = "gsi1_pk = :pk",
                ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = Order.Keys.Gsi1.PartitionKey("o1") } },
            },
            ct);
        console.Line($"order o1 with its lines (gsi1, {Order.Keys.Gsi1.PartitionKey("o1")}), dispatched on _type:");
        var types = new List<string>();
        foreach (var item in orderWithLines)
        {
            var type = item.GetValueOrDefault("_type")?.S ?? "?";
            types.Add(type);
            console.Line("  " + type switch
            {
                "Order" => Describe(Order.FromItem(item)),
                "OrderLine" => Describe(OrderLine.FromItem(item)),
                _ => "unexpected item " + ItemText.Format(item),
            });
        }

        console.CheckEqual("OrderLine,OrderLine,Order", string.Join(",", types), "one gsi1 query returns the lines in line order, then the order");

        var lineItems = await context.QueryAllAsync(SortKeyBeginsWith(OrderLine.Keys.PartitionKey("c1"), OrderLine.Keys.SortKeyPrefix("o2")), ct);
        console.CheckEqual("o2#1", string.Join(",", lineItems.Select(OrderLine.FromItem).Select(l => $"{l.OrderId}#{l.LineNumber}")), $"lines of o2 by sort key prefix {OrderLine.Keys.SortKeyPrefix("o2")}");

        var paidOrders = await context.QueryAllAsync(
            new QueryRequest
            {
                IndexName = Order.Keys.Gsi2.IndexName,
                KeyConditionExpression = "gsi2_pk = :pk",
                ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = Order.Keys.Gsi2.PartitionKey(OrderStatus.Paid) } },
            },
            ct);
        console.CheckEqual("o1", string.Join(",", paidOrders.Select(i => Order.FromItem(i).OrderId)), $"paid orders through gsi2 ({Order.Keys.Gsi2.PartitionKey(OrderStatus.Paid)}); the draft is not indexed");
    }

    // One partition, sort keys starting with a prefix built by the generated Keys.*SortKeyPrefix methods.
    private static QueryRequest SortKeyBeginsWith(string partitionKey, string sortKeyPrefix, bool newestFirst = false) => new()
    {
        KeyConditionExpression = "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues = new()
        {
            [":pk"] = new AttributeValue { S = partitionKey },
            [":prefix"] = new AttributeValue { S = sortKeyPrefix },
        },
        ScanIndexForward = !newestFirst,
    };

    // Put already happened; read back by the generated key, compare everything, and show the stored item.
    private static async Task<Dictionary<string, AttributeValue>?> RoundTripAsync<T>(SampleContext context, T entity, CancellationToken ct)
        where T : IDynamoEntity<T>
    {
        var console = context.Console;
        var stored = await context.GetRawAsync(entity.ToKey(), ct);
        var name = T.Metadata.EntityName;
        if (!console.Check(stored is not null, $"{name} found by ToKey() {ItemText.Format(entity.ToKey())}"))
        {
            return null;
        }

        console.Line($"stored {name} item:");
        foreach (var line in ItemText.Lines(stored!))
        {
            console.Line("    " + line);
        }

        var written = entity.ToItem();
        var readBack = T.FromItem(stored!).ToItem();
        console.Check(
            ItemEquality.Same(written, stored!) && ItemEquality.Same(written, readBack),
            $"{name} read back equals what was written",
            ItemText.Format(written),
            $"differs in {string.Join(", ", ItemEquality.Differences(written, readBack).Union(ItemEquality.Differences(written, stored!)))}");
        return stored;
    }

    private static string Describe(Order order)
        => $"Order {order.OrderId} of {order.OrderDate:yyyy-MM-dd HH:mm}Z  {order.Status?.ToString() ?? "(draft)",-8} {order.Total.ToString("0.00", CultureInfo.InvariantCulture)} {order.Currency}"
           + (order.ExpiresAt is { } expires ? $"  expires {expires:yyyy-MM-dd}" : "");

    private static string Describe(OrderLine line)
        => $"Line {line.LineNumber} {line.Sku,-10} {line.Quantity} x {line.UnitPrice.ToString("0.00", CultureInfo.InvariantCulture)}  {line.Description}"
           + (line.Options.Count > 0 ? $"  [{string.Join(", ", line.Options)}]" : "");
}
