using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Transport;

/// <summary>
/// <see cref="DynamoDataContext.ForHttp"/>: a context on the HTTP transport built from a config and credentials,
/// without an AWS SDK client, against DynamoDB Local. Its repositories and batches run without ever building the SDK
/// client; asking for <see cref="DynamoDataContext.Client"/> builds one, once, from the same config and credentials.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class HttpWithoutSdkClientTests(DynamoDbFixture fixture)
{
    [Fact]
    public async Task Repositories_and_batches_run_without_building_the_SDK_client()
    {
        var sdk = await fixture.CreateContextAsync("no-sdk-client");
        var context = DynamoDataContext.ForHttp(fixture.Local.CreateClientConfig(), new BasicAWSCredentials("local", "local"), new DynamoDataAccessOptions { TableNameSuffix = "-no-sdk-client" });
        var products = context.Repository<Product>();

        await products.PutAsync(new Product { Sku = "a", Title = "Anvil", Stock = 1 });
        await context.BatchWriter().Put(new Product { Sku = "b", Title = "Bell", Stock = 2 }).Put(new Product { Sku = "c", Title = "Cart", Stock = 3 }).ExecuteAsync();
        var batch = await context.BatchGetter().Add<Product>(Product.Key("b")).Add<Product>(Product.Key("c")).ExecuteAsync();
        var scanned = await products.ScanAsync(new DynamoScan<Product>()).ToListAsync();

        Assert.Equal(DynamoTransportKind.Http, context.Transport.Kind);
        Assert.False(context.HasClient);
        Assert.Equal(["Bell", "Cart"], batch.Items.Cast<Product>().Select(p => p.Title).Order());
        Assert.Equal(["Anvil", "Bell", "Cart"], scanned.Select(p => p.Title).Order());
        // The same database as the SDK client with the same credentials and region.
        Assert.Equal("Anvil", (await sdk.Repository<Product>().GetAsync(Product.Key("a"), consistentRead: true))!.Title);
    }

    [Fact]
    public async Task Without_credentials_the_config_default_credentials_sign()
    {
        await fixture.CreateContextAsync("no-sdk-default-credentials");
        var config = fixture.Local.CreateClientConfig();
        config.DefaultAWSCredentials = new BasicAWSCredentials("local", "local");
        var context = DynamoDataContext.ForHttp(config, options: new DynamoDataAccessOptions { TableNameSuffix = "-no-sdk-default-credentials" });

        var written = await context.Repository<Product>().PutAsync(new Product { Sku = "d", Title = "Drum" });

        Assert.Equal("Drum", (await context.Repository<Product>().GetAsync(Product.Key("d"), consistentRead: true))!.Title);
        Assert.Equal("Drum", written.Title);
        Assert.False(context.HasClient);
    }

    [Fact]
    public async Task Asking_for_the_client_builds_one_from_the_same_config_and_credentials_once()
    {
        var context = DynamoDataContext.ForHttp(fixture.Local.CreateClientConfig(), new BasicAWSCredentials("local", "local"), new DynamoDataAccessOptions { TableNameSuffix = "-lazy-client" });
        Assert.False(context.HasClient);

        var client = context.Client;
        await DynamoTableCreator.CreateIfNotExistsAsync(client, Product.Metadata.Table, context.TableNames.For<Product>());
        await context.Repository<Product>().PutAsync(new Product { Sku = "e", Title = "Easel" });
        var raw = await client.GetItemAsync(new GetItemRequest { TableName = context.TableNames.For<Product>(), Key = Product.Key("e"), ConsistentRead = true });

        Assert.True(context.HasClient);
        Assert.Same(client, context.Client);
        Assert.IsType<AmazonDynamoDBClient>(client);
        Assert.Equal("Easel", Product.FromItem(raw.Item).Title);
        Assert.Equal(DynamoTransportKind.Http, context.Transport.Kind);
    }

    [Fact]
    public void A_config_is_required()
        => Assert.Throws<ArgumentNullException>(() => DynamoDataContext.ForHttp(null!));
}
