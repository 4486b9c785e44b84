using Amazon.DynamoDBv2;
using Boto3Assist.Testing;

namespace Boto3Assist.DynamoDb.Tests.Infrastructure;

/// <summary>One DynamoDB Local for the whole test run, shared by every class in <see cref="DynamoDbLocalCollection"/>.</summary>
public sealed class DynamoDbLocalFixture : IAsyncLifetime
{
    private DynamoDbLocal? _server;
    private AmazonDynamoDBClient? _client;

    public IAmazonDynamoDB Client => _client ?? throw new InvalidOperationException("DynamoDB Local has not started.");

    public DynamoDbLocal Server => _server ?? throw new InvalidOperationException("DynamoDB Local has not started.");

    public async Task InitializeAsync()
    {
        _server = await DynamoDbLocal.StartAsync();
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DynamoDbLocalCollection : ICollectionFixture<DynamoDbLocalFixture>
{
    public const string Name = "DynamoDB Local";
}
