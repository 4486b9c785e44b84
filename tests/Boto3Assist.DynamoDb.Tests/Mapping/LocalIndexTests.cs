using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>A generated LSI end to end: the table created from the metadata, the index attribute stored, a range query through it.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class LocalIndexTests(DynamoDbLocalFixture server)
{
    private static readonly DateTimeOffset Noon = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly EntityTables _tables = new(server.Client, nameof(LocalIndexTests));

    [Fact]
    public async Task Table_from_metadata_has_the_local_index_on_the_table_partition_key()
    {
        var name = await _tables.EnsureAsync<ChatMessage>();

        var lsi = Assert.Single((await server.Client.DescribeTableAsync(name)).Table.LocalSecondaryIndexes);
        Assert.Equal(ChatMessage.Keys.Lsi1.IndexName, lsi.IndexName);
        Assert.Equal([("pk", "HASH"), ("lsi1_sk", "RANGE")], lsi.KeySchema.Select(k => (k.AttributeName, k.KeyType.Value)));
    }

    [Fact]
    public void Date_placeholders_are_converted_to_utc_before_formatting_so_one_instant_gives_one_key()
    {
        var sameInstant = new DateTimeOffset(2024, 5, 1, 14, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal("MSG#2024-05-01T12:00:00.0000000+00:00", ChatMessage.Keys.SortKey(sameInstant));
        Assert.Equal(ChatMessage.Keys.SortKey(Noon), ChatMessage.Keys.SortKey(sameInstant));
        Assert.Equal("ORDER#2024-05-01#o1", Order.Keys.SortKey(new DateTime(2024, 5, 1, 23, 30, 0, DateTimeKind.Utc), "o1"));
    }

    [Fact]
    public async Task Messages_of_one_sender_in_a_room_through_the_local_index()
    {
        ChatMessage[] messages =
        [
            new() { RoomId = "r1", Sender = "ann", SentAt = Noon, Text = "hi" },
            new() { RoomId = "r1", Sender = "bob", SentAt = Noon.AddMinutes(1), Text = "hello" },
            new() { RoomId = "r1", Sender = "ann", SentAt = Noon.AddMinutes(2), Text = "how are you?" },
            new() { RoomId = "r2", Sender = "ann", SentAt = Noon, Text = "other room" },
        ];
        foreach (var message in messages)
        {
            var raw = await _tables.PutAndGetRawAsync(message);
            Assert.Equal(ChatMessage.Keys.Lsi1.SortKey(message.Sender, message.SentAt), raw["lsi1_sk"].S);
        }

        var anns = await _tables.QueryAsync<ChatMessage>(new QueryRequest
        {
            IndexName = ChatMessage.Keys.Lsi1.IndexName,
            KeyConditionExpression = "pk = :pk AND begins_with(lsi1_sk, :prefix)",
            ExpressionAttributeValues = new()
            {
                [":pk"] = new AttributeValue { S = ChatMessage.Keys.PartitionKey("r1") },
                [":prefix"] = new AttributeValue { S = ChatMessage.Keys.Lsi1.SortKeyPrefix("ann") },
            },
        });

        Assert.Equal("SENDER#ann#", ChatMessage.Keys.Lsi1.SortKeyPrefix("ann"));
        Assert.Equal(["hi", "how are you?"], anns.Select(i => ChatMessage.FromItem(i).Text));
    }
}
