using System.Globalization;
using System.Numerics;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// The wire reader parses the common numbers straight from their UTF-8 bytes and sends every other text to the same
/// parser as FromItem. Whatever the text of an N (signs, leading zeros, fractions, exponents, 40 digits, values a type
/// cannot hold), every number member reads it as FromItem does: the same value, or the same error. Seeded.
/// </summary>
[Properties(Arbitrary = [typeof(NumberTextArbitraries)], MaxTest = 300, Replay = "(20261130,7)")]
public sealed class NumberTextPropertyTests
{
    private static readonly string[] NumberMembers =
        ["Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Single", "Double", "Decimal"];

    [Property]
    public void Every_number_member_reads_any_number_text_as_FromItem_does(NumberText number)
    {
        foreach (var member in NumberMembers)
        {
            var item = ScalarRoundTripTests.Ordinary().ToItem();
            item[member] = new AttributeValue { N = number.Text };
            WireJson.AssertReadsAsFromItem<ScalarMatrix>(item);
        }
    }

    // Why decimal texts of at most 28 characters and no exponent skip the exactness check: decimal holds each exactly.
    [Property]
    public void A_short_decimal_text_without_exponent_parses_exactly(NumberText number)
    {
        var text = number.Text;
        if (text.Length > 28 || text.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var textScale = point < 0 ? 0 : text.Length - point - 1;
        var textMantissa = BigInteger.Parse(text.Replace(".", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var bits = decimal.GetBits(value);
        var valueScale = (bits[3] >> 16) & 0xFF;
        var valueMantissa = ((new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | (uint)bits[0]) * (value < 0 ? -1 : 1);

        Assert.Equal(textMantissa * BigInteger.Pow(10, valueScale), valueMantissa * BigInteger.Pow(10, textScale));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("+7")]
    [InlineData("007")]
    [InlineData("1E3")]
    [InlineData("1.0")]
    [InlineData("255")]
    [InlineData("256")]
    [InlineData("-129")]
    [InlineData("0.000")]
    [InlineData("1234567890123456789012345678")]
    [InlineData("12345678901234567890123456789")]
    [InlineData("0.1234567890123456789012345678")]
    [InlineData("-0.123456789012345678901234567")]
    [InlineData("1E-400")]
    [InlineData("1E+400")]
    [InlineData("3.4028236E+38")]
    [InlineData("1.5E-45")]
    public void Edge_number_texts_read_as_FromItem_does(string text) =>
        Every_number_member_reads_any_number_text_as_FromItem_does(new NumberText(text));
}

/// <summary>The text of a DynamoDB number, as any client might have stored it.</summary>
/// <param name="Text">The text.</param>
public sealed record NumberText(string Text);

/// <summary>Number texts built from a sign, digits, a fraction and an exponent, each optional.</summary>
public static class NumberTextArbitraries
{
    private static Gen<string> Digits(int min, int max) =>
        from count in Gen.Choose(min, max)
        from digits in Gen.ArrayOf(Gen.Elements('0', '0', '1', '5', '9'), count)
        select new string(digits);

    /// <summary>The arbitrary of <see cref="NumberText"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NumberText> NumberText() => Arb.From(
        from sign in Gen.Elements("", "", "-", "+")
        from whole in Gen.Frequency((4, Digits(1, 5)), (2, Digits(6, 20)), (1, Digits(21, 40)))
        from fraction in Gen.Frequency((3, Gen.Constant("")), (2, Digits(1, 8).Select(d => "." + d)), (1, Digits(20, 40).Select(d => "." + d)))
        from exponent in Gen.Frequency(
            (4, Gen.Constant("")),
            (1, from e in Gen.Elements("E", "e") from s in Gen.Elements("", "+", "-") from d in Digits(1, 3) select e + s + d))
        select new NumberText(sign + whole + fraction + exponent));
}
