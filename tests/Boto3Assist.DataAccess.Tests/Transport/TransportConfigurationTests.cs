using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DependencyInjection;
using Boto3Assist.DynamoDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Boto3Assist.DataAccess.Tests.Transport;

/// <summary>The transport is chosen in configuration (<c>DynamoDb:Transport</c>) for <c>AddBoto3AssistDynamoDb</c>.</summary>
[Collection(DynamoDbCollection.Name)]
public sealed class TransportConfigurationTests(DynamoDbFixture fixture)
{
    [Theory]
    [InlineData("Http", DynamoTransportKind.Http)]
    [InlineData("Sdk", DynamoTransportKind.Sdk)]
    public async Task Configuration_chooses_the_transport_and_the_repositories_work_on_it(string configured, DynamoTransportKind expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DynamoDb:ServiceUrl"] = fixture.Local.ServiceUrl.ToString(),
            ["DynamoDb:AccessKeyId"] = "local",
            ["DynamoDb:SecretAccessKey"] = "local",
            ["DynamoDb:TableNameSuffix"] = "-transport-config",
            ["DynamoDb:Transport"] = configured,
        }).Build();
        var services = new ServiceCollection();
        services.AddBoto3AssistDynamoDb(configuration.GetSection("DynamoDb")).AddEntity<Product>();
        await using var provider = services.BuildServiceProvider();
        var context = provider.GetRequiredService<DynamoDataContext>();
        await DynamoTableCreator.CreateIfNotExistsAsync(context.Client, Product.Metadata.Table, context.TableNames.For<Product>());
        var products = provider.GetRequiredService<DynamoRepository<Product>>();

        await products.PutAsync(new Product { Sku = "configured-" + configured, Stock = 2 });

        Assert.Equal(expected, context.Transport.Kind);
        Assert.Equal(2, (await products.GetAsync(Product.Key("configured-" + configured)))?.Stock);
    }

    [Fact]
    public async Task On_the_HTTP_transport_the_registered_context_builds_no_SDK_client_until_one_is_asked_for()
    {
        var services = new ServiceCollection();
        services.AddBoto3AssistDynamoDb(o =>
        {
            o.ServiceUrl = fixture.Local.ServiceUrl.ToString();
            o.AccessKeyId = "local";
            o.SecretAccessKey = "local";
            o.TableNameSuffix = "-transport-lazy";
            o.Transport = DynamoTransportKind.Http;
        }).AddEntity<Product>();
        await using var provider = services.BuildServiceProvider();
        var context = provider.GetRequiredService<DynamoDataContext>();
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, Product.Metadata.Table, context.TableNames.For<Product>());

        await provider.GetRequiredService<DynamoRepository<Product>>().PutAsync(new Product { Sku = "lazy", Stock = 4 });

        Assert.False(context.HasClient);
        Assert.Equal(DynamoTransportKind.Http, context.Transport.Kind);
        var client = provider.GetRequiredService<Amazon.DynamoDBv2.IAmazonDynamoDB>();
        Assert.Same(context.Client, client);
        var raw = await client.GetItemAsync(new Amazon.DynamoDBv2.Model.GetItemRequest { TableName = context.TableNames.For<Product>(), Key = Product.Key("lazy"), ConsistentRead = true });
        Assert.Equal("4", raw.Item["Stock"].N);
    }

    [Fact]
    public async Task A_client_registered_by_the_application_is_used_on_the_HTTP_transport()
    {
        using var own = fixture.Local.CreateClient();
        var services = new ServiceCollection();
        services.AddSingleton<Amazon.DynamoDBv2.IAmazonDynamoDB>(own);
        services.AddBoto3AssistDynamoDb(o => o.Transport = DynamoTransportKind.Http);
        await using var provider = services.BuildServiceProvider();
        var context = provider.GetRequiredService<DynamoDataContext>();

        Assert.Same(own, context.Client);
        Assert.True(context.HasClient);
        Assert.Equal(DynamoTransportKind.Http, context.Transport.Kind);
    }

    [Fact]
    public async Task Without_a_configured_transport_the_default_applies()
    {
        var services = new ServiceCollection();
        services.AddBoto3AssistDynamoDb(o => o.ServiceUrl = fixture.Local.ServiceUrl.ToString());
        await using var provider = services.BuildServiceProvider();

        Assert.Equal(DynamoDataAccessOptions.DefaultTransport, provider.GetRequiredService<DynamoDataContext>().Transport.Kind);
    }
}
