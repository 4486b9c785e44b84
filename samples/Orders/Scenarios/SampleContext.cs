using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Orders.Scenarios;

/// <summary>What every scenario gets: the client, the table the sample created, and the console.</summary>
public sealed class SampleContext
{
    public SampleContext(IAmazonDynamoDB client, string tableName, SampleConsole console)
    {
        Client = client;
        TableName = tableName;
        Console = console;
    }

    public IAmazonDynamoDB Client { get; }

    public string TableName { get; }

    public SampleConsole Console { get; }

    /// <summary>How the data access layer of the scenarios sends its requests (<c>--transport</c>).</summary>
    public DynamoTransportKind Transport { get; init; }

    /// <summary>Writes any generated entity: <c>ToItem()</c> carries its key, index, TTL and type attributes.</summary>
    public Task PutAsync<T>(T entity, CancellationToken cancellationToken)
        where T : IDynamoEntity<T>
        => Client.PutItemAsync(new PutItemRequest { TableName = TableName, Item = entity.ToItem() }, cancellationToken);

    /// <summary>Reads the raw stored item for a key, or <see langword="null"/> when there is none.</summary>
    public async Task<Dictionary<string, AttributeValue>?> GetRawAsync(Dictionary<string, AttributeValue> key, CancellationToken cancellationToken)
    {
        var response = await Client.GetItemAsync(new GetItemRequest { TableName = TableName, Key = key, ConsistentRead = true }, cancellationToken);
        return response.IsItemSet ? response.Item : null;
    }

    /// <summary>Runs a query to the end (following LastEvaluatedKey) and returns every item.</summary>
    public async Task<List<Dictionary<string, AttributeValue>>> QueryAllAsync(QueryRequest request, CancellationToken cancellationToken)
    {
        request.TableName = TableName;
        var items = new List<Dictionary<string, AttributeValue>>();
        do
        {
            var page = await Client.QueryAsync(request, cancellationToken);
            items.AddRange(page.Items ?? new List<Dictionary<string, AttributeValue>>());
            request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (request.ExclusiveStartKey is not null);

        return items;
    }
}
