using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Tests.Infrastructure;

/// <summary>
/// A test class's own tables on the shared server: one per entity type, created from the entity's generated
/// metadata under a name unique to the class, then Put/Get through the generated mapping.
/// </summary>
internal sealed class EntityTables(IAmazonDynamoDB client, string prefix)
{
    private readonly string _prefix = $"{prefix}-{Guid.NewGuid():N}";

    public IAmazonDynamoDB Client { get; } = client;

    public string NameOf<T>() where T : IDynamoEntity<T> => $"{_prefix}-{typeof(T).Name}";

    public async Task<string> EnsureAsync<T>() where T : IDynamoEntity<T>
    {
        var name = NameOf<T>();
        await DynamoTableCreator.CreateIfNotExistsAsync(Client, T.Metadata.Table, name);
        return name;
    }

    /// <summary>PutItem(ToItem()), then GetItem(ToKey()) with a consistent read: returns the raw stored item.</summary>
    public async Task<Dictionary<string, AttributeValue>> PutAndGetRawAsync<T>(T entity) where T : IDynamoEntity<T>
    {
        var name = await EnsureAsync<T>();
        await Client.PutItemAsync(new PutItemRequest { TableName = name, Item = entity.ToItem() });
        var response = await Client.GetItemAsync(new GetItemRequest { TableName = name, Key = entity.ToKey(), ConsistentRead = true });
        Assert.True(response.IsItemSet, $"no item stored under {string.Join(", ", entity.ToKey().Select(k => k.Key + "=" + (k.Value.S ?? k.Value.N)))}");
        return response.Item;
    }

    /// <summary>The full round trip through the server: FromItem(GetItem(ToKey())) after PutItem(ToItem()).</summary>
    public async Task<T> RoundTripAsync<T>(T entity) where T : IDynamoEntity<T>
        => T.FromItem(await PutAndGetRawAsync(entity));

    public async Task<List<Dictionary<string, AttributeValue>>> QueryAsync<T>(QueryRequest request) where T : IDynamoEntity<T>
    {
        request.TableName = await EnsureAsync<T>();
        var items = new List<Dictionary<string, AttributeValue>>();
        do
        {
            var page = await Client.QueryAsync(request);
            items.AddRange(page.Items ?? []);
            request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (request.ExclusiveStartKey is not null);

        return items;
    }
}
