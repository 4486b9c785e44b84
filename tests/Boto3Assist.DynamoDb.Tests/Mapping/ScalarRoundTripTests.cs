using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>Every scalar type, ordinary and extreme values, through DynamoDB Local: PutItem(ToItem) -> GetItem(ToKey) -> FromItem.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class ScalarRoundTripTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, nameof(ScalarRoundTripTests));

    public static ScalarMatrix Ordinary() => new()
    {
        Id = "ordinary",
        Text = "hello",
        Flag = true,
        Byte = 200,
        SByte = -100,
        Int16 = -30000,
        UInt16 = 60000,
        Int32 = -2_000_000_000,
        UInt32 = 4_000_000_000,
        Int64 = -9_000_000_000_000,
        UInt64 = 18_000_000_000_000_000_000,
        Single = 3.14159f,
        Double = 0.1 + 0.2,
        Decimal = 1234567.891m,
        Guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        DateTime = new DateTime(2024, 5, 1, 13, 45, 30, 123, DateTimeKind.Utc).AddTicks(4567),
        DateTimeOffset = new DateTimeOffset(2024, 5, 1, 13, 45, 30, 999, TimeSpan.Zero),
        DateOnly = new DateOnly(2024, 2, 29),
        TimeOnly = new TimeOnly(23, 59, 58, 123).Add(TimeSpan.FromTicks(4567)),
        TimeSpan = new TimeSpan(3, 4, 5, 6, 789),
        ColorByName = Color.Green,
        ColorByNumber = Color.Blue,
        FlagsByName = Permissions.Read | Permissions.Delete,
        Bytes = [0, 1, 2, 254, 255],
        Memory = new byte[] { 9, 8, 7 },
    };

    public static ScalarMatrix Maximums() => new()
    {
        Id = "max",
        Text = new string('x', 1000),
        Flag = true,
        Byte = byte.MaxValue,
        SByte = sbyte.MaxValue,
        Int16 = short.MaxValue,
        UInt16 = ushort.MaxValue,
        Int32 = int.MaxValue,
        UInt32 = uint.MaxValue,
        Int64 = long.MaxValue,
        UInt64 = ulong.MaxValue,
        Single = float.MaxValue,
        // DynamoDB numbers stop below 1E+126 (double.MaxValue is beyond it; 9.999999999999999E+125 rounds to 1E+126).
        Double = 9.99999999999999E+125,
        Decimal = decimal.MaxValue,
        Guid = Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff"),
        DateTime = DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc),
        DateTimeOffset = DateTimeOffset.MaxValue,
        DateOnly = DateOnly.MaxValue,
        TimeOnly = TimeOnly.MaxValue,
        TimeSpan = TimeSpan.MaxValue,
        ColorByName = Color.Blue,
        ColorByNumber = Color.Blue,
        FlagsByName = Permissions.Read | Permissions.Write | Permissions.Delete,
        Bytes = Enumerable.Range(0, 4096).Select(i => (byte)i).ToArray(),
        Memory = Enumerable.Range(0, 300).Select(i => (byte)(255 - i % 256)).ToArray(),
    };

    public static ScalarMatrix Minimums() => new()
    {
        Id = "min",
        Text = "",
        Flag = false,
        Byte = byte.MinValue,
        SByte = sbyte.MinValue,
        Int16 = short.MinValue,
        UInt16 = ushort.MinValue,
        Int32 = int.MinValue,
        UInt32 = uint.MinValue,
        Int64 = long.MinValue,
        UInt64 = ulong.MinValue,
        Single = float.Epsilon,
        // The smallest magnitude DynamoDB stores is 1E-130 (double.Epsilon, 4.9E-324, is below it).
        Double = -1E-130,
        Decimal = decimal.MinValue,
        Guid = Guid.Empty,
        DateTime = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
        DateTimeOffset = DateTimeOffset.MinValue,
        DateOnly = DateOnly.MinValue,
        TimeOnly = TimeOnly.MinValue,
        TimeSpan = TimeSpan.MinValue,
        ColorByName = Color.Red,
        ColorByNumber = Color.Red,
        FlagsByName = Permissions.None,
        Bytes = [],
        Memory = ReadOnlyMemory<byte>.Empty,
    };

    public static ScalarMatrix Precision() => new()
    {
        Id = "precision",
        Text = "unicode: héllo wörld, 中文, العربية, emoji 🌍🚀, combining e\u0301, zero-width \u200b, quote \" and backslash \\",
        Single = -0.1f,
        Double = 1.0 / 3.0,
        // Stored by name, so it must be a defined value (default(Color) is not).
        ColorByName = Color.Red,
        // 28 decimal places and 29 significant digits: DynamoDB keeps 38.
        Decimal = 0.0000000000000000000000000001m,
        Int64 = -1,
        UInt64 = 10_000_000_000_000_000_000,
        DateTime = new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999),
        // An offset is kept as the same instant (stored in UTC).
        DateTimeOffset = new DateTimeOffset(2024, 5, 1, 23, 30, 0, TimeSpan.FromHours(-7.5)),
        TimeSpan = -TimeSpan.FromTicks(1),
        Guid = Guid.NewGuid(),
        Bytes = [0],
    };

    public static TheoryData<string> Cases() => new() { "ordinary", "max", "min", "precision" };

    private static ScalarMatrix Case(string name) => name switch
    {
        "ordinary" => Ordinary(),
        "max" => Maximums(),
        "min" => Minimums(),
        _ => Precision(),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_scalar_round_trips_through_DynamoDB(string name)
    {
        var original = Case(name);

        var readBack = await _tables.RoundTripAsync(original);

        DeepEquality.AssertEqual(original, readBack);
    }

    [Fact]
    public async Task DateTimes_read_back_as_utc()
    {
        var readBack = await _tables.RoundTripAsync(Ordinary());
        Assert.Equal(DateTimeKind.Utc, readBack.DateTime.Kind);
        Assert.Equal(TimeSpan.Zero, readBack.DateTimeOffset.Offset);
    }

    [Fact]
    public async Task Stored_types_and_formats_are_the_documented_ones()
    {
        var raw = await _tables.PutAndGetRawAsync(Ordinary());

        Assert.Equal("SCALAR#ordinary", raw["pk"].S);
        Assert.Equal("ScalarMatrix", raw["_type"].S);
        Assert.Equal("hello", raw["Text"].S);
        Assert.True(raw["Flag"].BOOL);
        Assert.Equal("-2000000000", raw["Int32"].N);
        Assert.Equal("18000000000000000000", raw["UInt64"].N);
        Assert.Equal("1234567.891", raw["Decimal"].N);
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", raw["Guid"].S);
        Assert.Equal("2024-05-01T13:45:30.1234567Z", raw["DateTime"].S);
        Assert.Equal("2024-02-29", raw["DateOnly"].S);
        Assert.Equal("Green", raw["ColorByName"].S);
        Assert.Equal("4", raw["ColorByNumber"].N);
        Assert.Equal([0, 1, 2, 254, 255], raw["Bytes"].B.ToArray());
        Assert.Equal([9, 8, 7], raw["Memory"].B.ToArray());
        Assert.Equal(0.1 + 0.2, double.Parse(raw["Double"].N, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(double.MaxValue)]
    [InlineData(1E+126)]
    [InlineData(-1E+126)]
    [InlineData(double.Epsilon)]
    [InlineData(-1E-131)]
    [InlineData(9.99999999999999E-131)]
    public void Finite_doubles_beyond_DynamoDB_range_are_refused_by_ToItem(double value)
    {
        var entity = Ordinary();
        entity.Double = value;

        var ex = Assert.Throws<DynamoMappingException>(() => entity.ToItem());

        Assert.Equal("ScalarMatrix", ex.Entity);
        Assert.Equal("Double", ex.Attribute);
        Assert.Contains("below 1E+126", ex.Expected, StringComparison.Ordinal);
        Assert.Equal(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), ex.Found);
    }

    [Theory]
    [InlineData(1E+126)]
    [InlineData(double.Epsilon)]
    public async Task What_ToItem_refuses_the_server_refuses_too(double value)
    {
        // The same number written by hand reaches PutItem and fails there, so the client-side limit is DynamoDB's own.
        var entity = Ordinary();
        entity.Id = "range-" + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var item = entity.ToItem();
        item["Double"] = new Amazon.DynamoDBv2.Model.AttributeValue { N = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) };
        var request = new Amazon.DynamoDBv2.Model.PutItemRequest { TableName = await _tables.EnsureAsync<ScalarMatrix>(), Item = item };

        var ex = await Assert.ThrowsAsync<Amazon.DynamoDBv2.AmazonDynamoDBException>(() => _tables.Client.PutItemAsync(request));

        Assert.Contains("Number " + (value > 1 ? "overflow" : "underflow"), ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9.99999999999999E+125)]
    [InlineData(-9.99999999999999E+125)]
    [InlineData(1E-130)]
    [InlineData(-1E-130)]
    [InlineData(0.0)]
    public async Task Doubles_at_the_edges_of_DynamoDB_range_are_stored(double value)
    {
        var entity = Ordinary();
        entity.Id = "edge-" + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        entity.Double = value;

        var raw = await _tables.PutAndGetRawAsync(entity);

        Assert.Equal(value, ScalarMatrix.FromItem(raw).Double);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("Purple")]
    public async Task Enum_name_written_by_another_client_is_refused_when_read_back(string stored)
    {
        // Another writer (console, script) stored text the enum cannot name; FromItem says so instead of inventing a value.
        var entity = Ordinary();
        entity.Id = "enum-" + stored;
        var item = entity.ToItem();
        item["ColorByName"] = new Amazon.DynamoDBv2.Model.AttributeValue { S = stored };
        var table = await _tables.EnsureAsync<ScalarMatrix>();
        await _tables.Client.PutItemAsync(new Amazon.DynamoDBv2.Model.PutItemRequest { TableName = table, Item = item });
        var read = await _tables.Client.GetItemAsync(new Amazon.DynamoDBv2.Model.GetItemRequest { TableName = table, Key = entity.ToKey(), ConsistentRead = true });

        var ex = Assert.Throws<DynamoMappingException>(() => ScalarMatrix.FromItem(read.Item));

        Assert.Equal("ColorByName", ex.Attribute);
        Assert.Equal($"S \"{stored}\"", ex.Found);
    }

    [Fact]
    public async Task Flags_enum_names_round_trip_through_the_server()
    {
        var entity = Ordinary();
        entity.Id = "flags";
        entity.FlagsByName = Permissions.Read | Permissions.Delete;

        var raw = await _tables.PutAndGetRawAsync(entity);

        Assert.Equal("Read, Delete", raw["FlagsByName"].S);
        Assert.Equal(Permissions.Read | Permissions.Delete, ScalarMatrix.FromItem(raw).FlagsByName);
    }

    [Fact]
    public async Task Numbers_keep_full_precision_in_the_server()
    {
        var raw = await _tables.PutAndGetRawAsync(Maximums());

        Assert.Equal("79228162514264337593543950335", raw["Decimal"].N);
        Assert.Equal("9223372036854775807", raw["Int64"].N);
        Assert.Equal("18446744073709551615", raw["UInt64"].N);
    }
}
