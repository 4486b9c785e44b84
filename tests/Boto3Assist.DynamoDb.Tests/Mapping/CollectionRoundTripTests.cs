using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

[Collection(DynamoDbLocalCollection.Name)]
public sealed class CollectionRoundTripTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, nameof(CollectionRoundTripTests));

    public static CollectionMatrix Filled() => new()
    {
        Id = "filled",
        IntArray = [int.MinValue, 0, int.MaxValue],
        StringArray = ["a", "", "ü"],
        StringList = ["x", "y", "x"],
        LongList = [long.MinValue, long.MaxValue],
        DecimalReadOnlyList = [decimal.MaxValue, 0.5m, -1m],
        IntIList = [3, 2, 1],
        StringCollection = ["c1", "c2"],
        DoubleReadOnlyCollection = [double.MinValue / 1E+200, 1E-130],
        StringReadOnlySet = new HashSet<string> { "ro" },
        DecimalIDictionary = new Dictionary<string, decimal> { ["pi"] = 3.14159265358979323846264338m },
        BoolReadOnlyDictionary = new Dictionary<string, bool> { ["yes"] = true, ["no"] = false },
        StringEnumerable = ["one", "two"],
        GuidList = [Guid.Empty, Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301")],
        DateList = [new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)],
        ColorList = [Color.Blue, Color.Red, Color.Blue],
        BinaryList = [[], [1, 2, 3]],
        AddressList = [new Address("1 A St", "Aville", "11111"), new Address("2 B St", "Bville", null)],
        NestedLists = [[1, 2], [], [3]],
        NullableStringList = ["a", null, "c"],
        StringSet = ["red", "green", "ünïcode"],
        IntSet = new HashSet<int> { -1, 0, int.MaxValue },
        LongSet = [long.MinValue, long.MaxValue],
        DoubleSet = [0.1, -2.5E-100, 1E+100],
        DecimalSet = [decimal.MinValue, 0.0000000000000000000000000001m],
        BinarySet = [[0], [1, 2], [255, 255, 255]],
        StringMap = new() { ["k"] = "v", ["empty"] = "", ["with.dot and space"] = "ok" },
        IntMap = new() { ["min"] = int.MinValue, ["max"] = int.MaxValue },
        AddressMap = new() { ["home"] = new Address("H", "C", "P") },
        ListMap = new() { ["none"] = [], ["some"] = ["a", "b"] },
    };

    [Fact]
    public async Task Filled_collections_round_trip()
    {
        var original = Filled();
        DeepEquality.AssertEqual(original, await _tables.RoundTripAsync(original));
    }

    [Fact]
    public async Task Empty_collections_round_trip_and_empty_sets_are_left_out()
    {
        var original = new CollectionMatrix { Id = "empty" };

        var raw = await _tables.PutAndGetRawAsync(original);
        var readBack = CollectionMatrix.FromItem(raw);

        DeepEquality.AssertEqual(original, readBack);
        foreach (var set in new[] { "StringSet", "IntSet", "LongSet", "DoubleSet", "DecimalSet", "BinarySet", "StringReadOnlySet" })
        {
            Assert.False(raw.ContainsKey(set), $"{set} should be left out when empty (DynamoDB refuses empty sets)");
        }

        Assert.Empty(raw["StringList"].L);
        Assert.Empty(raw["IntArray"].L);
        Assert.Empty(raw["StringMap"].M);
        Assert.NotNull(readBack.StringSet);
        Assert.NotNull(readBack.IntSet);
        Assert.NotNull(readBack.BinarySet);
    }

    [Fact]
    public async Task Lists_sets_and_maps_use_L_SS_NS_BS_and_M()
    {
        var raw = await _tables.PutAndGetRawAsync(Filled());

        Assert.Equal(["x", "y", "x"], raw["StringList"].L.Select(v => v.S));
        Assert.Equal(["-2147483648", "0", "2147483647"], raw["IntArray"].L.Select(v => v.N));
        Assert.Equal(["Blue", "Red", "Blue"], raw["ColorList"].L.Select(v => v.S));
        Assert.True(raw["NullableStringList"].L[1].NULL);
        Assert.Equal(["green", "red", "ünïcode"], raw["StringSet"].SS.Order(StringComparer.Ordinal));
        Assert.Equal(3, raw["IntSet"].NS.Count);
        Assert.Equal(3, raw["BinarySet"].BS.Count);
        Assert.Equal("H", raw["AddressMap"].M["home"].M["Street"].S);
        Assert.Equal("2147483647", raw["IntMap"].M["max"].N);
        Assert.Equal(["1", "2"], raw["NestedLists"].L[0].L.Select(v => v.N));
    }

    [Fact]
    public async Task Nested_record_null_member_is_left_out_of_the_nested_map()
    {
        var raw = await _tables.PutAndGetRawAsync(Filled());

        var second = raw["AddressList"].L[1].M;
        Assert.Equal("2 B St", second["Street"].S);
        Assert.False(second.ContainsKey("PostalCode"));
    }
}
