using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

[Collection(DynamoDbLocalCollection.Name)]
public sealed class NullableRoundTripTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, nameof(NullableRoundTripTests));

    public static NullableMatrix AllSet() => new()
    {
        Id = "set",
        Text = "text",
        Flag = false,
        Byte = 0,
        SByte = -1,
        Int16 = 0,
        UInt16 = 1,
        Int32 = 0,
        UInt32 = 7,
        Int64 = long.MinValue,
        UInt64 = ulong.MaxValue,
        Single = 0f,
        Double = -0.5,
        Decimal = 0m,
        Guid = Guid.Empty,
        DateTime = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        DateTimeOffset = DateTimeOffset.UnixEpoch,
        DateOnly = new DateOnly(1, 1, 1),
        TimeOnly = new TimeOnly(0, 0),
        TimeSpan = TimeSpan.Zero,
        ColorByName = Color.Red,
        ColorByNumber = Color.Green,
        Bytes = [],
        Memory = new byte[] { 1 },
        Address = new Address("1 Main St", "Springfield", null),
        Names = [],
        Labels = ["a"],
        Counts = new() { ["zero"] = 0 },
    };

    [Fact]
    public async Task Nullable_members_holding_values_round_trip()
    {
        var original = AllSet();
        DeepEquality.AssertEqual(original, await _tables.RoundTripAsync(original));
    }

    [Fact]
    public async Task Null_members_are_left_out_of_the_item_and_read_back_as_null()
    {
        var original = new NullableMatrix { Id = "nulls" };

        var raw = await _tables.PutAndGetRawAsync(original);
        var readBack = NullableMatrix.FromItem(raw);

        Assert.Equal(["Id", "_type", "pk"], raw.Keys.Order(StringComparer.Ordinal));
        DeepEquality.AssertEqual(original, readBack);
        Assert.Null(readBack.Memory);
        Assert.Null(readBack.Address);
        Assert.Null(readBack.Names);
    }

    [Fact]
    public async Task Empty_nullable_set_is_not_stored_and_reads_back_as_null()
    {
        var raw = await _tables.PutAndGetRawAsync(new NullableMatrix { Id = "empty-set", Labels = [], Names = [] });

        Assert.False(raw.ContainsKey("Labels"));
        Assert.Empty(raw["Names"].L);
        var readBack = NullableMatrix.FromItem(raw);
        Assert.Null(readBack.Labels);
        Assert.Empty(Assert.IsType<List<string>>(readBack.Names));
    }

    [Fact]
    public async Task Default_values_are_stored_not_mistaken_for_null()
    {
        var raw = await _tables.PutAndGetRawAsync(AllSet());

        Assert.Equal("0", raw["Int32"].N);
        Assert.False(raw["Flag"].BOOL);
        Assert.Equal("00000000-0000-0000-0000-000000000000", raw["Guid"].S);
        Assert.Equal("Red", raw["ColorByName"].S);
        Assert.Equal("2", raw["ColorByNumber"].N);
    }
}
