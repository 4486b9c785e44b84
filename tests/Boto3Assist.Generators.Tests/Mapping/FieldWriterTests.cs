using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;
using Boto3Assist.Generators.Tests.Models;

namespace Boto3Assist.Generators.Tests.Mapping;

/// <summary>
/// A field of a plain type takes the runtime's default writer (generated as <c>new("Name")</c>); it must store a value
/// exactly as <c>ToItem</c> does, for every plain type and its nullable form.
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

        var written = member switch
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
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };

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

    private static string Render(AttributeValue value) =>
        $"S={value.S} N={value.N} BOOL={value.BOOL} NULL={value.NULL}";
}
