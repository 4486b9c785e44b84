using System.Globalization;
using System.IO;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.DynamoDb.Mapping;
using Boto3Assist.Generators.Tests.Models;

namespace Boto3Assist.Generators.Tests.Mapping;

/// <summary>
/// What the readers accept beyond what the writers produce: the shapes DynamoDBContext, boto3-assist and ElectroDB
/// store, where the stored shape means one thing only. Everything else stays a DynamoMappingException.
/// </summary>
public class TolerantReadTests
{
    private static AttributeValue S(string text) => new() { S = text };

    private static AttributeValue N(string text) => new() { N = text };

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void Bool_reads_from_N_one_and_zero(string number, bool expected)
    {
        Assert.Equal(expected, AttributeValueReader.Boolean(N(number), "E", "Flag"));

        var item = AllTypesMappingTests.Sample().ToItem();
        item["Flag"] = N(number);
        item["NullableFlag"] = N(number);
        var back = AllTypes.FromItem(item);
        Assert.Equal(expected, back.Flag);
        Assert.Equal(expected, back.NullableFlag);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void Bool_refuses_other_numbers(string number)
    {
        var e = Assert.Throws<DynamoMappingException>(() => AttributeValueReader.Boolean(N(number), "E", "Flag"));

        Assert.Equal("Flag", e.Attribute);
        Assert.Equal("BOOL, or N 0 or 1", e.Expected);
        Assert.Equal($"N \"{number}\"", e.Found);
    }

    [Fact]
    public void Bool_still_refuses_text()
    {
        var e = Assert.Throws<DynamoMappingException>(() => AttributeValueReader.Boolean(S("true"), "E", "Flag"));
        Assert.Equal(("BOOL", "S"), (e.Expected, e.Found));
    }

    [Fact]
    public void Lists_and_arrays_read_from_sets()
    {
        var item = AllTypesMappingTests.Sample().ToItem();
        item["StringList"] = new AttributeValue { SS = ["a", "b"] };
        item["IntArray"] = new AttributeValue { NS = ["3", "1"] };
        item["DecimalList"] = new AttributeValue { NS = ["1.5"] };
        item["GuidEnumerable"] = new AttributeValue { SS = ["0f8fad5b-d9cb-469f-a165-70867728950e"] };
        item["ColorList"] = new AttributeValue { SS = ["Green", "blue"] };
        item["BinaryList"] = new AttributeValue { BS = [new MemoryStream([1, 2]), new MemoryStream([255])] };

        var back = AllTypes.FromItem(item);

        Assert.Equal(["a", "b"], back.StringList);
        Assert.Equal([3, 1], back.IntArray);
        Assert.Equal([1.5m], back.DecimalList);
        Assert.Equal([Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")], back.GuidEnumerable);
        Assert.Equal([Color.Green, Color.Blue], back.ColorList);
        Assert.Equal([[1, 2], [255]], back.BinaryList);
    }

    [Fact]
    public void A_set_element_the_list_type_cannot_hold_is_refused_with_its_position()
    {
        var item = AllTypesMappingTests.Sample().ToItem();
        item["IntArray"] = new AttributeValue { NS = ["1", "2.5"] };

        var e = Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(item));

        Assert.Equal("IntArray[1]", e.Attribute);
        Assert.Equal("N \"2.5\"", e.Found);
    }

    [Fact]
    public void A_set_of_another_element_type_is_still_refused()
    {
        var item = AllTypesMappingTests.Sample().ToItem();
        item["StringList"] = new AttributeValue { NS = ["1"] };

        var e = Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(item));

        Assert.Equal("StringList[0]", e.Attribute);
        Assert.Equal(("S", "N"), (e.Expected, e.Found));
    }

    [Theory]
    [InlineData("Green", Color.Green)]
    [InlineData("green", Color.Green)]
    [InlineData("GREEN", Color.Green)]
    [InlineData("bLuE", Color.Blue)]
    public void Enum_names_match_ignoring_case(string text, Color expected)
        => Assert.Equal(expected, AttributeValueReader.EnumName<Color>(S(text), "E", "Color"));

    [Theory]
    [InlineData("0", Color.Red)]
    [InlineData("2", Color.Blue)]
    public void Enum_stored_by_name_reads_the_number_of_a_defined_member(string number, Color expected)
    {
        Assert.Equal(expected, AttributeValueReader.EnumName<Color>(N(number), "E", "Color"));

        var item = AllTypesMappingTests.Sample().ToItem();
        item["Color"] = N(number);
        item["NullableColor"] = N(number);
        Assert.Equal(expected, AllTypes.FromItem(item).Color);
        Assert.Equal(expected, AllTypes.FromItem(item).NullableColor);
    }

    [Fact]
    public void Enum_reads_the_map_DynamoDBContext_stores_for_a_nullable_enum()
    {
        var boxed = new AttributeValue { M = new() { ["value__"] = N("2") } };

        Assert.Equal(Color.Blue, AttributeValueReader.EnumName<Color>(boxed, "E", "Color"));
        Assert.Equal(Permissions.Write, AttributeValueReader.EnumFlagNames<Permissions>(new AttributeValue { M = new() { ["value__"] = N("2") } }, "E", "P"));
        Assert.Equal(Color.Blue, AttributeValueReader.EnumNumber<Color>(boxed, "E", "Color"));

        var other = new AttributeValue { M = new() { ["value__"] = N("2"), ["extra"] = N("1") } };
        Assert.Equal("M", Assert.Throws<DynamoMappingException>(() => AttributeValueReader.EnumName<Color>(other, "E", "Color")).Found);
        Assert.Throws<DynamoMappingException>(() => AttributeValueReader.EnumName<Color>(new AttributeValue { M = new() { ["value__"] = N("7") } }, "E", "Color"));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("1.0")]
    [InlineData("99999999999999999999")]
    public void Enum_stored_by_name_refuses_undefined_numbers(string number)
    {
        var e = Assert.Throws<DynamoMappingException>(() => AttributeValueReader.EnumName<Color>(N(number), "E", "Color"));

        Assert.Equal("Color", e.Attribute);
        Assert.Contains("defined member of Color", e.Expected, StringComparison.Ordinal);
        Assert.Equal($"N \"{number}\"", e.Found);
    }

    [Theory]
    [InlineData("Read, Write", Permissions.Read | Permissions.Write)]
    [InlineData("read,write", Permissions.Read | Permissions.Write)]
    [InlineData("DELETE, read", Permissions.Read | Permissions.Delete)]
    [InlineData("none", Permissions.None)]
    public void Flag_names_match_ignoring_case(string text, Permissions expected)
        => Assert.Equal(expected, AttributeValueReader.EnumFlagNames<Permissions>(S(text), "E", "Permissions"));

    [Theory]
    [InlineData("3", Permissions.Read | Permissions.Write)]
    [InlineData("0", Permissions.None)]
    [InlineData("7", Permissions.Read | Permissions.Write | Permissions.Delete)]
    public void Flags_stored_by_name_read_numbers_whose_bits_have_names(string number, Permissions expected)
        => Assert.Equal(expected, AttributeValueReader.EnumFlagNames<Permissions>(N(number), "E", "Permissions"));

    [Theory]
    [InlineData("8")]
    [InlineData("256")]
    [InlineData("-1")]
    public void Flags_stored_by_name_refuse_numbers_with_unnamed_bits(string number)
    {
        var e = Assert.Throws<DynamoMappingException>(() => AttributeValueReader.EnumFlagNames<Permissions>(N(number), "E", "Permissions"));
        Assert.Contains("defined flags of Permissions", e.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("read, ")]
    [InlineData("read write")]
    [InlineData("read, 2")]
    [InlineData("reed")]
    public void Flag_names_still_refuse_what_is_not_a_name(string text)
        => Assert.Throws<DynamoMappingException>(() => AttributeValueReader.EnumFlagNames<Permissions>(S(text), "E", "Permissions"));

    [Fact]
    public void A_name_two_members_share_ignoring_case_must_match_exactly()
    {
        Assert.Equal(CaseTwins.Open, AttributeValueReader.EnumName<CaseTwins>(S("Open"), "E", "State"));
        Assert.Equal(CaseTwins.OPEN, AttributeValueReader.EnumName<CaseTwins>(S("OPEN"), "E", "State"));
        Assert.Equal(CaseTwins.Closed, AttributeValueReader.EnumName<CaseTwins>(S("closed"), "E", "State"));

        var e = Assert.Throws<DynamoMappingException>(() => AttributeValueReader.EnumName<CaseTwins>(S("open"), "E", "State"));
        Assert.Equal("S \"open\"", e.Found);
    }

    [Theory]
    [InlineData("Green", Color.Green)]
    [InlineData("green", Color.Green)]
    public void EnumNumber_reads_names(string text, Color expected)
        => Assert.Equal(expected, AttributeValueReader.EnumNumber<Color>(S(text), "E", "Color"));

    [Fact]
    public void EnumNumber_reads_any_number_of_the_underlying_type()
    {
        Assert.Equal((Color)12345, AttributeValueReader.EnumNumber<Color>(N("12345"), "E", "Color"));
        Assert.Equal(Priority.High, AttributeValueReader.EnumNumber<Priority>(N("5000000000"), "E", "Priority"));
        Assert.Equal(Permissions.Read | Permissions.Delete, AttributeValueReader.EnumNumber<Permissions>(S("read, delete"), "E", "Permissions"));
        Assert.Equal((Permissions)200, AttributeValueReader.EnumNumber<Permissions>(N("200"), "E", "Permissions"));
    }

    [Theory]
    [InlineData("256")]
    [InlineData("1.5")]
    public void EnumNumber_refuses_numbers_the_underlying_type_cannot_hold(string number)
    {
        var e = Assert.Throws<DynamoMappingException>(() => AttributeValueReader.EnumNumber<Permissions>(N(number), "E", "Permissions"));
        Assert.Equal($"N \"{number}\"", e.Found);
    }

    [Theory]
    [InlineData("Red, Green")]
    [InlineData("12")]
    [InlineData("Purple")]
    public void EnumNumber_refuses_text_that_is_not_a_name(string text)
        => Assert.Throws<DynamoMappingException>(() => AttributeValueReader.EnumNumber<Color>(S(text), "E", "Color"));

    // Every form DynamoDBContext (ms + Z), ElectroDB (ms + Z), boto3-assist / Python isoformat (0 or 6 digits + offset)
    // and this library (7 digits + Z or +00:00) write, and the lengths between.
    [Theory]
    [InlineData("2024-05-01T13:45:30Z", "2024-05-01T13:45:30.0000000Z")]
    [InlineData("2024-05-01T13:45:30.1Z", "2024-05-01T13:45:30.1000000Z")]
    [InlineData("2024-05-01T13:45:30.12Z", "2024-05-01T13:45:30.1200000Z")]
    [InlineData("2024-05-01T13:45:30.123Z", "2024-05-01T13:45:30.1230000Z")]
    [InlineData("2024-05-01T13:45:30.1234Z", "2024-05-01T13:45:30.1234000Z")]
    [InlineData("2024-05-01T13:45:30.12345Z", "2024-05-01T13:45:30.1234500Z")]
    [InlineData("2024-05-01T13:45:30.123456Z", "2024-05-01T13:45:30.1234560Z")]
    [InlineData("2024-05-01T13:45:30.1234567Z", "2024-05-01T13:45:30.1234567Z")]
    [InlineData("2024-05-01T13:45:30.123456+00:00", "2024-05-01T13:45:30.1234560Z")]
    [InlineData("2024-05-01T13:45:30+00:00", "2024-05-01T13:45:30.0000000Z")]
    [InlineData("2024-05-01T15:45:30.123+02:00", "2024-05-01T13:45:30.1230000Z")]
    [InlineData("2024-05-01T08:15:30.5-05:30", "2024-05-01T13:45:30.5000000Z")]
    [InlineData("2024-05-01T00:30:00.0000000+14:00", "2024-04-30T10:30:00.0000000Z")]
    [InlineData("2024-05-01T13:45:30-00:00", "2024-05-01T13:45:30.0000000Z")]
    public void DateTime_reads_every_ISO_8601_form_with_a_zone(string text, string utc)
    {
        var value = AttributeValueReader.DateTime(S(text), "E", "At");

        Assert.Equal(DateTimeKind.Utc, value.Kind);
        Assert.Equal(utc, value.ToString("O", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2024-05-01T13:45:30.123456+00:00", 0)]
    [InlineData("2024-05-01T15:45:30.123456+02:00", 120)]
    [InlineData("2024-05-01T13:45:30.123Z", 0)]
    [InlineData("2024-05-01T09:45:30.123456-04:00", -240)]
    public void DateTimeOffset_reads_every_ISO_8601_form_and_keeps_the_offset(string text, int offsetMinutes)
    {
        var value = AttributeValueReader.DateTimeOffset(S(text), "E", "At");

        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 13, 45, 30, TimeSpan.Zero).AddTicks(text.Contains(".123456", StringComparison.Ordinal) ? 1234560 : 1230000), value);
    }

    [Theory]
    [InlineData("05/01/2024")]
    [InlineData("Wed, 01 May 2024 13:45:30 GMT")]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T13:45:30")]
    [InlineData("2024-05-01T13:45:30.123456")]
    [InlineData("2024-05-01 13:45:30Z")]
    [InlineData("2024-05-01t13:45:30z")]
    [InlineData("2024-05-01T13:45Z")]
    [InlineData("2024-05-01T13:45:30.Z")]
    [InlineData("2024-05-01T13:45:30.12345678Z")]
    [InlineData("2024-05-01T13:45:30+0000")]
    [InlineData("2024-05-01T13:45:30+00")]
    [InlineData("2024-05-01T13:45:30+14:01")]
    [InlineData("2024-05-01T13:45:30+02:60")]
    [InlineData(" 2024-05-01T13:45:30Z")]
    [InlineData("2024-05-01T13:45:30Z ")]
    [InlineData("2024-05-01T13:45:60Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("+2024-05-01T13:45:30Z")]
    public void Dates_in_other_forms_are_refused(string text)
    {
        var dateTime = Assert.Throws<DynamoMappingException>(() => AttributeValueReader.DateTime(S(text), "E", "At"));
        var offset = Assert.Throws<DynamoMappingException>(() => AttributeValueReader.DateTimeOffset(S(text), "E", "At"));

        Assert.Equal("At", dateTime.Attribute);
        Assert.Contains("ISO-8601", dateTime.Expected, StringComparison.Ordinal);
        Assert.Equal($"S \"{text}\"", offset.Found);
    }
}

public enum CaseTwins { Open, OPEN, Closed }
