using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;

namespace Boto3Assist.DynamoDb.Tests.Adoption;

/// <summary>
/// Items exactly as boto3-assist 0.64 stores them (Python cannot be installed here, so they are written with the
/// low-level client): lower-cased keys, snake_case names, enum values lower case, dates from Python's isoformat (6
/// fraction digits and an offset, or none), Decimal numbers, None as NULL, lists as L and sets as SS, bytes as hex.
/// Read by the generated FromItem against DynamoDB Local.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class Boto3AssistFormatTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, nameof(Boto3AssistFormatTests));

    private static AttributeValue S(string text) => new() { S = text };

    private static AttributeValue N(string text) => new() { N = text };

    public static Dictionary<string, AttributeValue> StoredByBoto3Assist(string id) => new()
    {
        ["pk"] = S("user#" + id),
        ["sk"] = S("user#" + id),
        ["id"] = S(id),
        ["email"] = S("alice.smith@example.com"),
        ["status"] = S("active"),
        ["previous_status"] = S("pendingreview"),
        ["created_utc"] = S("2024-05-01T13:45:30.123456+00:00"),
        ["last_login"] = S("2024-05-03T09:15:00.5+02:00"),
        ["verified_utc"] = S("2024-05-02T00:00:00+00:00"),
        ["is_admin"] = new() { BOOL = false },
        ["balance"] = N("1050.25"),
        ["login_count"] = N("42"),
        ["score"] = N("0.875"),
        ["roles"] = new() { L = [S("reader"), S("editor")] },
        ["tags"] = new() { SS = ["beta", "vip"] },
        ["nickname"] = new() { NULL = true },
        ["external_id"] = S("0f8fad5b-d9cb-469f-a165-70867728950e"),
        ["preferences"] = new() { M = new() { ["theme"] = S("dark"), ["lang"] = S("en") } },
        ["avatar"] = S("000102ff"),
    };

    [Fact]
    public async Task An_item_boto3_assist_stored_is_read_by_FromItem()
    {
        var name = await _tables.EnsureAsync<Boto3AssistUser>();
        await server.Client.PutItemAsync(new PutItemRequest { TableName = name, Item = StoredByBoto3Assist("py-user-1") });

        var stored = await server.Client.GetItemAsync(new GetItemRequest
        {
            TableName = name,
            Key = new() { ["pk"] = S("user#py-user-1"), ["sk"] = S("user#py-user-1") },
            ConsistentRead = true,
        });
        var user = Boto3AssistUser.FromItem(stored.Item);

        Assert.Equal("py-user-1", user.Id);
        Assert.Equal("alice.smith@example.com", user.Email);
        Assert.Equal(UserStatus.Active, user.Status);
        Assert.Equal(UserStatus.PendingReview, user.PreviousStatus);
        Assert.Equal(new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Utc).AddTicks(1234560), user.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, user.CreatedUtc.Kind);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 9, 15, 0, 500, TimeSpan.FromHours(2)), user.LastLogin);
        Assert.Equal(TimeSpan.FromHours(2), user.LastLogin.Offset);
        Assert.Equal(new DateTime(2024, 5, 2, 0, 0, 0, DateTimeKind.Utc), user.VerifiedUtc);
        Assert.False(user.IsAdmin);
        Assert.Equal(1050.25m, user.Balance);
        Assert.Equal(42, user.LoginCount);
        Assert.Equal(0.875, user.Score);
        Assert.Equal(["reader", "editor"], user.Roles);
        Assert.Equal(["beta", "vip"], user.Tags.Order());
        Assert.Null(user.Nickname);
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), user.ExternalId);
        Assert.Equal("dark", user.Preferences["theme"]);
        Assert.Equal([0, 1, 2, 255], user.Avatar);
    }

    [Theory]
    [InlineData("created_utc", "2024-05-01T13:45:30.123456")] // naive datetime.isoformat(): no zone, refused
    [InlineData("created_utc", "2024-05-01 13:45:30.123456+00:00")] // str(datetime): a space, refused
    [InlineData("status", "deleted")]
    [InlineData("avatar", "00010")]
    public async Task What_boto3_assist_could_store_but_is_ambiguous_or_undefined_is_refused(string attribute, string text)
    {
        var name = await _tables.EnsureAsync<Boto3AssistUser>();
        var item = StoredByBoto3Assist("py-user-" + attribute + text.Length);
        item[attribute] = S(text);
        await server.Client.PutItemAsync(new PutItemRequest { TableName = name, Item = item });

        var stored = await server.Client.GetItemAsync(new GetItemRequest
        {
            TableName = name,
            Key = new() { ["pk"] = item["pk"], ["sk"] = item["sk"] },
            ConsistentRead = true,
        });
        var e = Assert.Throws<DynamoMappingException>(() => Boto3AssistUser.FromItem(stored.Item));

        Assert.Equal(("Boto3AssistUser", attribute), (e.Entity, e.Attribute));
    }

    [Fact]
    public async Task Hex_bytes_are_not_read_as_bytes_unless_the_member_says_so()
    {
        // Without a converter a byte[] member reads B only: an S of hex digits is refused, not decoded.
        var e = Assert.Throws<DynamoMappingException>(() => Boto3Assist.DynamoDb.Mapping.AttributeValueReader.Binary(S("000102ff"), "Boto3AssistUser", "avatar"));
        Assert.Equal(("B", "S"), (e.Expected, e.Found));

        // And what this library writes with the converter is what boto3-assist stores.
        var name = await _tables.EnsureAsync<Boto3AssistUser>();
        var user = Boto3AssistUser.FromItem(StoredByBoto3Assist("py-user-2"));
        await server.Client.PutItemAsync(new PutItemRequest { TableName = name, Item = user.ToItem() });
        var stored = await server.Client.GetItemAsync(new GetItemRequest { TableName = name, Key = user.ToKey(), ConsistentRead = true });
        Assert.Equal("000102ff", stored.Item["avatar"].S);
        Assert.Equal("user#py-user-2", stored.Item["pk"].S);
    }
}
