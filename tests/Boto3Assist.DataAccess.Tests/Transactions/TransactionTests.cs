using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

[Collection(DynamoDbCollection.Name)]
public sealed class TransactionTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Day = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private DynamoDataContext _context = null!;

    public async Task InitializeAsync() => _context = await fixture.CreateContextAsync("transactions");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Placing_an_order_writes_every_action_or_none()
    {
        var customer = await _context.Repository<Customer>().PutAsync(new Customer { CustomerId = "tx1", Name = "T" });
        await _context.Repository<Product>().PutAsync(new Product { Sku = "tx-sku", Stock = 1 });
        var order = new Order { CustomerId = "tx1", OrderId = "o1", OrderDate = Day, Status = "NEW", Total = 5m };

        await _context.WriteTransaction()
            .Create(order)
            .Update(Product.Key("tx-sku"), new DynamoUpdate<Product>().Increment(Product.Fields.Stock, -1), Product.Fields.Stock.GreaterThan(0))
            .ConditionCheck(customer.ToKey(), DynamoCondition<Customer>.ItemExists())
            .ExecuteAsync();

        Assert.Equal(1, (await _context.Repository<Order>().GetAsync(order.ToKey(), true))!.Version);
        Assert.Equal(0, (await _context.Repository<Product>().GetAsync(Product.Key("tx-sku"), true))!.Stock);

        // Out of stock now: the second order fails on action #1 and nothing is written.
        var second = order with { OrderId = "o2" };
        var error = await Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => _context.WriteTransaction()
            .Create(second)
            .Update(Product.Key("tx-sku"), new DynamoUpdate<Product>().Increment(Product.Fields.Stock, -1), Product.Fields.Stock.GreaterThan(0))
            .ExecuteAsync());
        var failure = Assert.Single(error.Failures);
        Assert.Equal(1, failure.Index);
        Assert.Equal("ConditionalCheckFailed", failure.Code);
        Assert.StartsWith("Update Product", failure.Action, StringComparison.Ordinal);
        Assert.Equal("0", failure.CurrentItem!["Stock"].N);
        Assert.Contains("#1 Update Product", error.Message, StringComparison.Ordinal);
        Assert.Null(await _context.Repository<Order>().GetAsync(second.ToKey(), true));
    }

    [Fact]
    public async Task A_stale_version_in_a_transaction_is_reported_as_a_version_conflict()
    {
        var customer = await _context.Repository<Customer>().PutAsync(new Customer { CustomerId = "tx2", Name = "A" });
        await _context.Repository<Customer>().PutAsync(customer with { Name = "B" });
        var error = await Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => _context.WriteTransaction()
            .Put(new Product { Sku = "tx2-p" })
            .Put(customer with { Name = "stale" })
            .ExecuteAsync());
        Assert.True(error.HasVersionConflict);
        var failure = Assert.Single(error.Failures);
        Assert.Equal(1, failure.Index);
        Assert.Equal("B", failure.CurrentItem!["Name"].S);
        Assert.Null(await _context.Repository<Product>().GetAsync(Product.Key("tx2-p"), true));
    }

    [Fact]
    public async Task Too_many_actions_and_two_actions_on_one_item_are_refused_before_sending()
    {
        var many = _context.WriteTransaction();
        for (var i = 0; i < 101; i++)
        {
            many.Put(new Product { Sku = "many-" + i });
        }

        var tooMany = await Assert.ThrowsAsync<DynamoTransactionValidationException>(() => many.ExecuteAsync());
        Assert.Contains("101 actions", tooMany.Message, StringComparison.Ordinal);
        Assert.Null(await _context.Repository<Product>().GetAsync(Product.Key("many-0"), true));

        var twice = await Assert.ThrowsAsync<DynamoTransactionValidationException>(() => _context.WriteTransaction()
            .Put(new Product { Sku = "dup" })
            .Put(new Product { Sku = "other" })
            .Delete<Product>(Product.Key("dup"))
            .ExecuteAsync());
        Assert.Equal(2, twice.Actions.Count);
        Assert.StartsWith("#0 Put Product", twice.Actions[0], StringComparison.Ordinal);
        Assert.StartsWith("#2 Delete Product", twice.Actions[1], StringComparison.Ordinal);
        await Assert.ThrowsAsync<DynamoTransactionValidationException>(() => _context.WriteTransaction().ExecuteAsync());
    }

    [Fact]
    public async Task The_idempotency_token_applies_a_repeated_transaction_once()
    {
        await _context.Repository<Product>().PutAsync(new Product { Sku = "idem", Stock = 10 });
        var token = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 3; i++)
        {
            await _context.WriteTransaction().WithClientRequestToken(token)
                .Update(Product.Key("idem"), new DynamoUpdate<Product>().Increment(Product.Fields.Stock, -1))
                .ExecuteAsync();
        }

        Assert.Equal(9, (await _context.Repository<Product>().GetAsync(Product.Key("idem"), true))!.Stock);
        Assert.NotEqual(_context.WriteTransaction().ClientRequestToken, _context.WriteTransaction().ClientRequestToken);
    }

    [Fact]
    public async Task Model_updates_and_deletes_in_a_transaction_keep_versions_and_indexes()
    {
        var order = await _context.Repository<Order>().PutAsync(new Order { CustomerId = "tx3", OrderId = "o1", OrderDate = Day, Status = "NEW" });
        var doomed = await _context.Repository<Order>().PutAsync(order with { OrderId = "o2", Version = 0 });
        await _context.WriteTransaction().Update(order with { Status = "PAID" }, ["Status"]).Delete(doomed).ExecuteAsync();
        var paid = (await _context.Repository<Order>().GetAsync(order.ToKey(), true))!;
        Assert.Equal(2, paid.Version);
        var byStatus = await _context.Repository<Order>().QueryAsync(new DynamoQuery<Order>(Order.Keys.Gsi1.PartitionKey("PAID")) { IndexName = "gsi1" }).ToListAsync();
        Assert.Contains(byStatus, o => o.CustomerId == "tx3");
        Assert.Null(await _context.Repository<Order>().GetAsync(doomed.ToKey(), true));
    }

    [Fact]
    public async Task Read_transaction_maps_each_slot()
    {
        await _context.Repository<Customer>().PutAsync(new Customer { CustomerId = "txg", Name = "G" });
        await _context.Repository<Product>().PutAsync(new Product { Sku = "txg-p", Stock = 3 });
        var reads = _context.GetTransaction();
        var customer = reads.Get<Customer>(Customer.Keys.PrimaryKey("txg"));
        var product = reads.Get<Product>(Product.Key("txg-p"));
        var missing = reads.Get<Product>(Product.Key("txg-none"));
        var result = await reads.ExecuteAsync();
        Assert.Equal("G", result.Get(customer)!.Name);
        Assert.Equal(3, result.Get(product)!.Stock);
        Assert.Null(result.Get(missing));

        var twice = _context.GetTransaction();
        twice.Get<Product>(Product.Key("a"));
        twice.Get<Product>(Product.Key("a"));
        await Assert.ThrowsAsync<DynamoTransactionValidationException>(() => twice.ExecuteAsync());
    }
}
