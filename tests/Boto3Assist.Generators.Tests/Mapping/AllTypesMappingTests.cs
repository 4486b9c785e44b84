using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.Generators.Tests.Models;

namespace Boto3Assist.Generators.Tests.Mapping;

/// <summary>Every type of the matrix through the generated ToItem/FromItem of <see cref="AllTypes"/>.</summary>
public class AllTypesMappingTests
{
    internal static AllTypes Sample() => new()
    {
        Id = "a1",
        Text = "héllo \"world\"",
        Flag = true,
        Byte = byte.MaxValue,
        SByte = sbyte.MinValue,
        Short = short.MinValue,
        UShort = ushort.MaxValue,
        Int = int.MinValue,
        UInt = uint.MaxValue,
        Long = long.MinValue,
        ULong = ulong.MaxValue,
        Float = 3.4028235E+38f,
        Double = 0.1 + 0.2,
        Decimal = 79228162514264337593543950335m,
        Guid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        DateTime = new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Utc).AddTicks(1234567),
        DateTimeOffset = new DateTimeOffset(2024, 5, 1, 15, 45, 30, TimeSpan.FromHours(2)).AddTicks(7),
        DateOnly = new DateOnly(2024, 2, 29),
        TimeOnly = new TimeOnly(23, 59, 59).Add(TimeSpan.FromTicks(9999999)),
        TimeSpan = TimeSpan.FromDays(-3.5).Add(TimeSpan.FromTicks(-1)),
        Color = Color.Blue,
        ColorNumber = Color.Green,
        Permissions = Permissions.Read | Permissions.Delete,
        PriorityNumber = Priority.High,
        Bytes = new byte[] { 0, 1, 255 },
        Memory = new byte[] { 9, 8, 7 },
        NullableText = "x",
        NullableFlag = false,
        NullableInt = 0,
        NullableLong = -1,
        // The smallest magnitude DynamoDB stores (double.Epsilon is refused by ToItem).
        NullableDouble = 1E-130,
        NullableDecimal = -0.0000000000000000000000000001m,
        NullableGuid = Guid.Empty,
        NullableDateTime = DateTime.MinValue,
        NullableDateTimeOffset = DateTimeOffset.MaxValue,
        NullableDateOnly = DateOnly.MaxValue,
        NullableTimeOnly = TimeOnly.MinValue,
        NullableTimeSpan = TimeSpan.MaxValue,
        NullableColor = Color.Red,
        NullableBytes = Array.Empty<byte>(),
        NullableMemory = new byte[] { 1 },
        IntArray = new[] { 3, 1, 2 },
        StringList = new() { "b", "a", "" },
        ColorList = new List<Color> { Color.Green, Color.Red },
        DecimalList = new List<decimal> { 1.5m, -2m },
        GuidEnumerable = new List<Guid> { Guid.Empty },
        DateCollection = new List<DateTime> { new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
        NullableStringList = new() { "a", null, "c" },
        NullableIntList = new() { null, 2 },
        NestedLists = new() { new() { 1, 2 }, new(), new() { 3 } },
        BinaryList = new() { new byte[] { 1, 2 } },
        StringSet = new() { "x", "y" },
        IntSet = new HashSet<int> { 1, -2 },
        DoubleSet = new HashSet<double> { 0.5, 1e125 },
        DecimalSet = new() { 1.25m },
        BinarySet = new() { new byte[] { 5 } },
        NullableSet = null,
        IntMap = new() { ["one"] = 1, ["minus"] = -1 },
        StringMap = new Dictionary<string, string> { ["k"] = "v" },
        AddressMap = new Dictionary<string, Address> { ["home"] = new() { Street = "1 Main", City = "Paris", Tags = new() { "t" } } },
        ListMap = new() { ["l"] = new() { "a", "b" } },
        NullableValueMap = new() { ["n"] = null, ["s"] = "s" },
        Home = new() { Street = "2 Side", City = "Lyon", Zip = "69000" },
        Work = null,
        Location = new GeoPoint(48.85, 2.35),
        MaybeLocation = new GeoPoint(-1, -2),
        Addresses = new() { new() { City = "A" }, new() { City = "B" } },
        Tree = new TreeNode { Name = "root", Children = new() { new TreeNode { Name = "child", Children = new() { new TreeNode { Name = "leaf" } } } } },
    };

    [Fact]
    public void Scalars_are_stored_in_their_documented_form()
    {
        var item = Sample().ToItem();

        Assert.Equal("héllo \"world\"", item["Text"].S);
        Assert.True(item["Flag"].BOOL);
        Assert.Equal("255", item["Byte"].N);
        Assert.Equal("-128", item["SByte"].N);
        Assert.Equal("-32768", item["Short"].N);
        Assert.Equal("65535", item["UShort"].N);
        Assert.Equal("-2147483648", item["Int"].N);
        Assert.Equal("4294967295", item["UInt"].N);
        Assert.Equal("-9223372036854775808", item["Long"].N);
        Assert.Equal("18446744073709551615", item["ULong"].N);
        Assert.Equal("3.4028235E+38", item["Float"].N);
        Assert.Equal("0.30000000000000004", item["Double"].N);
        Assert.Equal("79228162514264337593543950335", item["Decimal"].N);
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", item["Guid"].S);
        Assert.Equal("2024-05-01T13:45:30.1234567Z", item["DateTime"].S);
        Assert.Equal("2024-05-01T13:45:30.0000007+00:00", item["DateTimeOffset"].S);
        Assert.Equal("2024-02-29", item["DateOnly"].S);
        Assert.Equal("23:59:59.9999999", item["TimeOnly"].S);
        Assert.Equal("-3.12:00:00.0000001", item["TimeSpan"].S);
        Assert.Equal("Blue", item["Color"].S);
        Assert.Equal("1", item["ColorNumber"].N);
        Assert.Equal("Read, Delete", item["Permissions"].S);
        Assert.Equal("5000000000", item["PriorityNumber"].N);
        Assert.Equal(new byte[] { 0, 1, 255 }, item["Bytes"].B.ToArray());
        Assert.Equal(new byte[] { 9, 8, 7 }, item["Memory"].B.ToArray());
        Assert.Equal("ALL#a1", item["pk"].S);
        Assert.Equal("AllTypes", item["_type"].S);
    }

    [Fact]
    public void Numbers_are_written_with_the_invariant_culture_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            var item = Sample().ToItem();
            Assert.Equal("0.30000000000000004", item["Double"].N);
            Assert.Equal("1.5", item["DecimalList"].L[0].N);
            Assert.Equal(0.1 + 0.2, AllTypes.FromItem(item).Double);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Collections_sets_maps_and_nested_objects_are_stored_as_L_SS_NS_BS_M()
    {
        var item = Sample().ToItem();

        Assert.Equal(new[] { "3", "1", "2" }, item["IntArray"].L.Select(v => v.N));
        Assert.Equal(new[] { "b", "a", "" }, item["StringList"].L.Select(v => v.S));
        Assert.Equal(new[] { "Green", "Red" }, item["ColorList"].L.Select(v => v.S));
        Assert.True(item["NullableStringList"].L[1].NULL);
        Assert.True(item["NullableIntList"].L[0].NULL);
        Assert.Equal("2", item["NestedLists"].L[0].L[1].N);
        Assert.Empty(item["NestedLists"].L[1].L);
        Assert.Equal(new[] { "x", "y" }, item["StringSet"].SS.OrderBy(s => s));
        Assert.Equal(new[] { "-2", "1" }, item["IntSet"].NS.OrderBy(s => s));
        Assert.Contains("1E+125", item["DoubleSet"].NS);
        Assert.Equal(new byte[] { 5 }, item["BinarySet"].BS.Single().ToArray());
        Assert.Equal("-1", item["IntMap"].M["minus"].N);
        Assert.Equal("Paris", item["AddressMap"].M["home"].M["City"].S);
        Assert.Equal("b", item["ListMap"].M["l"].L[1].S);
        Assert.True(item["NullableValueMap"].M["n"].NULL);
        Assert.Equal("69000", item["Home"].M["Zip"].S);
        Assert.Equal("48.85", item["Location"].M["Latitude"].N);
        Assert.Equal("B", item["Addresses"].L[1].M["City"].S);
        Assert.Equal("leaf", item["Tree"].M["Children"].L[0].M["Children"].L[0].M["Name"].S);
    }

    [Fact]
    public void Null_members_and_empty_sets_are_left_out_of_the_item()
    {
        var entity = new AllTypes { NullableSet = new HashSet<string>(), StringSet = new(), IntSet = new HashSet<int>() };
        var item = entity.ToItem();

        foreach (var name in new[] { "NullableText", "NullableInt", "NullableGuid", "NullableColor", "NullableBytes", "NullableMemory", "Work", "MaybeLocation", "Tree", "NullableSet", "StringSet", "IntSet", "DoubleSet", "BinarySet" })
        {
            Assert.False(item.ContainsKey(name), name + " should be left out");
        }

        Assert.Empty(item["StringList"].L);
        Assert.Empty(item["IntMap"].M);
        Assert.Equal("", item["Text"].S);
    }

    [Fact]
    public void Everything_round_trips_member_by_member()
    {
        var original = Sample();
        var back = AllTypes.FromItem(original.ToItem());

        Assert.Equal(original.Text, back.Text);
        Assert.Equal(original.Flag, back.Flag);
        Assert.Equal(original.Byte, back.Byte);
        Assert.Equal(original.SByte, back.SByte);
        Assert.Equal(original.Short, back.Short);
        Assert.Equal(original.UShort, back.UShort);
        Assert.Equal(original.Int, back.Int);
        Assert.Equal(original.UInt, back.UInt);
        Assert.Equal(original.Long, back.Long);
        Assert.Equal(original.ULong, back.ULong);
        Assert.Equal(original.Float, back.Float);
        Assert.Equal(original.Double, back.Double);
        Assert.Equal(original.Decimal, back.Decimal);
        Assert.Equal(original.Guid, back.Guid);
        Assert.Equal(original.DateTime, back.DateTime);
        Assert.Equal(DateTimeKind.Utc, back.DateTime.Kind);
        Assert.Equal(original.DateTimeOffset, back.DateTimeOffset);
        Assert.Equal(TimeSpan.Zero, back.DateTimeOffset.Offset);
        Assert.Equal(original.DateOnly, back.DateOnly);
        Assert.Equal(original.TimeOnly, back.TimeOnly);
        Assert.Equal(original.TimeSpan, back.TimeSpan);
        Assert.Equal(original.Color, back.Color);
        Assert.Equal(original.ColorNumber, back.ColorNumber);
        Assert.Equal(original.Permissions, back.Permissions);
        Assert.Equal(original.PriorityNumber, back.PriorityNumber);
        Assert.Equal(original.Bytes, back.Bytes);
        Assert.Equal(original.Memory.ToArray(), back.Memory.ToArray());
        Assert.Equal(original.NullableText, back.NullableText);
        Assert.Equal(original.NullableFlag, back.NullableFlag);
        Assert.Equal(original.NullableInt, back.NullableInt);
        Assert.Equal(original.NullableLong, back.NullableLong);
        Assert.Equal(original.NullableDouble, back.NullableDouble);
        Assert.Equal(original.NullableDecimal, back.NullableDecimal);
        Assert.Equal(original.NullableGuid, back.NullableGuid);
        Assert.Equal(original.NullableDateTime, back.NullableDateTime);
        Assert.Equal(original.NullableDateTimeOffset, back.NullableDateTimeOffset);
        Assert.Equal(original.NullableDateOnly, back.NullableDateOnly);
        Assert.Equal(original.NullableTimeOnly, back.NullableTimeOnly);
        Assert.Equal(original.NullableTimeSpan, back.NullableTimeSpan);
        Assert.Equal(original.NullableColor, back.NullableColor);
        Assert.Equal(original.NullableBytes, back.NullableBytes);
        Assert.Equal(original.NullableMemory!.Value.ToArray(), back.NullableMemory!.Value.ToArray());
        Assert.Equal(original.IntArray, back.IntArray);
        Assert.Equal(original.StringList, back.StringList);
        Assert.Equal(original.ColorList, back.ColorList);
        Assert.Equal(original.DecimalList, back.DecimalList);
        Assert.Equal(original.GuidEnumerable, back.GuidEnumerable);
        Assert.Equal(original.DateCollection, back.DateCollection);
        Assert.Equal(original.NullableStringList, back.NullableStringList);
        Assert.Equal(original.NullableIntList, back.NullableIntList);
        Assert.Equal(original.NestedLists, back.NestedLists);
        Assert.Equal(original.BinaryList, back.BinaryList);
        Assert.Equal(original.StringSet, back.StringSet);
        Assert.Equal(original.IntSet, back.IntSet);
        Assert.Equal(original.DoubleSet, back.DoubleSet);
        Assert.Equal(original.DecimalSet, back.DecimalSet);
        Assert.Equal(original.BinarySet.Single(), back.BinarySet.Single());
        Assert.Null(back.NullableSet);
        Assert.Equal(original.IntMap, back.IntMap);
        Assert.Equal(original.StringMap, back.StringMap);
        Assert.Equal("1 Main", back.AddressMap["home"].Street);
        Assert.Equal(new[] { "t" }, back.AddressMap["home"].Tags);
        Assert.Equal(original.ListMap["l"], back.ListMap["l"]);
        Assert.Equal(original.NullableValueMap, back.NullableValueMap);
        Assert.Equal("69000", back.Home.Zip);
        Assert.Null(back.Work);
        Assert.Equal(original.Location, back.Location);
        Assert.Equal(original.MaybeLocation, back.MaybeLocation);
        Assert.Equal(new[] { "A", "B" }, back.Addresses.Select(a => a.City));
        Assert.Equal("leaf", back.Tree!.Children[0].Children[0].Name);
        Assert.Null(back.Tree.Parent);
    }

    [Fact]
    public void Empty_sets_read_back_as_empty_sets_and_missing_nullable_members_as_null()
    {
        var back = AllTypes.FromItem(new AllTypes().ToItem());

        Assert.Empty(back.StringSet);
        Assert.Empty(back.IntSet);
        Assert.Empty(back.DoubleSet);
        Assert.Empty(back.BinarySet);
        Assert.Null(back.NullableSet);
        Assert.Null(back.NullableText);
        Assert.Null(back.NullableInt);
        Assert.Null(back.NullableMemory);
        Assert.Null(back.Tree);
    }

    [Fact]
    public void A_NULL_attribute_reads_as_null_for_a_nullable_member()
    {
        var item = Sample().ToItem();
        item["NullableInt"] = new AttributeValue { NULL = true };
        item["NullableText"] = new AttributeValue { NULL = true };

        var back = AllTypes.FromItem(item);

        Assert.Null(back.NullableInt);
        Assert.Null(back.NullableText);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NaN_and_infinity_are_refused_on_write(double value)
    {
        var entity = Sample();
        entity.Double = value;

        var e = Assert.Throws<DynamoMappingException>(() => entity.ToItem());

        Assert.Equal("AllTypes", e.Entity);
        Assert.Equal("Double", e.Attribute);
        Assert.Contains("finite", e.Expected);
    }

    [Fact]
    public void NaN_inside_a_set_or_a_float_is_refused_too()
    {
        var entity = Sample();
        entity.DoubleSet = new HashSet<double> { double.NaN };
        Assert.Equal("DoubleSet", Assert.Throws<DynamoMappingException>(() => entity.ToItem()).Attribute);

        entity = Sample();
        entity.Float = float.NegativeInfinity;
        Assert.Equal("Float", Assert.Throws<DynamoMappingException>(() => entity.ToItem()).Attribute);
    }

    [Fact]
    public void Local_and_unspecified_DateTimes_are_stored_in_UTC()
    {
        var local = new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Local);
        var entity = new AllTypes { DateTime = local, NullableDateTime = new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Unspecified) };

        var item = entity.ToItem();

        Assert.Equal(local.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), item["DateTime"].S);
        Assert.Equal("2024-01-01T12:00:00.0000000Z", item["NullableDateTime"].S);
        Assert.Equal(local.ToUniversalTime(), AllTypes.FromItem(item).DateTime);
    }

    [Fact]
    public void Writes_are_independent_items()
    {
        var entity = Sample();
        var first = entity.ToItem();
        var second = entity.ToItem();

        Assert.NotSame(first, second);
        Assert.NotSame(first["Text"], second["Text"]);
        Assert.Equal(first.Keys.OrderBy(k => k), second.Keys.OrderBy(k => k));
    }
}
