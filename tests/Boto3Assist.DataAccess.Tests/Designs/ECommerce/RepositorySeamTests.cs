using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ECommerce;

/// <summary>
/// A service written against <see cref="IDynamoRepository{TEntity}"/> runs on the real repository (DynamoDB Local)
/// and on a fake, as a user's unit tests would give it.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class RepositorySeamTests(DynamoDbFixture fixture)
{
    [Fact]
    public async Task A_service_ships_an_order_through_the_real_repository()
    {
        var context = await ECommerceTable.CreateAsync(fixture, "seam");
        IDynamoRepository<Order> orders = context.Repository<Order>();
        await orders.CreateAsync(new Order { Username = "seam", OrderId = "0001", Status = "PLACED", Amount = 5m });

        var shipped = await new OrderShipping(orders).ShipAsync("seam", "0001");

        Assert.Equal("SHIPPED", shipped.Status);
        Assert.Equal(2, shipped.Version);
        Assert.Equal("SHIPPED", (await context.Repository<Order>().GetAsync(Order.Keys.PrimaryKey("seam", "0001"), true))!.Status);
    }

    [Fact]
    public async Task The_same_service_runs_on_a_fake_repository()
    {
        var fake = new FakeOrders();
        fake.Items[Order.Keys.SortKey("0001")] = new Order { Username = "seam", OrderId = "0001", Status = "PLACED", Version = 3 };

        var shipped = await new OrderShipping(fake).ShipAsync("seam", "0001");

        Assert.Equal("SHIPPED", shipped.Status);
        Assert.Equal(["SHIPPED"], fake.Items.Values.Select(o => o.Status).ToArray());
        await Assert.ThrowsAsync<InvalidOperationException>(() => new OrderShipping(fake).ShipAsync("seam", "0404"));
    }

    /// <summary>The code under test: what a user's service looks like.</summary>
    private sealed class OrderShipping(IDynamoRepository<Order> orders)
    {
        public async Task<Order> ShipAsync(string username, string orderId)
        {
            // The generated typed GetAsync extends the interface, so it runs on the real repository and on fakes alike.
            var order = await orders.GetAsync(username, orderId, consistentRead: true)
                ?? throw new InvalidOperationException("No such order.");
            return await orders.UpdateAsync(order with { Status = "SHIPPED" }, [nameof(Order.Status)]);
        }
    }

    /// <summary>An in-memory fake, keyed by sort key, implementing only what the service uses.</summary>
    private sealed class FakeOrders : IDynamoRepository<Order>
    {
        public Dictionary<string, Order> Items { get; } = new();

        public string TableName => "fake";

        public Task<Order?> GetAsync(Dictionary<string, AttributeValue> key, bool consistentRead = false, DynamoProjection<Order>? projection = null, CancellationToken cancellationToken = default)
            => Task.FromResult(Items.GetValueOrDefault(key["SK"].S));

        public Task<Order> UpdateAsync(Order model, IReadOnlyCollection<string>? memberNames = null, DynamoCondition<Order>? condition = null, CancellationToken cancellationToken = default)
        {
            var updated = model with { Version = model.Version + 1 };
            Items[Order.Keys.SortKey(model.OrderId)] = updated;
            return Task.FromResult(updated);
        }

        public Task<Order> PutAsync(Order entity, DynamoCondition<Order>? condition = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Order> CreateAsync(Order entity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Order?> DeleteAsync(Dictionary<string, AttributeValue> key, DynamoCondition<Order>? condition = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Order?> DeleteAsync(Order entity, DynamoCondition<Order>? condition = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Order> UpdateAsync(Dictionary<string, AttributeValue> key, DynamoUpdate<Order> update, DynamoCondition<Order>? condition = null, long? expectedVersion = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Order> MoveAsync(Order current, Order moved, DynamoCondition<Order>? condition = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<Order> QueryAsync(DynamoQuery<Order> query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<DynamoPage<Order>> QueryPageAsync(DynamoQuery<Order> query, string? continuationToken = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<Order> ScanAsync(DynamoScan<Order>? scan = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
