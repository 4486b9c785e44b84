using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Streams;

/// <summary>
/// Every type of the mapping matrix through a real stream: an item of <see cref="EveryType"/> inserted, changed in every
/// member and removed on DynamoDB Local, its records read over the Streams API and dispatched. The typed old and new
/// images must be the items written, member for member.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class MappingMatrixStreamTests(DynamoDbFixture fixture)
{
    private static EveryType First() => new()
    {
        Id = "matrix",
        Text = "t\u00e9xt \U0001F600",
        Flag = true,
        Tiny = 255,
        Small = -32768,
        Count = int.MinValue,
        Big = long.MaxValue,
        Huge = ulong.MaxValue,
        Money = 79228162514264337593543950335m,
        Ratio = 0.1 + 0.2,
        Weight = 3.5f,
        Reference = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
        When = new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Utc).AddTicks(1234567),
        Moment = new DateTimeOffset(2024, 5, 1, 13, 45, 30, TimeSpan.Zero),
        Day = new DateOnly(2024, 2, 29),
        Time = new TimeOnly(23, 59, 59).Add(TimeSpan.FromTicks(1)),
        Duration = TimeSpan.FromDays(-1.5),
        Weekday = DayOfWeek.Saturday,
        Permissions = Permission.Read | Permission.Delete,
        WeekdayNumber = DayOfWeek.Monday,
        Payload = [0, 1, 2, 255],
        MaybeCount = 0,
        MaybeText = "",
        Tags = ["b", "a", "b"],
        Scores = [3, 1, 2],
        Labels = ["x", "y"],
        Codes = [1, -2, long.MinValue],
        Blobs = [[1], [2, 3]],
        Counters = new() { ["one"] = 1, ["minus"] = -1 },
        Size = new Dimensions(1.5m, 2m, "cm"),
        Boxes = [new Dimensions(1m, 1m, null), new Dimensions(0.25m, 4m, "in")],
        ExpiresAt = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    // Every member different from First(), nullable ones set to null, collections emptied or changed.
    private static EveryType Second() => new()
    {
        Id = "matrix",
        Text = "",
        Flag = false,
        Tiny = 0,
        Small = 1,
        Count = 42,
        Big = -1,
        Huge = 0,
        Money = -0.0000000000000000000000000001m,
        Ratio = double.MaxValue / 1e200,
        Weight = -0.5f,
        Reference = Guid.Empty,
        When = new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Utc),
        Moment = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Day = DateOnly.MinValue,
        Time = TimeOnly.MinValue,
        Duration = TimeSpan.MaxValue,
        Weekday = DayOfWeek.Sunday,
        Permissions = Permission.Write,
        WeekdayNumber = (DayOfWeek)77,
        Payload = [],
        MaybeCount = null,
        MaybeText = null,
        Tags = [],
        Scores = [0],
        Labels = [],
        Codes = [7],
        Blobs = [],
        Counters = [],
        Size = null,
        Boxes = [new Dimensions(9m, 9m, "m")],
        ExpiresAt = null,
    };

    [Fact]
    public async Task Old_and_new_images_of_every_type_are_the_items_written()
    {
        var table = "stream-matrix-" + Guid.NewGuid().ToString("N")[..8];
        await DynamoTableCreator.CreateIfNotExistsAsync(
            fixture.Client,
            EveryType.Metadata.Table with { Settings = new DynamoTableSettings { StreamViewType = DynamoStreamViewType.NewAndOldImages } },
            table);
        var arn = (await fixture.Client.DescribeTableAsync(table)).Table.LatestStreamArn;

        var first = First();
        var second = Second();
        await fixture.Client.PutItemAsync(table, first.ToItem());
        await fixture.Client.PutItemAsync(table, second.ToItem());
        await fixture.Client.DeleteItemAsync(table, second.ToKey());

        using var streams = fixture.Local.CreateStreamReader();
        var streamEvent = DynamoStreamEvent.Parse(await streams.ReadEventJsonAsync(arn));

        EveryType? inserted = null, before = null, after = null, removed = null;
        IReadOnlyList<string>? changed = null;
        var unknown = 0;
        var dispatcher = new DynamoStreamDispatcherBuilder()
            .On<EveryType>(
                onInsert: (item, _, _) => { inserted = item; return Task.CompletedTask; },
                onModify: (old, @new, names, _, _) => { (before, after, changed) = (old, @new, names); return Task.CompletedTask; },
                onRemove: (item, _, _) => { removed = item; return Task.CompletedTask; })
            .OnUnknown((_, _) => { unknown++; return Task.CompletedTask; })
            .Build();

        var response = await dispatcher.DispatchAsync(streamEvent);

        Assert.Empty(response.FailedSequenceNumbers);
        Assert.Equal(0, unknown);
        AssertSame(first, inserted);
        AssertSame(first, before);
        AssertSame(second, after);
        AssertSame(second, removed);

        // Every attribute but the keys, the id they are built from and the discriminator changed, was added or was removed.
        var expected = first.ToItem().Keys.Union(second.ToItem().Keys)
            .Except(["pk", "sk", "_type", "Id"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, changed);

        // Spot checks on values, so that a mapping which loses information in both directions cannot pass.
        Assert.Equal(ulong.MaxValue, before!.Huge);
        Assert.Equal(79228162514264337593543950335m, before.Money);
        Assert.Equal(DayOfWeek.Saturday, before.Weekday);
        Assert.Equal((DayOfWeek)77, after!.WeekdayNumber);
        Assert.Equal(["b", "a", "b"], before.Tags);
        Assert.Equal(2, before.Blobs.Count);
        Assert.Null(after.MaybeCount);
        Assert.Null(after.Size);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), before.ExpiresAt);
    }

    /// <summary>Two entities are the same when their items are, written as DynamoDB JSON with maps and sets sorted.</summary>
    private static void AssertSame(EveryType expected, EveryType? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(Canonical(expected.ToItem()), Canonical(actual!.ToItem()));
    }

    private static string Canonical(Dictionary<string, AttributeValue> item)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DynamoItemJson.WriteItem(writer, Sorted(item));
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // DynamoDB keeps neither the order of a map's entries nor of a set's elements: compare them sorted.
    private static Dictionary<string, AttributeValue> Sorted(IReadOnlyDictionary<string, AttributeValue> map) =>
        map.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary(pair => pair.Key, pair => Sorted(pair.Value));

    private static AttributeValue Sorted(AttributeValue value) => value switch
    {
        { M: { Count: > 0 } m } => new AttributeValue { M = Sorted(m) },
        { L: { Count: > 0 } l } => new AttributeValue { L = l.Select(Sorted).ToList() },
        { SS: { Count: > 0 } ss } => new AttributeValue { SS = ss.Order(StringComparer.Ordinal).ToList() },
        { NS: { Count: > 0 } ns } => new AttributeValue { NS = ns.Order(StringComparer.Ordinal).ToList() },
        { BS: { Count: > 0 } bs } => new AttributeValue { BS = bs.OrderBy(b => Convert.ToBase64String(b.ToArray()), StringComparer.Ordinal).ToList() },
        _ => value,
    };
}
