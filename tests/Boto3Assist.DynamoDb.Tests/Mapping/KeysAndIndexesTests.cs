using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// Key, index, TTL and discriminator attributes as stored, and queries through the table and GSIs with the generated
/// key builders, against DynamoDB Local. Order and CustomerProfile share one table, created from their merged definitions.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class KeysAndIndexesTests(DynamoDbLocalFixture server) : IAsyncLifetime
{
    private static readonly DateTime May1 = new(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc);
    private readonly string _table = TestTables.UniqueName(nameof(KeysAndIndexesTests));

    public async Task InitializeAsync()
        => await DynamoTableCreator.CreateIfNotExistsAsync(server.Client, DynamoTableDefinitions.Merge([Order.Metadata, CustomerProfile.Metadata]), _table);

    public Task DisposeAsync() => server.Client.DeleteTableAsync(_table);

    [Fact]
    public void Metadata_describes_the_table_keys_indexes_and_ttl()
    {
        var table = Order.Metadata.Table;
        Assert.Equal("orders", table.TableName);
        Assert.Equal("pk", table.PartitionKey.AttributeName);
        Assert.Equal("CUSTOMER#{CustomerId}", table.PartitionKey.Template);
        Assert.Equal(["CustomerId"], table.PartitionKey.SourceMembers);
        Assert.Equal("sk", table.SortKey?.AttributeName);
        Assert.Equal(["OrderDate", "OrderId"], table.SortKey?.SourceMembers);
        var gsi = Assert.Single(table.Indexes);
        Assert.Equal(("gsi1", "gsi1_pk", "gsi1_sk", false), (gsi.IndexName, gsi.PartitionKey.AttributeName, gsi.SortKey?.AttributeName, gsi.IsLocal));
        Assert.Equal("ExpiresAt", table.TimeToLiveAttribute);
        Assert.Equal("Order", Order.Metadata.EntityType);
        Assert.Equal("_type", Order.Metadata.DiscriminatorAttribute);
        Assert.Contains(Order.Metadata.Members, m => m.MemberName == "CustomerId" && m.IsPrimaryKeySource);
        Assert.Contains(Order.Metadata.Members, m => m.MemberName == "Total" && !m.IsPrimaryKeySource);

        var profileIndex = Assert.Single(CustomerProfile.Metadata.Table.Indexes);
        Assert.Equal(("by-email", "email_pk"), (profileIndex.IndexName, profileIndex.PartitionKey.AttributeName));
        Assert.Null(profileIndex.SortKey);
    }

    [Fact]
    public void Key_builders_format_like_the_templates()
    {
        Assert.Equal("CUSTOMER#c1", Order.Keys.PartitionKey("c1"));
        Assert.Equal("ORDER#2024-05-01#o1", Order.Keys.SortKey(May1, "o1"));
        Assert.Equal("ORDER#", Order.Keys.SortKeyPrefix());
        Assert.Equal("ORDER#2024-05-01#", Order.Keys.SortKeyPrefix(May1));
        Assert.Equal("gsi1", Order.Keys.Gsi1.IndexName);
        Assert.Equal("STATUS#Paid", Order.Keys.Gsi1.PartitionKey(OrderStatus.Paid));
        Assert.Equal("2024-05-01T10:00:00.0000000Z", Order.Keys.Gsi1.SortKey(May1));
        Assert.Equal("by-email", CustomerProfile.Keys.ByEmail.IndexName);
        Assert.Equal("EMAIL#a@b.c", CustomerProfile.Keys.ByEmail.PartitionKey("a@b.c"));
        Assert.Equal("PROFILE", CustomerProfile.Keys.SortKey());

        var key = Order.Keys.PrimaryKey("c1", May1, "o1");
        Assert.Equal(["pk", "sk"], key.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("CUSTOMER#c1", key["pk"].S);
        Assert.Equal("ORDER#2024-05-01#o1", key["sk"].S);
    }

    [Fact]
    public async Task Stored_item_has_keys_gsi_ttl_as_epoch_seconds_and_discriminator()
    {
        var expires = new DateTimeOffset(2030, 6, 15, 8, 30, 45, TimeSpan.FromHours(2));
        var order = NewOrder("c1", "o1", May1, OrderStatus.Paid) with { ExpiresAt = expires };

        var raw = await PutAndGetAsync(order);

        Assert.Equal("CUSTOMER#c1", raw["pk"].S);
        Assert.Equal("ORDER#2024-05-01#o1", raw["sk"].S);
        Assert.Equal("STATUS#Paid", raw["gsi1_pk"].S);
        Assert.Equal("2024-05-01T10:00:00.0000000Z", raw["gsi1_sk"].S);
        Assert.Equal("Order", raw["_type"].S);
        Assert.Null(raw["ExpiresAt"].S);
        Assert.Equal(expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), raw["ExpiresAt"].N);
        Assert.Equal(expires, Order.FromItem(raw).ExpiresAt);
        Assert.Equal(order.ToKey().Keys.Order(StringComparer.Ordinal), ["pk", "sk"]);
    }

    [Fact]
    public async Task Null_gsi_placeholder_leaves_the_item_out_of_the_index()
    {
        var draft = NewOrder("c2", "o9", May1, status: null);

        var raw = await PutAndGetAsync(draft);

        Assert.False(raw.ContainsKey("gsi1_pk"));
        Assert.False(raw.ContainsKey("gsi1_sk"));
        Assert.False(raw.ContainsKey("Status"));
        Assert.False(raw.ContainsKey("ExpiresAt"));
        var indexed = await QueryAsync(new QueryRequest
        {
            IndexName = Order.Keys.Gsi1.IndexName,
            KeyConditionExpression = "gsi1_pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = "STATUS#" } },
        });
        Assert.Empty(indexed);
        DeepEquality.AssertEqual(draft, Order.FromItem(raw));
    }

    [Fact]
    public async Task Query_by_sort_key_prefix_and_through_the_gsi()
    {
        var customer = "c-" + Guid.NewGuid().ToString("N");
        Order[] orders =
        [
            NewOrder(customer, "a", May1, OrderStatus.Shipped),
            NewOrder(customer, "b", May1.AddHours(3), OrderStatus.Placed),
            NewOrder(customer, "c", May1.AddDays(1), OrderStatus.Shipped),
            NewOrder(customer, "d", May1.AddMonths(1), null),
        ];
        foreach (var order in orders)
        {
            await server.Client.PutItemAsync(_table, order.ToItem());
        }

        await server.Client.PutItemAsync(_table, new CustomerProfile { CustomerId = customer, Email = customer + "@example.com" }.ToItem());

        var all = await QueryAsync(SortKeyBeginsWith(customer, Order.Keys.SortKeyPrefix()));
        Assert.Equal(["a", "b", "c", "d"], all.Select(i => Order.FromItem(i).OrderId));

        var firstOfMay = await QueryAsync(SortKeyBeginsWith(customer, Order.Keys.SortKeyPrefix(May1)));
        Assert.Equal(["a", "b"], firstOfMay.Select(i => Order.FromItem(i).OrderId));

        var shipped = (await QueryAsync(new QueryRequest
        {
            IndexName = Order.Keys.Gsi1.IndexName,
            KeyConditionExpression = "gsi1_pk = :pk AND gsi1_sk BETWEEN :from AND :to",
            ExpressionAttributeValues = new()
            {
                [":pk"] = new AttributeValue { S = Order.Keys.Gsi1.PartitionKey(OrderStatus.Shipped) },
                [":from"] = new AttributeValue { S = Order.Keys.Gsi1.SortKey(May1) },
                [":to"] = new AttributeValue { S = Order.Keys.Gsi1.SortKey(May1.AddDays(1)) },
            },
        })).Select(Order.FromItem).Where(o => o.CustomerId == customer).ToList();
        Assert.Equal(["a", "c"], shipped.Select(o => o.OrderId));
        Assert.All(shipped, o => Assert.Equal(OrderStatus.Shipped, o.Status));

        var byEmail = await QueryAsync(new QueryRequest
        {
            IndexName = CustomerProfile.Keys.ByEmail.IndexName,
            KeyConditionExpression = "email_pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = CustomerProfile.Keys.ByEmail.PartitionKey(customer + "@example.com") } },
        });
        Assert.Equal(customer, CustomerProfile.FromItem(Assert.Single(byEmail)).CustomerId);

        var partition = await QueryAsync(new QueryRequest
        {
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = Order.Keys.PartitionKey(customer) } },
        });
        Assert.Equal(["Order", "Order", "Order", "Order", "CustomerProfile"], partition.Select(i => i["_type"].S));
    }

    [Fact]
    public async Task Merged_table_has_both_entities_indexes()
    {
        var table = (await server.Client.DescribeTableAsync(_table)).Table;
        Assert.Equal(["by-email", "gsi1"], table.GlobalSecondaryIndexes.Select(i => i.IndexName).Order(StringComparer.Ordinal));
        Assert.Equal(["email_pk", "gsi1_pk", "gsi1_sk", "pk", "sk"], table.AttributeDefinitions.Select(a => a.AttributeName).Order(StringComparer.Ordinal));
        var ttl = await server.Client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = _table });
        Assert.Equal("ExpiresAt", ttl.TimeToLiveDescription.AttributeName);
    }

    private static Order NewOrder(string customer, string id, DateTime date, OrderStatus? status) => new()
    {
        CustomerId = customer,
        OrderId = id,
        OrderDate = date,
        Status = status,
        Total = 10.5m,
        Lines = [new OrderLine("SKU-1", 2, 5.25m)],
    };

    private static QueryRequest SortKeyBeginsWith(string customer, string prefix) => new()
    {
        KeyConditionExpression = "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues = new()
        {
            [":pk"] = new AttributeValue { S = Order.Keys.PartitionKey(customer) },
            [":prefix"] = new AttributeValue { S = prefix },
        },
    };

    private async Task<Dictionary<string, AttributeValue>> PutAndGetAsync(Order order)
    {
        await server.Client.PutItemAsync(_table, order.ToItem());
        var response = await server.Client.GetItemAsync(new GetItemRequest { TableName = _table, Key = order.ToKey(), ConsistentRead = true });
        Assert.True(response.IsItemSet);
        return response.Item;
    }

    private async Task<List<Dictionary<string, AttributeValue>>> QueryAsync(QueryRequest request)
    {
        request.TableName = _table;
        var response = await server.Client.QueryAsync(request);
        return response.Items ?? [];
    }
}
