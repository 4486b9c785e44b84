using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.DynamoDb.Mapping;
using Boto3Assist.Generators.Tests.Models;

namespace Boto3Assist.Generators.Tests.Mapping;

/// <summary>
/// A field of a plain type takes the runtime's default writer (generated as <c>new("Name")</c>), any other its generated
/// <c>Field_</c> method; either must store a value exactly as <c>ToItem</c> does, for every type of the matrix.
/// </summary>
public class FieldWriterTests
{
    public static TheoryData<string> PlainMembers() => new()
    {
        "Id", "Text", "Flag", "Byte", "SByte", "Short", "UShort", "Int", "UInt", "Long", "ULong", "Decimal", "Guid", "DateTime",
        "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "NullableText", "NullableFlag", "NullableInt", "NullableLong",
        "NullableDecimal", "NullableGuid", "NullableDateTime", "NullableDateTimeOffset", "NullableDateOnly", "NullableTimeOnly",
        "NullableTimeSpan",
    };

    [Theory]
    [MemberData(nameof(PlainMembers))]
    public void A_plain_field_writes_what_ToItem_writes(string member)
    {
        var entity = AllTypesMappingTests.Sample();
        var item = entity.ToItem();

        var written = Written(entity, member);

        Assert.Equal(Render(item[member]), Render(written!));
    }

    [Fact]
    public void A_null_value_of_a_plain_field_stores_nothing()
    {
        Assert.Null(AllTypes.Fields.NullableText.ToAttributeValue(null));
        Assert.Null(AllTypes.Fields.NullableInt.ToAttributeValue(null));
        Assert.Null(AllTypes.Fields.NullableDateTime.ToAttributeValue(null));
    }

    [Fact]
    public void A_type_with_no_default_writer_is_refused_when_the_field_is_created()
    {
        var error = Assert.Throws<ArgumentException>(() => new DynamoField<AllTypes, double>("Double"));
        Assert.Contains("Double has no default writer", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> OtherMembers() => new()
    {
        "Float", "Double", "Color", "ColorNumber", "Permissions", "PriorityNumber", "Bytes", "Memory", "NullableDouble", "NullableColor", "NullableBytes", "NullableMemory", "IntArray", "StringList", "ColorList", "DecimalList", "GuidEnumerable", "DateCollection", "NullableStringList", "NullableIntList", "NestedLists", "BinaryList", "StringSet", "IntSet", "DoubleSet", "DecimalSet", "BinarySet", "NullableSet", "IntMap", "StringMap", "AddressMap", "ListMap", "NullableValueMap", "Home", "Work", "Location", "MaybeLocation", "Addresses", "Tree",
    };

    [Theory]
    [MemberData(nameof(OtherMembers))]
    public void Any_other_field_writes_what_ToItem_writes(string member)
    {
        var entity = AllTypesMappingTests.Sample();
        var item = entity.ToItem();

        var written = Written(entity, member);

        if (!item.TryGetValue(member, out var stored))
        {
            Assert.Null(written);
            return;
        }

        Assert.Equal(Deep(stored), Deep(written!));
    }

    [Fact]
    public void A_field_refuses_what_ToItem_refuses_with_the_same_error()
    {
        var entity = AllTypesMappingTests.Sample();
        entity.Double = double.NaN;
        var expected = Assert.Throws<DynamoMappingException>(() => entity.ToItem());
        var actual = Assert.Throws<DynamoMappingException>(() => AllTypes.Fields.Double.ToAttributeValue(double.NaN));
        Assert.Equal((expected.Entity, expected.Attribute, expected.Expected), (actual.Entity, actual.Attribute, actual.Expected));
        Assert.Equal(("AllTypes", "Double"), (actual.Entity, actual.Attribute));
    }

    // What the member's field writes for the sample's value of it.
    private static AttributeValue? Written(AllTypes entity, string member) => member switch
    {
            "Id" => AllTypes.Fields.Id.ToAttributeValue(entity.Id),
            "Text" => AllTypes.Fields.Text.ToAttributeValue(entity.Text),
            "Flag" => AllTypes.Fields.Flag.ToAttributeValue(entity.Flag),
            "Byte" => AllTypes.Fields.Byte.ToAttributeValue(entity.Byte),
            "SByte" => AllTypes.Fields.SByte.ToAttributeValue(entity.SByte),
            "Short" => AllTypes.Fields.Short.ToAttributeValue(entity.Short),
            "UShort" => AllTypes.Fields.UShort.ToAttributeValue(entity.UShort),
            "Int" => AllTypes.Fields.Int.ToAttributeValue(entity.Int),
            "UInt" => AllTypes.Fields.UInt.ToAttributeValue(entity.UInt),
            "Long" => AllTypes.Fields.Long.ToAttributeValue(entity.Long),
            "ULong" => AllTypes.Fields.ULong.ToAttributeValue(entity.ULong),
            "Decimal" => AllTypes.Fields.Decimal.ToAttributeValue(entity.Decimal),
            "Guid" => AllTypes.Fields.Guid.ToAttributeValue(entity.Guid),
            "DateTime" => AllTypes.Fields.DateTime.ToAttributeValue(entity.DateTime),
            "DateTimeOffset" => AllTypes.Fields.DateTimeOffset.ToAttributeValue(entity.DateTimeOffset),
            "DateOnly" => AllTypes.Fields.DateOnly.ToAttributeValue(entity.DateOnly),
            "TimeOnly" => AllTypes.Fields.TimeOnly.ToAttributeValue(entity.TimeOnly),
            "TimeSpan" => AllTypes.Fields.TimeSpan.ToAttributeValue(entity.TimeSpan),
            "NullableText" => AllTypes.Fields.NullableText.ToAttributeValue(entity.NullableText),
            "NullableFlag" => AllTypes.Fields.NullableFlag.ToAttributeValue(entity.NullableFlag),
            "NullableInt" => AllTypes.Fields.NullableInt.ToAttributeValue(entity.NullableInt),
            "NullableLong" => AllTypes.Fields.NullableLong.ToAttributeValue(entity.NullableLong),
            "NullableDecimal" => AllTypes.Fields.NullableDecimal.ToAttributeValue(entity.NullableDecimal),
            "NullableGuid" => AllTypes.Fields.NullableGuid.ToAttributeValue(entity.NullableGuid),
            "NullableDateTime" => AllTypes.Fields.NullableDateTime.ToAttributeValue(entity.NullableDateTime),
            "NullableDateTimeOffset" => AllTypes.Fields.NullableDateTimeOffset.ToAttributeValue(entity.NullableDateTimeOffset),
            "NullableDateOnly" => AllTypes.Fields.NullableDateOnly.ToAttributeValue(entity.NullableDateOnly),
            "NullableTimeOnly" => AllTypes.Fields.NullableTimeOnly.ToAttributeValue(entity.NullableTimeOnly),
            "NullableTimeSpan" => AllTypes.Fields.NullableTimeSpan.ToAttributeValue(entity.NullableTimeSpan),
            "Float" => AllTypes.Fields.Float.ToAttributeValue(entity.Float),
            "Double" => AllTypes.Fields.Double.ToAttributeValue(entity.Double),
            "Color" => AllTypes.Fields.Color.ToAttributeValue(entity.Color),
            "ColorNumber" => AllTypes.Fields.ColorNumber.ToAttributeValue(entity.ColorNumber),
            "Permissions" => AllTypes.Fields.Permissions.ToAttributeValue(entity.Permissions),
            "PriorityNumber" => AllTypes.Fields.PriorityNumber.ToAttributeValue(entity.PriorityNumber),
            "Bytes" => AllTypes.Fields.Bytes.ToAttributeValue(entity.Bytes),
            "Memory" => AllTypes.Fields.Memory.ToAttributeValue(entity.Memory),
            "NullableDouble" => AllTypes.Fields.NullableDouble.ToAttributeValue(entity.NullableDouble),
            "NullableColor" => AllTypes.Fields.NullableColor.ToAttributeValue(entity.NullableColor),
            "NullableBytes" => AllTypes.Fields.NullableBytes.ToAttributeValue(entity.NullableBytes),
            "NullableMemory" => AllTypes.Fields.NullableMemory.ToAttributeValue(entity.NullableMemory),
            "IntArray" => AllTypes.Fields.IntArray.ToAttributeValue(entity.IntArray),
            "StringList" => AllTypes.Fields.StringList.ToAttributeValue(entity.StringList),
            "ColorList" => AllTypes.Fields.ColorList.ToAttributeValue(entity.ColorList),
            "DecimalList" => AllTypes.Fields.DecimalList.ToAttributeValue(entity.DecimalList),
            "GuidEnumerable" => AllTypes.Fields.GuidEnumerable.ToAttributeValue(entity.GuidEnumerable),
            "DateCollection" => AllTypes.Fields.DateCollection.ToAttributeValue(entity.DateCollection),
            "NullableStringList" => AllTypes.Fields.NullableStringList.ToAttributeValue(entity.NullableStringList),
            "NullableIntList" => AllTypes.Fields.NullableIntList.ToAttributeValue(entity.NullableIntList),
            "NestedLists" => AllTypes.Fields.NestedLists.ToAttributeValue(entity.NestedLists),
            "BinaryList" => AllTypes.Fields.BinaryList.ToAttributeValue(entity.BinaryList),
            "StringSet" => AllTypes.Fields.StringSet.ToAttributeValue(entity.StringSet),
            "IntSet" => AllTypes.Fields.IntSet.ToAttributeValue(entity.IntSet),
            "DoubleSet" => AllTypes.Fields.DoubleSet.ToAttributeValue(entity.DoubleSet),
            "DecimalSet" => AllTypes.Fields.DecimalSet.ToAttributeValue(entity.DecimalSet),
            "BinarySet" => AllTypes.Fields.BinarySet.ToAttributeValue(entity.BinarySet),
            "NullableSet" => AllTypes.Fields.NullableSet.ToAttributeValue(entity.NullableSet),
            "IntMap" => AllTypes.Fields.IntMap.ToAttributeValue(entity.IntMap),
            "StringMap" => AllTypes.Fields.StringMap.ToAttributeValue(entity.StringMap),
            "AddressMap" => AllTypes.Fields.AddressMap.ToAttributeValue(entity.AddressMap),
            "ListMap" => AllTypes.Fields.ListMap.ToAttributeValue(entity.ListMap),
            "NullableValueMap" => AllTypes.Fields.NullableValueMap.ToAttributeValue(entity.NullableValueMap),
            "Home" => AllTypes.Fields.Home.ToAttributeValue(entity.Home),
            "Work" => AllTypes.Fields.Work.ToAttributeValue(entity.Work),
            "Location" => AllTypes.Fields.Location.ToAttributeValue(entity.Location),
            "MaybeLocation" => AllTypes.Fields.MaybeLocation.ToAttributeValue(entity.MaybeLocation),
            "Addresses" => AllTypes.Fields.Addresses.ToAttributeValue(entity.Addresses),
            "Tree" => AllTypes.Fields.Tree.ToAttributeValue(entity.Tree),
        _ => throw new ArgumentOutOfRangeException(nameof(member)),
    };

    // The whole value, maps by key and sets in order, so two writes compare as text.
    private static string Deep(AttributeValue value)
    {
        if (value.M is { Count: > 0 } || value.IsMSet)
        {
            return "M{" + string.Join(",", value.M!.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Deep(p.Value))) + "}";
        }

        if (value.L is { Count: > 0 } || value.IsLSet)
        {
            return "L[" + string.Join(",", value.L!.Select(Deep)) + "]";
        }

        var b = value.B is null ? null : Convert.ToBase64String(value.B.ToArray());
        var bs = value.BS is { Count: > 0 } ? string.Join("|", value.BS.Select(x => Convert.ToBase64String(x.ToArray())).Order(StringComparer.Ordinal)) : null;
        var ss = value.SS is { Count: > 0 } ? string.Join("|", value.SS.Order(StringComparer.Ordinal)) : null;
        var ns = value.NS is { Count: > 0 } ? string.Join("|", value.NS.Order(StringComparer.Ordinal)) : null;
        return $"S={value.S} N={value.N} B={b} BOOL={value.BOOL} NULL={value.NULL} SS={ss} NS={ns} BS={bs}";
    }

    private static string Render(AttributeValue value) =>
        $"S={value.S} N={value.N} BOOL={value.BOOL} NULL={value.NULL}";
}
