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
    public async Task Without_a_configured_transport_the_default_applies()
    {
        var services = new ServiceCollection();
        services.AddBoto3AssistDynamoDb(o => o.ServiceUrl = fixture.Local.ServiceUrl.ToString());
        await using var provider = services.BuildServiceProvider();

        Assert.Equal(DynamoDataAccessOptions.DefaultTransport, provider.GetRequiredService<DynamoDataContext>().Transport.Kind);
    }
}
