using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Generated;

/// <summary>The runtime core driven by GENERATED entities and their generated repository methods, against DynamoDB Local.</summary>
[Collection(DynamoDbCollection.Name)]
public sealed class GeneratedEntityTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Day = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);
    private DynamoDataContext _context = null!;
    private DynamoRepository<ShopOrder> _orders = null!;
    private DynamoRepository<ShopCustomer> _customers = null!;

    public async Task InitializeAsync()
    {
        _context = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-generated" });
        await DynamoTableSetup.CreateAllAsync(_context, [ShopCustomer.Metadata, ShopOrder.Metadata]);
        _orders = _context.Repository<ShopOrder>();
        _customers = _context.Repository<ShopCustomer>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Get_and_delete_by_key_members()
    {
        var order = await _orders.CreateAsync(new ShopOrder { CustomerId = "g1", OrderId = "o1", OrderDate = Day, Status = ShopOrderStatus.New, Total = 12.5m });
        Assert.Equal(1, order.Version);
        var read = await _orders.GetAsync("g1", Day, "o1", consistentRead: true);
        Assert.Equal(12.5m, read!.Total);
        // Total has no default, so the generated mapper requires it: a projection must keep what FromItem requires.
        var projection = DynamoProjection<ShopOrder>.Members(nameof(ShopOrder.CustomerId), nameof(ShopOrder.OrderId), nameof(ShopOrder.OrderDate), nameof(ShopOrder.Total));
        var projected = await _orders.GetAsync("g1", Day, "o1", true, projection);
        Assert.Null(projected!.Status); // not projected
        Assert.Equal(12.5m, projected.Total);
        Assert.Equal(1, projected.Version); // key, discriminator and version always come back
        await Assert.ThrowsAsync<DynamoMappingException>(() => _orders.GetAsync("g1", Day, "o1", true, DynamoProjection<ShopOrder>.Members(nameof(ShopOrder.CustomerId))));
        Assert.Null(await _orders.GetAsync("g1", Day, "nope"));

        await Assert.ThrowsAsync<DynamoConditionFailedException>(() => _orders.DeleteAsync("g1", Day, "o1", ShopOrder.Fields.Total.GreaterThan(100m)));
        var deleted = await _orders.DeleteAsync("g1", Day, "o1", ShopOrder.Fields.Status.EqualTo(ShopOrderStatus.New));
        Assert.Equal("o1", deleted!.OrderId);
        Assert.Null(await _orders.GetAsync("g1", Day, "o1", consistentRead: true));
    }

    [Fact]
    public async Task Queries_by_partition_members_and_by_status_through_the_gsi()
    {
        for (var i = 0; i < 6; i++)
        {
            await _orders.PutAsync(new ShopOrder { CustomerId = "g2", OrderId = "o" + i, OrderDate = Day.AddDays(i), Status = i % 2 == 0 ? ShopOrderStatus.Paid : null });
        }

        await _customers.PutAsync(new ShopCustomer { CustomerId = "g2", Name = "Gen" });
        var all = await _orders.QueryAsync("g2").ToListAsync();
        Assert.Equal(6, all.Count);
        var lastThree = await _orders.QueryAsync("g2", DynamoSortKeyCondition.BeginsWith(ShopOrder.Keys.SortKeyPrefix()), descending: true, limit: 3).ToListAsync();
        Assert.Equal(["o5", "o4", "o3"], lastThree.Select(o => o.OrderId));
        var onDay2 = await _orders.QueryAsync("g2", DynamoSortKeyCondition.BeginsWith(ShopOrder.Keys.SortKeyPrefix(Day.AddDays(2)))).ToListAsync();
        Assert.Equal("o2", Assert.Single(onDay2).OrderId);

        var paid = await _orders.QueryByGsi1Async(ShopOrderStatus.Paid, DynamoSortKeyCondition.GreaterThanOrEqual(ShopOrder.Keys.Gsi1.SortKey(Day))).ToListAsync();
        Assert.Equal(3, paid.Count(o => o.CustomerId == "g2"));
        var page = await _orders.QueryPageAsync(_orders.QueryGsi1(ShopOrderStatus.Paid) with { PageSize = 2 });
        Assert.Equal(2, page.Items.Count);

        var collection = await new DynamoCollectionQuery(_context, ShopCustomer.Keys.PartitionKey("g2")).Map<ShopCustomer>().Map<ShopOrder>().ExecuteAsync();
        Assert.Equal("Gen", collection.Single<ShopCustomer>().Name);
        Assert.Equal(6, collection.OfType<ShopOrder>().Count);
    }

    [Fact]
    public async Task Partial_update_keeps_the_generated_gsi_in_step_and_locks_versions()
    {
        var order = await _orders.PutAsync(new ShopOrder { CustomerId = "g3", OrderId = "o1", OrderDate = Day });
        Assert.Empty(await _orders.QueryByGsi1Async(ShopOrderStatus.Shipped).Where(o => o.CustomerId == "g3").ToListAsync());
        var shipped = await _orders.UpdateAsync(order with { Status = ShopOrderStatus.Shipped }, [ShopOrder.Fields.Status.MemberName]);
        Assert.Equal(2, shipped.Version);
        Assert.Single(await _orders.QueryByGsi1Async(ShopOrderStatus.Shipped).Where(o => o.CustomerId == "g3").ToListAsync());

        var conflict = await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _orders.PutAsync(order with { Total = 1m }));
        Assert.Equal(ShopOrderStatus.Shipped, conflict.Current<ShopOrder>()!.Status);

        var noted = await _orders.UpdateAsync(ShopOrder.Keys.PrimaryKey("g3", Day, "o1"), new DynamoUpdate<ShopOrder>().AppendToList(ShopOrder.Fields.Notes, ["gift"]).Increment(ShopOrder.Fields.Total, 3m));
        Assert.Equal(["gift"], noted.Notes);
        Assert.Equal(3m, noted.Total);
        Assert.Throws<DynamoInvalidRequestException>(() => new DynamoUpdate<ShopOrder>().Set(ShopOrder.Fields.Status, ShopOrderStatus.New));
    }

    [Fact]
    public async Task Batch_and_transaction_over_generated_entities()
    {
        var orders = Enumerable.Range(0, 60).Select(i => new ShopOrder { CustomerId = "g4", OrderId = "b" + i.ToString("00"), OrderDate = Day, Total = i }).ToList();
        var written = await _context.BatchWriter().PutRange(orders).ExecuteAsync();
        Assert.Equal(60, written.ItemsWritten);
        Assert.Equal(60, await _orders.QueryAsync("g4").CountAsync());

        var customer = await _customers.PutAsync(new ShopCustomer { CustomerId = "g4", Name = "Tx" });
        var order = new ShopOrder { CustomerId = "g4", OrderId = "tx", OrderDate = Day, Status = ShopOrderStatus.New, Total = 9m };
        await _context.WriteTransaction()
            .Create(order)
            .Update(customer.ToKey(), new DynamoUpdate<ShopCustomer>().Increment(ShopCustomer.Fields.OrderCount, 1), expectedVersion: customer.Version)
            .ExecuteAsync();
        Assert.Equal(1, (await _customers.GetAsync("g4", consistentRead: true))!.OrderCount);
        Assert.NotNull(await _orders.GetAsync("g4", Day, "tx", consistentRead: true));
    }
}
