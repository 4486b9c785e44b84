using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using static Boto3Assist.DynamoDb.Tests.Infrastructure.TestTables;

namespace Boto3Assist.DynamoDb.Tests.Tables;

[Collection(DynamoDbLocalCollection.Name)]
public sealed class DynamoTableCreatorTests(DynamoDbLocalFixture server)
{
    private readonly IAmazonDynamoDB _client = server.Client;

    [Fact]
    public async Task Creates_keys_global_and_local_indexes_with_attribute_definitions_for_keys_only()
    {
        var name = UniqueName();
        var definition = new DynamoTableDefinition(
            name,
            Key("pk"),
            Key("sk"),
            [Gsi("gsi1", "gsi1_pk", "gsi1_sk"), Gsi("by-amount", "amount_pk", "amount", DynamoKeyType.Number), Lsi("lsi1", "pk", "created")],
            null);

        Assert.True(await DynamoTableCreator.CreateIfNotExistsAsync(_client, definition));

        var table = (await _client.DescribeTableAsync(name)).Table;
        Assert.Equal(TableStatus.ACTIVE, table.TableStatus);
        Assert.Equal(BillingMode.PAY_PER_REQUEST, table.BillingModeSummary?.BillingMode);
        Assert.Equal([("pk", "HASH"), ("sk", "RANGE")], table.KeySchema.Select(k => (k.AttributeName, k.KeyType.Value)));
        Assert.Equal(
            new Dictionary<string, string> { ["pk"] = "S", ["sk"] = "S", ["gsi1_pk"] = "S", ["gsi1_sk"] = "S", ["amount_pk"] = "N", ["amount"] = "N", ["created"] = "S" },
            table.AttributeDefinitions.ToDictionary(a => a.AttributeName, a => a.AttributeType.Value));

        var gsis = table.GlobalSecondaryIndexes.ToDictionary(i => i.IndexName);
        Assert.Equal(["by-amount", "gsi1"], gsis.Keys.Order());
        Assert.Equal([("gsi1_pk", "HASH"), ("gsi1_sk", "RANGE")], gsis["gsi1"].KeySchema.Select(k => (k.AttributeName, k.KeyType.Value)));
        Assert.All(gsis.Values, i => Assert.Equal(ProjectionType.ALL, i.Projection.ProjectionType));
        Assert.All(gsis.Values, i => Assert.Equal(IndexStatus.ACTIVE, i.IndexStatus));

        var lsi = Assert.Single(table.LocalSecondaryIndexes);
        Assert.Equal("lsi1", lsi.IndexName);
        Assert.Equal([("pk", "HASH"), ("created", "RANGE")], lsi.KeySchema.Select(k => (k.AttributeName, k.KeyType.Value)));
        Assert.Equal(ProjectionType.ALL, lsi.Projection.ProjectionType);
    }

    [Fact]
    public async Task Second_call_returns_false_and_leaves_the_table_and_its_items_alone()
    {
        var name = UniqueName();
        var definition = Table(name, indexes: Gsi("gsi1", "gsi1_pk"));
        Assert.True(await DynamoTableCreator.CreateIfNotExistsAsync(_client, definition));
        await _client.PutItemAsync(name, Item(("pk", "a"), ("sk", "b")));

        Assert.False(await DynamoTableCreator.CreateIfNotExistsAsync(_client, definition));

        var item = await _client.GetItemAsync(name, Item(("pk", "a"), ("sk", "b")));
        Assert.True(item.IsItemSet);
    }

    [Fact]
    public async Task Concurrent_callers_both_succeed_and_exactly_one_reports_creating_the_table()
    {
        var name = UniqueName();
        var definition = Table(name);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DynamoTableCreator.CreateIfNotExistsAsync(_client, definition)));

        Assert.Equal(1, results.Count(created => created));
        Assert.Equal(TableStatus.ACTIVE, (await _client.DescribeTableAsync(name)).Table.TableStatus);
    }

    [Fact]
    public async Task Enables_ttl_on_the_definition_attribute()
    {
        var name = UniqueName();
        Assert.True(await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, ttl: "expires_at")));

        var ttl = (await _client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = name })).TimeToLiveDescription;
        Assert.Equal(TimeToLiveStatus.ENABLED, ttl.TimeToLiveStatus);
        Assert.Equal("expires_at", ttl.AttributeName);

        // Idempotent with TTL already on.
        Assert.False(await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, ttl: "expires_at")));
    }

    [Fact]
    public async Task Leaves_ttl_disabled_without_a_ttl_attribute()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name));

        var ttl = (await _client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = name })).TimeToLiveDescription;
        Assert.Equal(TimeToLiveStatus.DISABLED, ttl.TimeToLiveStatus);
    }

    [Fact]
    public async Task Enables_ttl_on_an_existing_table_that_lacks_it()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name));

        Assert.False(await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, ttl: "ttl")));

        var ttl = (await _client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = name })).TimeToLiveDescription;
        Assert.Equal(TimeToLiveStatus.ENABLED, ttl.TimeToLiveStatus);
        Assert.Equal("ttl", ttl.AttributeName);
    }

    [Fact]
    public async Task Existing_table_with_ttl_on_another_attribute_is_reported()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, ttl: "ttl"));

        var ex = await Assert.ThrowsAsync<DynamoTableDefinitionException>(() => DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, ttl: "expires")));
        Assert.Equal(name, ex.TableName);
        Assert.Equal("expires", ex.AttributeName);
        Assert.Contains("'ttl'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partition_key_only_table_with_number_and_binary_keys()
    {
        var name = UniqueName();
        var definition = new DynamoTableDefinition(name, Key("id", DynamoKeyType.Number), null, [Gsi("by-hash", "hash", type: DynamoKeyType.Binary)], null);

        Assert.True(await DynamoTableCreator.CreateIfNotExistsAsync(_client, definition));

        var table = (await _client.DescribeTableAsync(name)).Table;
        Assert.Equal([("id", "HASH")], table.KeySchema.Select(k => (k.AttributeName, k.KeyType.Value)));
        Assert.Equal(new Dictionary<string, string> { ["id"] = "N", ["hash"] = "B" }, table.AttributeDefinitions.ToDictionary(a => a.AttributeName, a => a.AttributeType.Value));
        await _client.PutItemAsync(name, new Dictionary<string, AttributeValue> { ["id"] = new() { N = "42" }, ["hash"] = new() { B = new MemoryStream([1, 2, 3]) } });
        var byHash = await _client.QueryAsync(new QueryRequest
        {
            TableName = name,
            IndexName = "by-hash",
            KeyConditionExpression = "#h = :h",
            ExpressionAttributeNames = new() { ["#h"] = "hash" },
            ExpressionAttributeValues = new() { [":h"] = new AttributeValue { B = new MemoryStream([1, 2, 3]) } },
        });
        Assert.Equal("42", Assert.Single(byHash.Items)["id"].N);
    }

    [Fact]
    public async Task Table_name_argument_overrides_the_definition_name()
    {
        var name = UniqueName();
        Assert.True(await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table("declared-name"), name));

        Assert.Equal(TableStatus.ACTIVE, (await _client.DescribeTableAsync(name)).Table.TableStatus);
        Assert.DoesNotContain("declared-name", (await _client.ListTablesAsync()).TableNames);
    }

    [Fact]
    public async Task Adds_a_global_index_the_existing_table_lacks()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, indexes: Gsi("gsi1", "gsi1_pk", "gsi1_sk")));
        await _client.PutItemAsync(name, Item(("pk", "p"), ("sk", "s"), ("gsi2_pk", "G")));

        Assert.False(await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, indexes: [Gsi("gsi1", "gsi1_pk", "gsi1_sk"), Gsi("gsi2", "gsi2_pk")])));

        var table = (await _client.DescribeTableAsync(name)).Table;
        Assert.Equal(["gsi1", "gsi2"], table.GlobalSecondaryIndexes.Select(i => i.IndexName).Order());
        Assert.All(table.GlobalSecondaryIndexes, i => Assert.Equal(IndexStatus.ACTIVE, i.IndexStatus));
        var query = await _client.QueryAsync(new QueryRequest
        {
            TableName = name,
            IndexName = "gsi2",
            KeyConditionExpression = "gsi2_pk = :g",
            ExpressionAttributeValues = new() { [":g"] = new AttributeValue { S = "G" } },
        });
        Assert.Equal("p", Assert.Single(query.Items)["pk"].S);
    }

    [Fact]
    public async Task Existing_table_with_another_primary_key_is_reported()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, pk: "PK", sk: "SK"));

        var ex = await Assert.ThrowsAsync<DynamoTableDefinitionException>(() => DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name)));
        Assert.Equal(name, ex.TableName);
        Assert.Contains("(PK, SK)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(pk, sk)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Existing_table_with_another_key_type_is_reported()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, new DynamoTableDefinition(name, Key("pk", DynamoKeyType.Number), null, [], null));

        var ex = await Assert.ThrowsAsync<DynamoTableDefinitionException>(() => DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, sk: null)));
        Assert.Equal("pk", ex.AttributeName);
        Assert.Contains("type N", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Existing_global_index_with_another_key_schema_is_reported()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, indexes: Gsi("gsi1", "gsi1_pk", "gsi1_sk")));

        var ex = await Assert.ThrowsAsync<DynamoTableDefinitionException>(() => DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, indexes: Gsi("gsi1", "gsi1_pk", "other_sk"))));

        Assert.Contains("index 'gsi1'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("other_sk", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_call_with_a_local_index_is_idempotent()
    {
        var name = UniqueName();
        var definition = Table(name, ttl: "ttl", indexes: [Lsi("lsi1", "pk", "created"), Gsi("gsi1", "gsi1_pk")]);
        Assert.True(await DynamoTableCreator.CreateIfNotExistsAsync(_client, definition));

        Assert.False(await DynamoTableCreator.CreateIfNotExistsAsync(_client, definition));

        var table = (await _client.DescribeTableAsync(name)).Table;
        Assert.Single(table.LocalSecondaryIndexes);
        Assert.Single(table.GlobalSecondaryIndexes);
    }

    [Fact]
    public async Task Existing_table_without_a_declared_local_index_is_reported()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name));

        var ex = await Assert.ThrowsAsync<DynamoTableDefinitionException>(() => DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, indexes: Lsi("lsi1", "pk", "created"))));
        Assert.Equal("lsi1", ex.AttributeName);
        Assert.Contains("local index", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("has space")]
    [InlineData("emoji-\u00e9")]
    public async Task Invalid_table_names_are_refused_before_calling_DynamoDB(string name)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name)));
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merged_definition_creates_one_table_that_serves_every_entity_index()
    {
        var name = UniqueName();
        var customer = Table(name, ttl: null, indexes: Gsi("gsi1", "gsi1_pk", "gsi1_sk"));
        var order = Table(name, ttl: "expires", indexes: [Gsi("gsi1", "gsi1_pk", "gsi1_sk"), Gsi("gsi2", "gsi2_pk", "gsi2_sk")]);

        Assert.True(await DynamoTableCreator.CreateIfNotExistsAsync(_client, DynamoTableDefinitions.Merge([customer, order])));

        var table = (await _client.DescribeTableAsync(name)).Table;
        Assert.Equal(["gsi1", "gsi2"], table.GlobalSecondaryIndexes.Select(i => i.IndexName).Order());
        Assert.Equal("expires", (await _client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = name })).TimeToLiveDescription.AttributeName);
    }
}
