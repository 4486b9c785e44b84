using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ECommerce;

/// <summary>
/// The access patterns of Alex DeBrie's e-commerce design against DynamoDB Local, each asserting on the data it
/// returns: customers with unique e-mail, the customer and its newest orders in one page, an order with its items
/// through GSI1, order status updates.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class ECommerceAccessPatternTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Start = new(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private DynamoDataContext _context = null!;

    public async Task InitializeAsync()
    {
        _context = await ECommerceTable.CreateAsync(fixture, "ecommerce");
        var writer = _context.BatchWriter();
        writer.Put(new Customer { Username = "alexdebrie", Name = "Alex DeBrie", Email = "alex@example.com" });
        for (var n = 1; n <= 12; n++)
        {
            writer.Put(new Order { Username = "alexdebrie", OrderId = ECommerceTable.OrderId(n), CreatedAt = Start.AddDays(n), Status = "PLACED", Amount = 10m * n, NumberItems = n % 3 + 1 });
            for (var i = 1; i <= n % 3 + 1; i++)
            {
                writer.Put(new OrderItem { OrderId = ECommerceTable.OrderId(n), ItemId = "ITEM-" + i, Description = $"Item {i} of order {n}", Price = 5m * i, Quantity = i });
            }
        }

        // Another customer's partition and order, which no pattern of alexdebrie may return.
        writer.Put(new Customer { Username = "other", Name = "Other", Email = "other@example.com" });
        writer.Put(new Order { Username = "other", OrderId = "9999", CreatedAt = Start, Status = "PLACED", Amount = 1m, NumberItems = 1 });
        writer.Put(new OrderItem { OrderId = "9999", ItemId = "ITEM-1", Description = "not alex's", Price = 1m, Quantity = 1 });
        await writer.ExecuteAsync(); // unconditional, so every test of the class can lay the same data
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_customer_and_its_10_newest_orders_are_one_page_of_one_query()
    {
        var query = new DynamoCollectionQuery(_context, Customer.Keys.PartitionKey("alexdebrie")) { Descending = true, Limit = 11 }
            .Map<Customer>().Map<Order>();

        var page = await query.ExecutePageAsync();

        Assert.Equal("Alex DeBrie", page.Single<Customer>().Name);
        Assert.Equal(["0012", "0011", "0010", "0009", "0008", "0007", "0006", "0005", "0004", "0003"], page.OfType<Order>().Select(o => o.OrderId).ToArray());
        Assert.Equal([120m, 110m, 100m], page.OfType<Order>().Take(3).Select(o => o.Amount).ToArray());
        Assert.Empty(page.Unmapped);
        Assert.True(page.HasMore);

        var rest = await query.ExecutePageAsync(page.ContinuationToken);
        Assert.Equal(["0002", "0001"], rest.OfType<Order>().Select(o => o.OrderId).ToArray());
        Assert.Null(rest.SingleOrDefault<Customer>());
        Assert.False(rest.HasMore);

        // ExecuteAsync honours the limit too: exactly the 11 newest items, read in one request.
        var all = await query.ExecuteAsync();
        Assert.Equal(11, all.Items.Count);
        Assert.Equal("0003", all.OfType<Order>()[^1].OrderId);
    }

    [Fact]
    public async Task Orders_of_a_customer_by_sort_key_condition_oldest_first()
    {
        var orders = await new DynamoCollectionQuery(_context, Customer.Keys.PartitionKey("alexdebrie"))
        {
            SortKey = DynamoSortKeyCondition.Between(Order.Keys.SortKey(ECommerceTable.OrderId(3)), Order.Keys.SortKey(ECommerceTable.OrderId(5))),
        }.Map<Customer>().Map<Order>().ExecuteAsync();

        Assert.Equal(["0003", "0004", "0005"], orders.OfType<Order>().Select(o => o.OrderId).ToArray());
        Assert.Null(orders.SingleOrDefault<Customer>());
    }

    [Fact]
    public async Task An_order_with_its_items_through_GSI1()
    {
        var collection = await new DynamoCollectionQuery(_context, Order.Keys.GSI1.PartitionKey("0005")) { IndexName = Order.Keys.GSI1.IndexName }
            .Map<Order>().Map<OrderItem>()
            .ExecuteAsync();

        var order = collection.Single<Order>();
        Assert.Equal("alexdebrie", order.Username);
        Assert.Equal(50m, order.Amount);
        Assert.Equal(3, order.NumberItems);
        var items = collection.OfType<OrderItem>();
        Assert.Equal(["ITEM-1", "ITEM-2", "ITEM-3"], items.Select(i => i.ItemId).ToArray());
        Assert.All(items, i => Assert.Equal("0005", i.OrderId));
        Assert.Equal([5m, 10m, 15m], items.Select(i => i.Price).ToArray());

        // Only the items, newest id first, by a sort key condition on the index.
        var itemsOnly = await new DynamoCollectionQuery(_context, Order.Keys.GSI1.PartitionKey("0005"))
        {
            IndexName = Order.Keys.GSI1.IndexName,
            SortKey = DynamoSortKeyCondition.BeginsWith(OrderItem.Keys.GSI1.SortKeyPrefix()),
            Descending = true,
        }.Map<Order>().Map<OrderItem>().ExecuteAsync();
        Assert.Null(itemsOnly.SingleOrDefault<Order>());
        Assert.Equal(["ITEM-3", "ITEM-2", "ITEM-1"], itemsOnly.OfType<OrderItem>().Select(i => i.ItemId).ToArray());
    }

    [Fact]
    public async Task An_index_collection_pages_with_tamper_checked_tokens()
    {
        var query = new DynamoCollectionQuery(_context, Order.Keys.GSI1.PartitionKey("0005")) { IndexName = Order.Keys.GSI1.IndexName, PageSize = 2 }
            .Map<Order>().Map<OrderItem>();

        var first = await query.ExecutePageAsync();
        Assert.Equal(["ITEM-1", "ITEM-2"], first.OfType<OrderItem>().Select(i => i.ItemId).ToArray());
        Assert.True(first.HasMore);
        var second = await query.ExecutePageAsync(first.ContinuationToken);
        Assert.Equal("0005", second.Single<Order>().OrderId);
        Assert.Equal(["ITEM-3"], second.OfType<OrderItem>().Select(i => i.ItemId).ToArray());
        // A page that ends exactly on the last item cannot know it was the last (DynamoDB's own rule): the next is empty.
        Assert.True(second.HasMore);
        var third = await query.ExecutePageAsync(second.ContinuationToken);
        Assert.Empty(third.Items);
        Assert.False(third.HasMore);

        var tampered = first.ContinuationToken![..^2] + (first.ContinuationToken[^2] == 'A' ? "B" : "A") + first.ContinuationToken[^1];
        var error = await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => query.ExecutePageAsync(tampered));
        Assert.NotEqual(DynamoContinuationTokenProblem.OtherQuery, error.Problem);

        var otherOrder = new DynamoCollectionQuery(_context, Order.Keys.GSI1.PartitionKey("0006")) { IndexName = Order.Keys.GSI1.IndexName, PageSize = 2 }.Map<Order>().Map<OrderItem>();
        var other = await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => otherOrder.ExecutePageAsync(first.ContinuationToken));
        Assert.Equal(DynamoContinuationTokenProblem.OtherQuery, other.Problem);
    }

    [Fact]
    public async Task Index_collections_refuse_what_cannot_be_valid()
    {
        var unknown = new DynamoCollectionQuery(_context, "x") { IndexName = "GSI9" }.Map<Order>();
        var error = await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => unknown.ExecuteAsync());
        Assert.Contains("GSI1", error.Message, StringComparison.Ordinal);

        var consistent = new DynamoCollectionQuery(_context, "x") { IndexName = "GSI1", ConsistentRead = true }.Map<Order>();
        await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => consistent.ExecutePageAsync());
        Assert.Throws<ArgumentOutOfRangeException>(() => new DynamoCollectionQuery(_context, "x") { Limit = 0 });
    }

    [Fact]
    public async Task Customers_get_unique_emails_in_one_transaction()
    {
        var newcomer = new Customer { Username = "newcomer", Name = "New", Email = "new@example.com" };
        await _context.WriteTransaction()
            .Create(newcomer)
            .Create(new CustomerEmail { Email = newcomer.Email, Username = newcomer.Username })
            .ExecuteAsync();

        var copycat = new Customer { Username = "copycat", Name = "Copy", Email = "new@example.com" };
        var error = await Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => _context.WriteTransaction()
            .Create(copycat)
            .Create(new CustomerEmail { Email = copycat.Email, Username = copycat.Username })
            .ExecuteAsync());
        var failure = Assert.Single(error.Failures);
        Assert.Equal(1, failure.Index);
        Assert.Equal("newcomer", failure.CurrentItem!["Username"].S);
        Assert.Null(await _context.Repository<Customer>().GetAsync(Customer.Keys.PrimaryKey("copycat"), true));

        var stored = await _context.Repository<Customer>().GetAsync(Customer.Keys.PrimaryKey("newcomer"), true);
        Assert.Equal(1, stored!.Version);
    }

    [Fact]
    public async Task An_order_status_update_and_the_wrong_type_at_a_key()
    {
        var orders = _context.Repository<Order>();
        var order = (await orders.GetAsync(Order.Keys.PrimaryKey("alexdebrie", "0007"), true))!;
        var shipped = await orders.UpdateAsync(order with { Status = "SHIPPED" }, [nameof(Order.Status)]);
        Assert.Equal("SHIPPED", shipped.Status);
        Assert.Equal(order.Version + 1, shipped.Version);

        // The customer's profile lives in the same partition: reading its key as an Order names both types.
        var error = await Assert.ThrowsAsync<DynamoEntityTypeMismatchException>(() => orders.GetAsync(Customer.Keys.PrimaryKey("alexdebrie"), true));
        Assert.Equal("Customer", error.StoredType);
        Assert.Equal("Order", error.AskedType);
    }

    [Fact]
    public async Task Keys_of_several_entity_types_in_one_batch_get_map_each_to_its_type()
    {
        var result = await _context.BatchGetter()
            .Add<Customer>(Customer.Keys.PrimaryKey("alexdebrie"))
            .Add<Order>(Order.Keys.PrimaryKey("alexdebrie", "0004"))
            .Add<OrderItem>(OrderItem.Keys.PrimaryKey("0004", "ITEM-2"))
            .Add<Order>(Order.Keys.PrimaryKey("alexdebrie", "0404"))
            .ExecuteAsync();

        Assert.Equal(3, result.Items.Count);
        Assert.Equal("alex@example.com", result.Find<Customer>(Customer.Keys.PrimaryKey("alexdebrie"))!.Email);
        Assert.Equal(40m, result.Find<Order>(Order.Keys.PrimaryKey("alexdebrie", "0004"))!.Amount);
        Assert.Equal("Item 2 of order 4", result.Find<OrderItem>(OrderItem.Keys.PrimaryKey("0004", "ITEM-2"))!.Description);
        Assert.Null(result.Find<Order>(Order.Keys.PrimaryKey("alexdebrie", "0404")));
    }
}
