using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// No value given to a key builder or ToItem makes a key that another combination of values makes: string placeholder
/// values may not be empty nor contain a delimiter of their template, unless declared {Member:raw}. Against DynamoDB
/// Local, the attacks of the hostile-input report read and overwrite nothing.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class KeyInjectionTests(DynamoDbLocalFixture server) : IAsyncLifetime
{
    private readonly string _table = TestTables.UniqueName(nameof(KeyInjectionTests));

    public async Task InitializeAsync() =>
        await DynamoTableCreator.CreateIfNotExistsAsync(server.Client, DynamoTableDefinitions.Merge([UserProfile.Metadata, UserOrderLine.Metadata, TenantDocument.Metadata, StoredFile.Metadata]), _table);

    public Task DisposeAsync() => server.Client.DeleteTableAsync(_table);

    [Fact]
    public void A_value_holding_the_delimiter_is_refused_naming_entity_key_and_member_but_not_the_value()
    {
        var error = Assert.Throws<DynamoMappingException>(() => UserProfile.Keys.PartitionKey("1#ORDER#x"));

        Assert.Equal("UserProfile", error.Entity);
        Assert.Equal("pk", error.Attribute);
        Assert.Contains("'UserId'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'#'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ORDER#x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_values_are_refused_in_builders_prefixes_and_ToItem()
    {
        Assert.Throws<DynamoMappingException>(() => UserProfile.Keys.PartitionKey(""));
        Assert.Throws<DynamoMappingException>(() => TenantDocument.Keys.SortKeyPrefix(""));
        var error = Assert.Throws<DynamoMappingException>(() => new TenantDocument { Tenant = "t1", Owner = "", DocId = "d1" }.ToItem());
        Assert.Equal(("TenantDocument", "sk"), (error.Entity, error.Attribute));
    }

    [Fact]
    public async Task A_collection_query_for_a_forged_user_never_reads_another_users_order_lines()
    {
        await Put(new UserOrderLine { UserId = "1", OrderId = "x", LineNumber = 1, Sku = "secret-sku" });

        // The attack: user "1#ORDER#x" asks for its own partition, which is user 1's order x.
        Assert.Throws<DynamoMappingException>(() => UserProfile.Keys.PartitionKey("1#ORDER#x"));

        // The honest query still finds the line.
        var lines = await Query(UserOrderLine.Keys.PartitionKey("1", "x"));
        Assert.Equal("secret-sku", Assert.Single(lines)["Sku"].S);
    }

    [Fact]
    public async Task An_owner_holding_the_delimiter_can_neither_list_nor_overwrite_another_owners_documents()
    {
        await Put(new TenantDocument { Tenant = "t1", Owner = "alice", DocId = "d1", Body = "alice's" });

        Assert.Throws<DynamoMappingException>(() => TenantDocument.Keys.SortKeyPrefix("alice#secret"));
        Assert.Throws<DynamoMappingException>(() => new TenantDocument { Tenant = "t1", Owner = "alice#d1", DocId = "x", Body = "mallory's" }.ToItem());
        Assert.Throws<DynamoMappingException>(() => new TenantDocument { Tenant = "t1", Owner = "alice", DocId = "", Body = "mallory's" }.ToItem());

        var stored = await Query(TenantDocument.Keys.PartitionKey("t1"));
        var only = Assert.Single(stored);
        Assert.Equal(("DOC#alice#d1", "alice's"), (only["sk"].S, only["Body"].S));
    }

    [Fact]
    public async Task A_raw_placeholder_takes_the_delimiter_on_purpose()
    {
        var file = new StoredFile { Path = "reports/2024#q1.pdf" };
        await Put(file);

        var item = await server.Client.GetItemAsync(new GetItemRequest { TableName = _table, Key = StoredFile.Keys.PrimaryKey("reports/2024#q1.pdf") });
        Assert.Equal("FILE#reports/2024#q1.pdf", item.Item["pk"].S);
        Assert.Equal(file, StoredFile.FromItem(item.Item));
    }

    [Fact]
    public void Lower_case_placeholders_are_cased_inside_the_builders()
    {
        Assert.Equal("user#py-user-1", LowerCaseUser.Keys.PartitionKey("Py-User-1"));
        Assert.Equal("email#alice.smith@example.com", LowerCaseUser.Keys.Gsi0.PartitionKey("Alice.Smith@Example.com"));
        var item = new LowerCaseUser { UserId = "Py-User-1", Email = "Alice.Smith@Example.com" }.ToItem();
        Assert.Equal(("user#py-user-1", "user#py-user-1", "email#alice.smith@example.com"), (item["pk"].S, item["sk"].S, item["gsi0_pk"].S));
        Assert.Equal("Py-User-1", item["UserId"].S);
    }

    [Property(Arbitrary = [typeof(KeyPieces)], MaxTest = 1000, Replay = "(8764091,297)")]
    public bool Two_entities_keys_never_collide(string user, string otherUser, string order)
    {
        var profile = Build(() => UserProfile.Keys.PartitionKey(user));
        var line = Build(() => UserOrderLine.Keys.PartitionKey(otherUser, order));
        return profile is null || line is null || profile != line;
    }

    [Property(Arbitrary = [typeof(KeyPieces)], MaxTest = 1000, Replay = "(1234567,89)")]
    public bool An_owners_prefix_covers_only_that_owners_documents(string owner, string otherOwner, string doc)
    {
        var prefix = Build(() => TenantDocument.Keys.SortKeyPrefix(owner));
        var key = Build(() => TenantDocument.Keys.SortKey(otherOwner, doc));
        return prefix is null || key is null || owner == otherOwner || !key.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>Strings made of the pieces attacks are made of, so delimiters and empty values come up often.</summary>
    public static class KeyPieces
    {
        public static Arbitrary<string> Pieces() =>
            Arb.From(Gen.ArrayOf(Gen.Elements("1", "x", "#", "ORDER", "alice", "d1", "secret", "")).Select(string.Concat));
    }

    private static string? Build(Func<string> build)
    {
        try
        {
            return build();
        }
        catch (DynamoMappingException)
        {
            return null;
        }
    }

    private Task Put<T>(T entity) where T : IDynamoEntity<T> =>
        server.Client.PutItemAsync(new PutItemRequest { TableName = _table, Item = entity.ToItem() });

    private async Task<List<Dictionary<string, AttributeValue>>> Query(string partition)
    {
        var response = await server.Client.QueryAsync(new QueryRequest
        {
            TableName = _table,
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = partition } },
        });
        return response.Items;
    }
}
