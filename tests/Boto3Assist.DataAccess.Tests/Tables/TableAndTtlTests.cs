using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

[Collection(DynamoDbCollection.Name)]
public sealed class TableAndTtlTests(DynamoDbFixture fixture)
{
    [Fact]
    public async Task Create_all_tables_merges_entities_per_run_time_table_and_is_idempotent()
    {
        var context = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNamePrefix = "staging-", TableNames = { ["products"] = "catalog-explicit" } });
        var created = await DynamoTableSetup.CreateAllAsync(context, [Customer.Metadata, Order.Metadata, Product.Metadata]);
        Assert.Equal(["staging-shop", "catalog-explicit"], created);
        Assert.Empty(await DynamoTableSetup.CreateAllAsync(context, [Customer.Metadata, Order.Metadata, Product.Metadata]));

        var shop = (await fixture.Client.DescribeTableAsync("staging-shop")).Table;
        Assert.Equal("gsi1", Assert.Single(shop.GlobalSecondaryIndexes).IndexName);
        var ttl = await fixture.Client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = "staging-shop" });
        Assert.Equal("expires_at", ttl.TimeToLiveDescription.AttributeName);

        await context.Repository<Product>().PutAsync(new Product { Sku = "explicit" });
        Assert.NotNull((await fixture.Client.GetItemAsync("catalog-explicit", Product.Key("explicit"))).Item);
    }

    [Fact]
    public void Explicit_entity_names_win_over_table_names_and_prefixes()
    {
        var names = new DynamoTableNames(new DynamoDataAccessOptions { TableNamePrefix = "p-", TableNameSuffix = "-s", TableNames = { ["Order"] = "orders-only", ["shop"] = "shop-explicit" } });
        Assert.Equal("orders-only", names.For<Order>());
        Assert.Equal("shop-explicit", names.For<Customer>());
        Assert.Equal("p-products-s", names.For<Product>());
    }

    [Fact]
    public async Task Ttl_helper_sets_epoch_seconds_from_a_duration_or_an_instant()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 1, 1, 12, 0, 0, 500, TimeSpan.Zero));
        var expires = DynamoTtl.After(TimeSpan.FromDays(30), clock);
        Assert.Equal(new DateTimeOffset(2025, 1, 31, 12, 0, 0, TimeSpan.Zero), expires);
        Assert.Equal(1738324800, DynamoTtl.ToEpochSeconds(expires));
        Assert.Equal(1738324800, DynamoTtl.EpochSecondsAfter(TimeSpan.FromDays(30), clock));
        Assert.Equal(expires, DynamoTtl.At(new DateTimeOffset(2025, 1, 31, 13, 0, 0, 999, TimeSpan.FromHours(1))));
        Assert.Throws<ArgumentOutOfRangeException>(() => DynamoTtl.After(TimeSpan.Zero));

        var context = await fixture.CreateContextAsync("ttl");
        var order = await context.Repository<Order>().PutAsync(new Order { CustomerId = "ttl", OrderId = "o", OrderDate = DateTime.UnixEpoch, ExpiresAt = expires });
        var raw = (await fixture.Client.GetItemAsync(context.TableNames.For<Order>(), order.ToKey())).Item;
        Assert.Equal("1738324800", raw["expires_at"].N);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
