using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;

namespace Boto3Assist.DynamoDb.Tests.Adoption;

/// <summary>
/// boto3-assist's formats (Python cannot be installed here, so its items are written with the low-level client exactly
/// as it stores them) against a model declared with the Boto3Assist preset, on DynamoDB Local: its items read, its keys
/// are found from natural values, and the items the model writes are boto3-assist's, attribute for attribute.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class Boto3AssistPresetTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, nameof(Boto3AssistPresetTests));

    private static AttributeValue S(string text) => new() { S = text };

    private static AttributeValue N(string text) => new() { N = text };

    /// <summary>
    /// What boto3-assist 0.64 stores for a user: keys lower-cased whole, datetime.isoformat() of UTC values (6 fraction
    /// digits, none when the microseconds are 0), enum values lower case, bytes.hex(), Decimal numbers, None left out.
    /// </summary>
    private static Dictionary<string, AttributeValue> StoredByBoto3Assist() => new()
    {
        ["pk"] = S("user#py-user-1"),
        ["sk"] = S("user#py-user-1"),
        ["gsi1_pk"] = S("email#alice.smith@example.com"),
        ["gsi1_sk"] = S("email#alice.smith@example.com"),
        ["id"] = S("Py-User-1"),
        ["email"] = S("Alice.Smith@Example.com"),
        ["status"] = S("active"),
        ["previous_status"] = S("pendingreview"),
        ["created_utc"] = S("2024-05-01T13:45:30.123456+00:00"),
        ["last_login"] = S("2024-05-03T07:15:00+00:00"),
        ["verified_utc"] = S("2024-05-02T00:00:00.000001+00:00"),
        ["is_admin"] = new() { BOOL = false },
        ["balance"] = N("1050.25"),
        ["login_count"] = N("42"),
        ["score"] = N("0.875"),
        ["roles"] = new() { L = [S("reader"), S("editor")] },
        ["tags"] = new() { SS = ["beta", "vip"] },
        ["external_id"] = S("0f8fad5b-d9cb-469f-a165-70867728950e"),
        ["preferences"] = new() { M = new() { ["theme"] = S("dark"), ["lang"] = S("en") } },
        ["avatar"] = S("000102ff"),
    };

    [Fact]
    public async Task An_item_boto3_assist_stored_is_read_and_found_by_natural_key_values()
    {
        var table = await _tables.EnsureAsync<Boto3AssistPresetUser>();
        await server.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = StoredByBoto3Assist() });

        // Callers pass the values as they are ("Py-User-1"); the key builders lower-case them as boto3-assist did.
        var stored = await server.Client.GetItemAsync(new GetItemRequest { TableName = table, Key = Boto3AssistPresetUser.Keys.PrimaryKey("Py-User-1"), ConsistentRead = true });
        Assert.True(stored.IsItemSet);
        var user = Boto3AssistPresetUser.FromItem(stored.Item);

        Assert.Equal(("Py-User-1", "Alice.Smith@Example.com"), (user.Id, user.Email));
        Assert.Equal((UserStatus.Active, UserStatus.PendingReview), (user.Status, user.PreviousStatus));
        Assert.Equal(new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Utc).AddTicks(1234560), user.CreatedUtc);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 7, 15, 0, TimeSpan.Zero), user.LastLogin);
        Assert.Equal(new DateTime(2024, 5, 2, 0, 0, 0, DateTimeKind.Utc).AddTicks(10), user.VerifiedUtc);
        Assert.False(user.IsAdmin);
        Assert.Equal((1050.25m, 42, 0.875), (user.Balance, user.LoginCount, user.Score));
        Assert.Equal(["reader", "editor"], user.Roles);
        Assert.Equal(["beta", "vip"], user.Tags.Order());
        Assert.Null(user.Nickname);
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), user.ExternalId);
        Assert.Equal("dark", user.Preferences["theme"]);
        Assert.Equal([0, 1, 2, 255], user.Avatar); // hex text, with no converter

        var byEmail = await server.Client.QueryAsync(new QueryRequest
        {
            TableName = table,
            IndexName = "gsi1",
            KeyConditionExpression = "gsi1_pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = S(Boto3AssistPresetUser.Keys.Gsi1.PartitionKey("Alice.Smith@Example.com")) },
        });
        Assert.Equal("Py-User-1", Boto3AssistPresetUser.FromItem(Assert.Single(byEmail.Items)).Id);
    }

    [Fact]
    public async Task What_the_preset_model_writes_is_what_boto3_assist_stores()
    {
        var table = await _tables.EnsureAsync<Boto3AssistPresetUser>();
        var user = new Boto3AssistPresetUser
        {
            Id = "Py-User-1",
            Email = "Alice.Smith@Example.com",
            Status = UserStatus.Active,
            PreviousStatus = UserStatus.PendingReview,
            CreatedUtc = new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Utc).AddTicks(1234567), // the 7th digit is Python's to drop
            LastLogin = new DateTimeOffset(2024, 5, 3, 9, 15, 0, TimeSpan.FromHours(2)),
            VerifiedUtc = new DateTime(2024, 5, 2, 0, 0, 0, DateTimeKind.Utc).AddTicks(10),
            IsAdmin = false,
            Balance = 1050.25m,
            LoginCount = 42,
            Score = 0.875,
            Roles = ["reader", "editor"],
            Tags = ["beta", "vip"],
            Nickname = null,
            ExternalId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            Preferences = new() { ["theme"] = "dark", ["lang"] = "en" },
            Avatar = [0, 1, 2, 255],
        };

        var stored = await _tables.PutAndGetRawAsync(user);

        var expected = StoredByBoto3Assist();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, value) in expected)
        {
            Assert.True(CanonicalAttributeValue.Of(value) == CanonicalAttributeValue.Of(stored[name]), $"{name}: boto3-assist stores {CanonicalAttributeValue.Of(value)}, the model wrote {CanonicalAttributeValue.Of(stored[name])}");
        }
    }
}
