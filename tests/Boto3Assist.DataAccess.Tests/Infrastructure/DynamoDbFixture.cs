using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DynamoDb;
using Boto3Assist.Testing;

namespace Boto3Assist.DataAccess.Tests.Infrastructure;

/// <summary>One real DynamoDB Local for the whole test run; each test class creates its own tables through <see cref="CreateContextAsync"/>.</summary>
public sealed class DynamoDbFixture : IAsyncLifetime
{
    private DynamoDbLocal? _local;

    public DynamoDbLocal Local => _local ?? throw new InvalidOperationException("DynamoDB Local has not started.");

    public AmazonDynamoDBClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _local = await DynamoDbLocal.StartAsync();
        Client = _local.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_local is not null)
        {
            await _local.DisposeAsync();
        }
    }

    public FaultInjectingDynamoDbClient CreateFaultyClient() => new(new BasicAWSCredentials("local", "local"), Local.CreateClientConfig());

    /// <summary>
    /// A context whose "shop" and "products" tables are suffixed with <paramref name="suffix"/> (run-time table names),
    /// with those tables created from the entities' merged definitions.
    /// </summary>
    public async Task<DynamoDataContext> CreateContextAsync(string suffix, IAmazonDynamoDB? client = null, Action<DynamoDataAccessOptions>? configure = null)
    {
        var options = new DynamoDataAccessOptions { TableNameSuffix = "-" + suffix };
        configure?.Invoke(options);
        var context = new DynamoDataContext(client ?? Client, options);
        await DynamoTableCreator.CreateIfNotExistsAsync(Client, DynamoTableDefinitions.Merge([Customer.Metadata, Order.Metadata]), context.TableNames.For<Order>());
        await DynamoTableCreator.CreateIfNotExistsAsync(Client, Product.Metadata.Table, context.TableNames.For<Product>());
        return context;
    }
}

[CollectionDefinition(Name)]
public sealed class DynamoDbCollection : ICollectionFixture<DynamoDbFixture>
{
    public const string Name = "DynamoDB Local";
}
