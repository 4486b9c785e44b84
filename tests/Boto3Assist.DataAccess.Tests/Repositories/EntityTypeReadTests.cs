using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

/// <summary>
/// Typed reads check the discriminator: another entity's item is a typed error naming both types, an item with no
/// discriminator is read as the type asked for, and typed queries skip only items that name another type.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class EntityTypeReadTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Day = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private DynamoDataContext _context = null!;
    private Order _order = null!;

    public async Task InitializeAsync()
    {
        _context = await fixture.CreateContextAsync("entity-types");
        _order = new Order { CustomerId = "typed", OrderId = "o1", OrderDate = Day, Total = 3m };
        await _context.BatchWriter().Put(_order).ExecuteAsync(); // unconditional: every test of the class writes it
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Get_of_another_entitys_item_names_both_types()
    {
        var error = await Assert.ThrowsAsync<DynamoEntityTypeMismatchException>(() => _context.Repository<Customer>().GetAsync(_order.ToKey(), true));
        Assert.Equal("Customer", error.AskedType);
        Assert.Equal("Order", error.StoredType);
        Assert.Equal("_type", error.DiscriminatorAttribute);
        Assert.Equal("The item read as Customer from table 'shop-entity-types' is an Order, not a Customer (discriminator '_type'). Read it as the entity whose type is 'Order', or query with OnlyThisEntityType to skip it.", error.Message);
        Assert.Equal("{pk=\"CUSTOMER#typed\", sk=\"ORDER#2024-06-01#o1\"}", error.Key);
    }

    [Fact]
    public async Task Batch_get_of_another_entitys_item_names_both_types()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => _context.BatchGetter().Add<Customer>(_order.ToKey()).ExecuteAsync());
        var mismatch = error as DynamoEntityTypeMismatchException ?? Assert.IsType<DynamoEntityTypeMismatchException>(error.InnerException);
        Assert.Equal("Order", mismatch.StoredType);
        Assert.Equal("Customer", mismatch.AskedType);
    }

    [Fact]
    public async Task Transactional_get_of_another_entitys_item_names_both_types()
    {
        var read = _context.GetTransaction();
        read.Get<Customer>(_order.ToKey());
        var error = await Assert.ThrowsAsync<DynamoEntityTypeMismatchException>(() => read.ExecuteAsync());
        Assert.Equal("Order", error.StoredType);
    }

    [Fact]
    public async Task A_query_reading_every_type_refuses_another_entitys_item()
    {
        await _context.Repository<Customer>().PutAsync(new Customer { CustomerId = "typed", Name = "T" });
        var query = new DynamoQuery<Order>(Order.Keys.PartitionKey("typed")) { OnlyThisEntityType = false };
        var error = await Assert.ThrowsAsync<DynamoEntityTypeMismatchException>(async () => await _context.Repository<Order>().QueryAsync(query).ToListAsync());
        Assert.Equal("Customer", error.StoredType);
        await Assert.ThrowsAsync<DynamoEntityTypeMismatchException>(() => _context.Repository<Order>().QueryPageAsync(query));
    }

    [Fact]
    public async Task An_item_without_discriminator_is_read_as_the_type_asked_for_and_typed_queries_keep_it()
    {
        var untyped = new Order { CustomerId = "adopted", OrderId = "u1", OrderDate = Day, Total = 7m }.ToItem();
        untyped.Remove("_type");
        await fixture.Client.PutItemAsync(new PutItemRequest { TableName = _context.Repository<Order>().TableName, Item = untyped });
        await _context.Repository<Order>().PutAsync(new Order { CustomerId = "adopted", OrderId = "t1", OrderDate = Day, Total = 8m });
        await _context.Repository<Customer>().PutAsync(new Customer { CustomerId = "adopted", Name = "Skipped" });

        var got = await _context.Repository<Order>().GetAsync(Order.Keys.PrimaryKey("adopted", Day, "u1"), true);
        Assert.Equal(7m, got!.Total);

        // The default OnlyThisEntityType skips the Customer (it names another type) and keeps the untyped order.
        var query = new DynamoQuery<Order>(Order.Keys.PartitionKey("adopted"));
        var orders = await _context.Repository<Order>().QueryAsync(query).ToListAsync();
        Assert.Equal(["t1", "u1"], orders.Select(o => o.OrderId).Order().ToArray());
        var page = await _context.Repository<Order>().QueryPageAsync(query with { PageSize = 10 });
        Assert.Equal(2, page.Items.Count);

        // A scan stays strict: it reads the whole table, so untyped items (perhaps another tool's) are not claimed.
        var scanned = await _context.Repository<Order>().ScanAsync().ToListAsync();
        Assert.DoesNotContain(scanned, o => o.OrderId == "u1");
        Assert.Contains(scanned, o => o.OrderId == "t1");
    }

    [Fact]
    public async Task Writes_through_another_entitys_key_leave_its_item_alone_and_name_both_types()
    {
        var customers = _context.Repository<Customer>();
        var update = await Assert.ThrowsAsync<DynamoEntityTypeMismatchException>(() => customers.UpdateAsync(_order.ToKey(), new DynamoUpdate<Customer>().Increment(Customer.Fields.LoginCount, 1)));
        Assert.Equal("Order", update.StoredType);
        var delete = await Assert.ThrowsAsync<DynamoEntityTypeMismatchException>(() => customers.DeleteAsync(_order.ToKey()));
        Assert.Equal("Customer", delete.AskedType);

        var transaction = await Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => _context.WriteTransaction()
            .Update(_order.ToKey(), new DynamoUpdate<Customer>().Increment(Customer.Fields.LoginCount, 1), expectedVersion: 0)
            .ExecuteAsync());
        var failure = Assert.Single(transaction.Failures);
        Assert.False(failure.IsVersionConflict);
        Assert.Equal("Order", failure.StoredEntityType);
        Assert.Contains("(the item is an Order, not a Customer)", transaction.Message, StringComparison.Ordinal);

        var stored = (await _context.Repository<Order>().GetAsync(_order.ToKey(), true))!;
        Assert.Equal(_order.Total, stored.Total);
        Assert.Equal(0, stored.Version);
    }
}
