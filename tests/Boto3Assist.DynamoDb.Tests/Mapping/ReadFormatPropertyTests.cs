using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// Over whole value ranges: every ISO-8601 form other clients write (0 to 7 fraction digits, Z or any offset) reads as
/// the instant it names; every decimal's text reads back exactly; enum names read in any casing.
/// </summary>
[Properties(MaxTest = 300)]
public sealed class ReadFormatPropertyTests
{
    private static readonly string[] FractionFormats = ["", ".f", ".ff", ".fff", ".ffff", ".fffff", ".ffffff", ".fffffff"];

    // An instant, a precision (0-7 fraction digits) and an offset, as another client would write it.
    public static Arbitrary<(DateTimeOffset Value, int Digits)> ZonedText() => Arb.From(
        from value in ModelArbitraries.AnyDateTimeOffset
        from digits in Gen.Choose(0, 7)
        let precision = (long)Math.Pow(10, 7 - digits)
        select (new DateTimeOffset(value.Ticks - (value.Ticks % precision), value.Offset), digits));

    private static string Format((DateTimeOffset Value, int Digits) sample, bool zulu)
    {
        var clock = sample.Value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss" + FractionFormats[sample.Digits], CultureInfo.InvariantCulture);
        return zulu && sample.Value.Offset == TimeSpan.Zero ? clock + "Z" : clock + sample.Value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    [Property(Arbitrary = [typeof(ReadFormatPropertyTests)])]
    public void Every_zoned_ISO_8601_form_reads_as_the_instant_it_names((DateTimeOffset Value, int Digits) sample, bool zulu)
    {
        var text = Format(sample, zulu);

        var offset = AttributeValueReader.DateTimeOffset(new AttributeValue { S = text }, "E", "At");
        var utc = AttributeValueReader.DateTime(new AttributeValue { S = text }, "E", "At");

        Assert.Equal(sample.Value, offset);
        Assert.Equal(sample.Value.Offset, offset.Offset);
        Assert.Equal(sample.Value.UtcDateTime, utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    public static Arbitrary<decimal> Decimals() => Arb.From(ModelArbitraries.AnyDecimal);

    [Property(Arbitrary = [typeof(ReadFormatPropertyTests)])]
    public void Every_decimal_reads_back_exactly_from_its_text_and_its_scientific_form(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var scientific = value.ToString("0.############################E+0", CultureInfo.InvariantCulture);

        Assert.Equal(value, AttributeValueReader.Number<decimal>(new AttributeValue { N = text }, "E", "A"));
        if (decimal.Parse(scientific, NumberStyles.Float, CultureInfo.InvariantCulture) == value)
        {
            Assert.Equal(value, AttributeValueReader.Number<decimal>(new AttributeValue { N = scientific }, "E", "A"));
        }
    }

    [Property(Arbitrary = [typeof(ReadFormatPropertyTests)])]
    public void A_decimal_scaled_below_what_decimal_holds_is_refused(decimal value)
    {
        // value × 10^-40 keeps its digits but needs 40+ decimal places: it would read as 0 or rounded.
        var tiny = value.ToString(CultureInfo.InvariantCulture) + "E-40";

        if (value == 0)
        {
            Assert.Equal(0m, AttributeValueReader.Number<decimal>(new AttributeValue { N = tiny }, "E", "A"));
        }
        else
        {
            Assert.Throws<DynamoMappingException>(() => AttributeValueReader.Number<decimal>(new AttributeValue { N = tiny }, "E", "A"));
        }
    }

    [Property]
    public void Enum_names_read_in_any_casing(bool[] upper, byte pick)
    {
        var color = new[] { Color.Red, Color.Green, Color.Blue }[pick % 3];
        var name = color.ToString();
        var cased = string.Concat(name.Select((c, i) => upper.Length > 0 && upper[i % upper.Length] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));

        Assert.Equal(color, AttributeValueReader.EnumName<Color>(new AttributeValue { S = cased }, "E", "A"));
    }
}
