using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.DynamoDb.Mapping;
using Boto3Assist.Generators.Tests.Models;

namespace Boto3Assist.Generators.Tests.Mapping;

/// <summary>
/// Values that would read back different from what is stored are refused: numbers the member type cannot hold, and
/// text that only a lenient parser would take for a time, a span or a Guid.
/// </summary>
public class ExactReadTests
{
    private static AttributeValue S(string text) => new() { S = text };

    private static AttributeValue N(string text) => new() { N = text };

    private static DynamoMappingException ReadAllTypes(string attribute, AttributeValue value)
    {
        var item = AllTypesMappingTests.Sample().ToItem();
        item[attribute] = value;
        return Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(item));
    }

    [Theory]
    [InlineData("1E+100")]
    [InlineData("-3.5E+38")]
    [InlineData("9.99999999999999999999999999999999999999E+125")]
    public void Float_out_of_range_is_refused_not_read_as_infinity(string text)
    {
        var e = ReadAllTypes("Float", N(text));

        Assert.Equal(("AllTypes", "Float"), (e.Entity, e.Attribute));
        Assert.Equal("a number within the range of Single", e.Expected);
        Assert.Equal($"N \"{text}\"", e.Found);
    }

    [Theory]
    [InlineData("Float", "1E-50", "Single")]
    [InlineData("Float", "-1E-130", "Single")]
    [InlineData("Double", "1E-400", "Double")]
    public void Tiny_numbers_that_would_read_as_zero_are_refused(string attribute, string text, string type)
    {
        var e = ReadAllTypes(attribute, N(text));

        Assert.Equal(attribute, e.Attribute);
        Assert.Equal($"a number {type} can hold (it would read as 0)", e.Expected);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1,000")]
    [InlineData("0x10")]
    public void Number_text_DynamoDB_never_stores_is_refused(string text)
    {
        Assert.Throws<DynamoMappingException>(() => AttributeValueReader.Number<double>(N(text), "E", "A"));
        Assert.Throws<DynamoMappingException>(() => AttributeValueReader.Number<decimal>(N(text), "E", "A"));
        Assert.Throws<DynamoMappingException>(() => AttributeValueReader.Number<int>(N(text), "E", "A"));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("1E-45", 1E-45f)]
    [InlineData("3.4028235E+38", float.MaxValue)]
    [InlineData("0.1", 0.1f)]
    [InlineData("1.23456789012345678901234567890123456789", 1.2345679f)]
    public void Floats_that_fit_read_as_the_nearest_value(string text, float expected)
        => Assert.Equal(expected, AttributeValueReader.Number<float>(N(text), "E", "A"));

    [Theory]
    [InlineData("1E-130")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("12345678901234567890123456789012345678")]
    [InlineData("1.2345678901234567890123456789012345678")]
    [InlineData("79228162514264337593543950335.5")]
    [InlineData("1E+29")]
    public void Decimals_that_cannot_be_held_exactly_are_refused(string text)
    {
        var e = ReadAllTypes("Decimal", N(text));

        Assert.Equal(("AllTypes", "Decimal"), (e.Entity, e.Attribute));
        Assert.StartsWith("a number Decimal holds exactly", e.Expected, StringComparison.Ordinal);
        Assert.Equal($"N \"{text}\"", e.Found);
    }

    [Fact]
    public void Decimal_exactness_is_checked_inside_lists_sets_and_nullable_members()
    {
        Assert.Equal("NullableDecimal", ReadAllTypes("NullableDecimal", N("1E-130")).Attribute);
        Assert.Equal("DecimalList[1]", ReadAllTypes("DecimalList", new AttributeValue { L = [N("1"), N("1E-130")] }).Attribute);
        Assert.Equal("DecimalSet", ReadAllTypes("DecimalSet", new AttributeValue { NS = ["1", "1E-130"] }).Attribute);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("1.10")]
    [InlineData("100")]
    [InlineData("1E+2")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335")]
    [InlineData("123.4500")]
    [InlineData("000123")]
    public void Decimals_held_exactly_read_back(string text)
        => Assert.Equal(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), AttributeValueReader.Number<decimal>(N(text), "E", "A"));

    [Theory]
    [InlineData("13:45:30.1234567", 13, 45, 30, 1234567)]
    [InlineData("13:45:30", 13, 45, 30, 0)]
    [InlineData("13:45:30.123456", 13, 45, 30, 1234560)]
    [InlineData("00:00:00.1", 0, 0, 0, 1000000)]
    [InlineData("23:59:59.9999999", 23, 59, 59, 9999999)]
    public void TimeOnly_reads_HH_mm_ss_with_0_to_7_fraction_digits(string text, int hour, int minute, int second, long fractionTicks)
        => Assert.Equal(new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(fractionTicks)), AttributeValueReader.TimeOnly(S(text), "E", "A"));

    [Theory]
    [InlineData("1:2")]
    [InlineData("1:02:03")]
    [InlineData("13:45")]
    [InlineData("13:45:30.")]
    [InlineData("13:45:30.12345678")]
    [InlineData(" 13:45:30")]
    [InlineData("24:00:00")]
    [InlineData("13:60:00")]
    [InlineData("1:45 PM")]
    [InlineData("13:45:30Z")]
    public void TimeOnly_refuses_other_forms(string text)
    {
        var e = ReadAllTypes("TimeOnly", S(text));

        Assert.Equal("TimeOnly", e.Attribute);
        Assert.Equal("a time of day (HH:mm:ss[.fffffff])", e.Expected);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-3.12:00:00.0000001")]
    [InlineData("1.02:03:04.5")]
    [InlineData("10675199.02:48:05.4775807")]
    [InlineData("-10675199.02:48:05.4775808")]
    [InlineData("-00:00:01")]
    public void TimeSpan_reads_the_c_form(string text)
        => Assert.Equal(TimeSpan.ParseExact(text, "c", CultureInfo.InvariantCulture), AttributeValueReader.TimeSpan(S(text), "E", "A"));

    [Theory]
    [InlineData("1")]
    [InlineData("1:2:3")]
    [InlineData("01:02")]
    [InlineData(" 01:02:03")]
    [InlineData("01:02:03 ")]
    [InlineData("1.01:02")]
    [InlineData(".01:02:03")]
    [InlineData("123456789.01:02:03")]
    [InlineData("10675199.02:48:05.4775808")]
    [InlineData("-10675199.02:48:05.4775809")]
    [InlineData("00:00:00.12345678")]
    [InlineData("1 day, 2:03:04")]
    [InlineData("PT1H")]
    public void TimeSpan_refuses_other_forms(string text)
    {
        var e = ReadAllTypes("TimeSpan", S(text));
        Assert.Equal("TimeSpan", e.Attribute);
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E")]
    public void Guid_reads_the_D_form_in_either_case(string text)
        => Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), AttributeValueReader.Guid(S(text), "E", "A"));

    [Theory]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    [InlineData("(0f8fad5b-d9cb-469f-a165-70867728950e)")]
    [InlineData(" 0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e ")]
    [InlineData("{0x0f8fad5b,0xd9cb,0x469f,{0xa1,0x65,0x70,0x86,0x77,0x28,0x95,0x0e}}")]
    public void Guid_refuses_other_forms(string text)
        => Assert.Equal("a Guid", ReadAllTypes("Guid", S(text)).Expected);

    [Theory]
    [InlineData("2024-5-1")]
    [InlineData("05/01/2024")]
    [InlineData(" 2024-05-01")]
    [InlineData("2024-05-01T00:00:00Z")]
    public void DateOnly_refuses_other_forms(string text)
        => Assert.Equal("a date (yyyy-MM-dd)", ReadAllTypes("DateOnly", S(text)).Expected);
}
