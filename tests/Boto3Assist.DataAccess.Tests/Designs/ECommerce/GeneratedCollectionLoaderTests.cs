using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ECommerce;

/// <summary>
/// The loaders generated from [DynamoItemCollection] on DeBrie's e-commerce design, against DynamoDB Local: "the
/// customer and its 10 newest orders" and "an order with its items (GSI1)" as one call reading one page, with limit,
/// order and continuation pages; deleting a customer with its orders as a bounded batch.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class GeneratedCollectionLoaderTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Start = new(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private DynamoDataContext _context = null!;
    private DynamoRepository<Customer> _customers = null!;

    public async Task InitializeAsync()
    {
        _context = await ECommerceTable.CreateAsync(fixture, "loaders");
        _customers = _context.Repository<Customer>();
        var writer = _context.BatchWriter();
        writer.Put(new Customer { Username = "alexdebrie", Name = "Alex DeBrie", Email = "alex@example.com" });
        for (var n = 1; n <= 12; n++)
        {
            writer.Put(new Order { Username = "alexdebrie", OrderId = ECommerceTable.OrderId(n), CreatedAt = Start.AddDays(n), Status = "PLACED", Amount = 10m * n, NumberItems = 3 });
        }

        for (var i = 1; i <= 3; i++)
        {
            writer.Put(new OrderItem { OrderId = ECommerceTable.OrderId(5), ItemId = "ITEM-" + i, Description = "Item " + i, Price = 5m * i, Quantity = i });
        }

        writer.Put(new Order { Username = "other", OrderId = "9999", CreatedAt = Start, Status = "PLACED", Amount = 1m, NumberItems = 1 });
        await writer.ExecuteAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_customer_and_its_10_newest_orders_in_one_call_then_the_next_page()
    {
        var page = await _customers.GetCustomerWithOrdersAsync("alexdebrie", limit: 10, descending: true);

        Assert.Equal("Alex DeBrie", page.Customer!.Name);
        Assert.Equal(["0012", "0011", "0010", "0009", "0008", "0007", "0006", "0005", "0004", "0003"], page.Orders.Select(o => o.OrderId).ToArray());
        Assert.Equal(120m, page.Orders[0].Amount);
        Assert.Empty(page.Unmapped);
        Assert.True(page.HasMore);

        var next = await _customers.GetCustomerWithOrdersAsync("alexdebrie", limit: 10, descending: true, continuationToken: page.ContinuationToken);
        Assert.Null(next.Customer);
        Assert.Equal(["0002", "0001"], next.Orders.Select(o => o.OrderId).ToArray());
        Assert.False(next.HasMore);

        // Oldest first, and a token of another customer's collection is refused.
        var oldest = await _customers.GetCustomerWithOrdersAsync("alexdebrie", limit: 3, sortKey: DynamoSortKeyCondition.BeginsWith("#ORDER#"));
        Assert.Equal(["0001", "0002", "0003"], oldest.Orders.Select(o => o.OrderId).ToArray());
        await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => _customers.GetCustomerWithOrdersAsync("other", limit: 10, descending: true, continuationToken: page.ContinuationToken));
    }

    [Fact]
    public async Task An_order_with_its_items_from_GSI1_page_by_page()
    {
        var orders = _context.Repository<Order>();

        var whole = await orders.GetOrderWithItemsAsync("0005", descending: true);
        Assert.Equal(50m, whole.Order!.Amount);
        Assert.Equal(["ITEM-3", "ITEM-2", "ITEM-1"], whole.OrderItems.Select(i => i.ItemId).ToArray());

        var first = await orders.GetOrderWithItemsAsync("0005", limit: 2, descending: true);
        Assert.Equal("0005", first.Order!.OrderId);
        Assert.Equal(["ITEM-3", "ITEM-2"], first.OrderItems.Select(i => i.ItemId).ToArray());
        Assert.True(first.HasMore);
        var second = await orders.GetOrderWithItemsAsync("0005", limit: 2, descending: true, continuationToken: first.ContinuationToken);
        Assert.Null(second.Order);
        Assert.Equal(["ITEM-1"], second.OrderItems.Select(i => i.ItemId).ToArray());
    }

    [Fact]
    public async Task Deleting_a_customer_with_its_orders_is_a_bounded_batch()
    {
        var writer = _context.BatchWriter();
        writer.Put(new Customer { Username = "leaving", Name = "Leaving", Email = "leaving@example.com" });
        for (var n = 1; n <= 3; n++)
        {
            writer.Put(new Order { Username = "leaving", OrderId = "L" + n, CreatedAt = Start, Status = "PLACED", Amount = n, NumberItems = 1 });
        }

        await writer.ExecuteAsync();

        var refused = await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => _customers.DeleteCustomerWithOrdersAsync("leaving", maxItems: 3));
        Assert.Contains("more than 3 items; nothing was deleted", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await _customers.GetCustomerWithOrdersAsync("leaving", consistentRead: true)).Orders.Count);

        var deleted = await _customers.DeleteCustomerWithOrdersAsync("leaving", maxItems: 4);

        Assert.Equal(4, deleted);
        var after = await _customers.GetCustomerWithOrdersAsync("leaving", consistentRead: true);
        Assert.Null(after.Customer);
        Assert.Empty(after.Orders);
        Assert.Equal(12, (await _customers.GetCustomerWithOrdersAsync("alexdebrie", consistentRead: true)).Orders.Count);
    }
}
