using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

[Collection(DynamoDbCollection.Name)]
public sealed class RepositoryTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Day = new(2024, 5, 1, 10, 30, 0, DateTimeKind.Utc);
    private DynamoDataContext _context = null!;
    private DynamoRepository<Order> _orders = null!;
    private DynamoRepository<Customer> _customers = null!;

    public async Task InitializeAsync()
    {
        _context = await fixture.CreateContextAsync("repository");
        _orders = _context.Repository<Order>();
        _customers = _context.Repository<Customer>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Order NewOrder(string id, string? status = "NEW", decimal total = 10m) => new() { CustomerId = "c1", OrderId = id, OrderDate = Day, Status = status, Total = total };

    private async Task<Dictionary<string, AttributeValue>> RawAsync(Dictionary<string, AttributeValue> key)
        => (await fixture.Client.GetItemAsync(new GetItemRequest { TableName = _orders.TableName, Key = key, ConsistentRead = true })).Item ?? [];

    [Fact]
    public async Task Uses_the_run_time_table_name()
    {
        Assert.Equal("shop-repository", _orders.TableName);
        await _orders.PutAsync(NewOrder("name"));
        Assert.NotEmpty(await RawAsync(Order.Keys.PrimaryKey("c1", Day, "name")));
    }

    [Fact]
    public async Task Put_then_get_round_trips_with_consistent_read_and_projection()
    {
        var written = await _orders.PutAsync(NewOrder("o1") with { Notes = ["a", "b"] });
        var read = await _orders.GetAsync(Order.Keys.PrimaryKey("c1", Day, "o1"), consistentRead: true);
        Assert.NotNull(read);
        Assert.Equal(written, read with { Notes = written.Notes });
        Assert.Equal(["a", "b"], read!.Notes);

        var projected = await _orders.GetAsync(Order.Keys.PrimaryKey("c1", Day, "o1"), true, DynamoProjection<Order>.Members("CustomerId", "OrderId", "OrderDate"));
        Assert.Equal(0m, projected!.Total);
        Assert.Null(projected.Notes);
        Assert.Equal("o1", projected.OrderId);
        Assert.Null(await _orders.GetAsync(Order.Keys.PrimaryKey("c1", Day, "missing"), true));
    }

    [Fact]
    public async Task Create_only_fails_with_the_existing_item_when_the_key_exists()
    {
        var product = new Product { Sku = "create-1", Title = "first" };
        var products = _context.Repository<Product>();
        await products.CreateAsync(product);
        var error = await Assert.ThrowsAsync<DynamoConditionFailedException>(() => products.CreateAsync(product with { Title = "second" }));
        Assert.Equal("first", error.CurrentItem!["Title"].S);
        Assert.Equal("first", (await products.GetAsync(Product.Key("create-1"), true))!.Title);
    }

    [Fact]
    public async Task Put_with_a_typed_condition_and_a_hostile_value_only_compares_it()
    {
        var products = _context.Repository<Product>();
        await products.PutAsync(new Product { Sku = "cond-1", Title = "t", Stock = 5 });
        var hostile = "\") OR attribute_exists(Sku) OR (#x = \"";
        await Assert.ThrowsAsync<DynamoConditionFailedException>(() => products.PutAsync(new Product { Sku = "cond-1", Title = "changed" }, Product.Fields.Title.EqualTo(hostile)));
        var updated = await products.PutAsync(new Product { Sku = "cond-1", Title = "changed" }, Product.Fields.Stock.GreaterThanOrEqual(5) & Product.Fields.Title.EqualTo("t"));
        Assert.Equal("changed", updated.Title);
    }

    [Fact]
    public async Task Delete_returns_the_old_item_and_honours_its_condition()
    {
        await _orders.PutAsync(NewOrder("del", total: 99m));
        var key = Order.Keys.PrimaryKey("c1", Day, "del");
        await Assert.ThrowsAsync<DynamoConditionFailedException>(() => _orders.DeleteAsync(key, Order.Fields.Total.LessThan(50m)));
        var old = await _orders.DeleteAsync(key, Order.Fields.Total.GreaterThan(50m));
        Assert.Equal(99m, old!.Total);
        Assert.Empty(await RawAsync(key));
        Assert.Null(await _orders.DeleteAsync(key));
    }

    [Fact]
    public async Task Partial_update_sets_removes_and_keeps_the_index_key_in_step()
    {
        var written = await _orders.PutAsync(NewOrder("upd", status: "NEW", total: 5m) with { Notes = ["x"] });
        var key = written.ToKey();

        var paid = await _orders.UpdateAsync(written with { Status = "PAID", Total = 1234m, Notes = null }, ["Status", "Notes"]);
        Assert.Equal("PAID", paid.Status);
        Assert.Equal(5m, paid.Total); // not named: untouched
        Assert.Null(paid.Notes);
        var raw = await RawAsync(key);
        Assert.Equal("STATUS#PAID", raw["gsi1_pk"].S);
        Assert.Equal(Order.Keys.Gsi1.SortKey(Day), raw["gsi1_sk"].S);
        Assert.False(raw.ContainsKey("Notes"));

        var repriced = await _orders.UpdateAsync(paid with { Total = 42m }, ["Total"]);
        Assert.Equal("TOTAL#0000042.00", (await RawAsync(key))["lsi1_sk"].S); // the local index key follows its member

        var cleared = await _orders.UpdateAsync(repriced with { Status = null }, ["Status"]);
        Assert.Null(cleared.Status);
        raw = await RawAsync(key);
        Assert.False(raw.ContainsKey("gsi1_pk"));
        Assert.False(raw.ContainsKey("gsi1_sk"));
        Assert.Equal(key["pk"].S, raw["pk"].S);
        Assert.Equal(key["sk"].S, raw["sk"].S);
    }

    [Fact]
    public async Task Partial_update_refuses_a_primary_key_member_and_never_creates_an_item()
    {
        var order = NewOrder("pkupd");
        var error = await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => _orders.UpdateAsync(order, ["OrderDate"]));
        Assert.Equal("OrderDate", error.AttributeName);
        Assert.Contains("'sk'", error.Message, StringComparison.Ordinal);

        await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _orders.UpdateAsync(order with { Version = 3 }, ["Total"]));
        await Assert.ThrowsAsync<DynamoConditionFailedException>(() => _context.Repository<Product>().UpdateAsync(new Product { Sku = "never", Stock = 1 }, ["Stock"]));
        Assert.Null(await _context.Repository<Product>().GetAsync(Product.Key("never"), true));
    }

    [Fact]
    public async Task Counters_list_append_and_sets_are_atomic_and_return_the_new_item()
    {
        var customer = await _customers.PutAsync(new Customer { CustomerId = "atomic", Name = "A", Tags = ["a"] });
        var key = customer.ToKey();
        var tasks = Enumerable.Range(0, 10).Select(_ => _customers.UpdateAsync(key, new DynamoUpdate<Customer>().Increment(Customer.Fields.LoginCount, 1)));
        await Task.WhenAll(tasks);
        var after = await _customers.UpdateAsync(key, new DynamoUpdate<Customer>().AddToSet(Customer.Fields.Tags, ["b", "c"]).Increment(Customer.Fields.LoginCount, -2));
        Assert.Equal(8, after.LoginCount);
        Assert.Equal(["a", "b", "c"], after.Tags!.Order());
        Assert.Equal(12, after.Version); // put 1 + 11 updates

        after = await _customers.UpdateAsync(key, new DynamoUpdate<Customer>().RemoveFromSet(Customer.Fields.Tags, ["a"]).Set(Customer.Fields.Name, "B"));
        Assert.Equal(["b", "c"], after.Tags!.Order());
        Assert.Equal("B", after.Name);

        var order = await _orders.PutAsync(NewOrder("append"));
        var appended = await _orders.UpdateAsync(order.ToKey(), new DynamoUpdate<Order>().AppendToList(Order.Fields.Notes, ["one"]));
        appended = await _orders.UpdateAsync(order.ToKey(), new DynamoUpdate<Order>().AppendToList(Order.Fields.Notes, ["two", "three"]));
        Assert.Equal(["one", "two", "three"], appended.Notes);
        // Total builds the local index key lsi1_sk: a counter on it could not keep the index in step, so it is refused.
        Assert.Throws<DynamoInvalidRequestException>(() => new DynamoUpdate<Order>().Increment(Order.Fields.Total, 0.5m));
    }

    [Fact]
    public async Task Typed_update_with_an_expected_version_is_conditional()
    {
        var customer = await _customers.PutAsync(new Customer { CustomerId = "typed-v", Name = "A" });
        var updated = await _customers.UpdateAsync(customer.ToKey(), new DynamoUpdate<Customer>().Set(Customer.Fields.Name, "B"), expectedVersion: customer.Version);
        Assert.Equal(customer.Version + 1, updated.Version);
        var conflict = await Assert.ThrowsAsync<DynamoVersionConflictException>(
            () => _customers.UpdateAsync(customer.ToKey(), new DynamoUpdate<Customer>().Set(Customer.Fields.Name, "C"), expectedVersion: customer.Version));
        Assert.Equal("B", conflict.Current<Customer>()!.Name);
    }
}
