using Amazon.DynamoDBv2;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DependencyInjection;
using Boto3Assist.DynamoDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Boto3Assist.DataAccess.Tests;

[Collection(DynamoDbCollection.Name)]
public sealed class DependencyInjectionTests(DynamoDbFixture fixture)
{
    [Fact]
    public async Task Configuration_registers_client_table_names_and_repositories_that_work()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DynamoDb:ServiceUrl"] = fixture.Local.ServiceUrl.ToString(),
            ["DynamoDb:AccessKeyId"] = "local",
            ["DynamoDb:SecretAccessKey"] = "local",
            ["DynamoDb:TableNameSuffix"] = "-di",
            ["DynamoDb:TableNames:products"] = "di-catalog",
            ["DynamoDb:BatchParallelism"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddBoto3AssistDynamoDb(configuration.GetSection("DynamoDb"), o => o.RetryPolicy = new DynamoRetryPolicy { MaxAttempts = 3 })
            .AddEntity<Customer>()
            .AddEntity<Order>()
            .AddEntity<Product>()
            .CreateTablesOnStartup();
        await using var provider = services.BuildServiceProvider();

        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var options = provider.GetRequiredService<DynamoDataAccessOptions>();
        Assert.Equal(2, options.BatchParallelism);
        Assert.Equal(3, options.RetryPolicy.MaxAttempts);
        Assert.Equal(3, provider.GetRequiredService<DynamoDbEntityRegistry>().Entities.Count);

        var orders = provider.GetRequiredService<DynamoRepository<Order>>();
        Assert.Equal("shop-di", orders.TableName);
        Assert.Same(orders, provider.GetRequiredService<DynamoRepository<Order>>());
        Assert.Same(orders, provider.GetRequiredService<IDynamoRepository<Order>>());
        await orders.PutAsync(new Order { CustomerId = "di", OrderId = "o", OrderDate = DateTime.UnixEpoch });
        Assert.NotNull(await orders.GetAsync(Order.Keys.PrimaryKey("di", DateTime.UnixEpoch, "o"), true));

        var products = provider.GetRequiredService<DynamoRepository<Product>>();
        Assert.Equal("di-catalog", products.TableName);
        await products.PutAsync(new Product { Sku = "di" });
        Assert.NotNull((await fixture.Client.GetItemAsync("di-catalog", Product.Key("di"))).Item);
    }

    [Fact]
    public async Task Configuration_binds_table_settings_that_table_creation_applies()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DynamoDb:ServiceUrl"] = fixture.Local.ServiceUrl.ToString(),
            ["DynamoDb:AccessKeyId"] = "local",
            ["DynamoDb:SecretAccessKey"] = "local",
            ["DynamoDb:TableNameSuffix"] = "-settings",
            ["DynamoDb:TableSettings:shop:StreamViewType"] = "NewAndOldImages",
            ["DynamoDb:TableSettings:shop:Tags:team"] = "orders",
            ["DynamoDb:DefaultTableSettings:BillingMode"] = "Provisioned",
            ["DynamoDb:DefaultTableSettings:Capacity:ReadCapacityUnits"] = "2",
            ["DynamoDb:DefaultTableSettings:Capacity:WriteCapacityUnits"] = "3",
        }).Build();
        var services = new ServiceCollection();
        services.AddBoto3AssistDynamoDb(configuration.GetSection("DynamoDb")).AddEntity<Order>().AddEntity<Product>().CreateTablesOnStartup();
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<DynamoDataAccessOptions>();
        Assert.Equal("orders", options.TableSettings["shop"].Tags["team"]);
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var shop = (await fixture.Client.DescribeTableAsync("shop-settings")).Table;
        Assert.Equal(Amazon.DynamoDBv2.StreamViewType.NEW_AND_OLD_IMAGES, shop.StreamSpecification.StreamViewType);
        Assert.Equal(Amazon.DynamoDBv2.BillingMode.PAY_PER_REQUEST, shop.BillingModeSummary?.BillingMode);
        var products = (await fixture.Client.DescribeTableAsync("products-settings")).Table;
        Assert.Equal((2L, 3L), (products.ProvisionedThroughput.ReadCapacityUnits, products.ProvisionedThroughput.WriteCapacityUnits));
        Assert.NotEqual(true, products.StreamSpecification?.StreamEnabled);
    }

    [Fact]
    public void A_client_registered_first_is_kept()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAmazonDynamoDB>(fixture.Client);
        services.AddBoto3AssistDynamoDb(o => o.TableNamePrefix = "x-").AddEntity<Product>();
        using var provider = services.BuildServiceProvider();
        Assert.Same(fixture.Client, provider.GetRequiredService<DynamoDataContext>().Client);
        Assert.Equal("x-products", provider.GetRequiredService<DynamoRepository<Product>>().TableName);
    }
}
