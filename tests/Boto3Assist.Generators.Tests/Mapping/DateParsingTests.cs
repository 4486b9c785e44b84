using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.Generators.Tests.Mapping;

/// <summary>The exact date parser on the stored forms and on other ISO-8601 forms with a zone (more in TolerantReadTests).</summary>
public class DateParsingTests
{
    private static DateTime ReadDateTime(string text) => AttributeValueReader.DateTime(new AttributeValue { S = text }, "E", "A");

    private static DateTimeOffset ReadOffset(string text) => AttributeValueReader.DateTimeOffset(new AttributeValue { S = text }, "E", "A");

    [Theory]
    [InlineData("2024-02-29T23:59:59.9999999Z")]
    [InlineData("0001-01-01T00:00:00.0000000Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    [InlineData("1815-12-10T00:00:00.0000000Z")]
    public void Stored_form_reads_back_exactly(string text)
    {
        var value = ReadDateTime(text);

        Assert.Equal(DateTimeKind.Utc, value.Kind);
        Assert.Equal(text, value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(text.Replace("Z", "+00:00", StringComparison.Ordinal), ReadOffset(text.Replace("Z", "+00:00", StringComparison.Ordinal)).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Other_ISO_forms_with_a_zone_come_back_in_UTC()
    {
        Assert.Equal(new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc), ReadDateTime("2024-05-01T10:00:00+02:00"));
        Assert.Equal(DateTimeKind.Utc, ReadDateTime("2024-05-01T10:00:00+02:00").Kind);
        Assert.Equal(new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc), ReadDateTime("2024-05-01T10:00:00Z"));
        var offset = ReadOffset("2024-05-01T10:00:00.0000000+02:00");
        Assert.Equal(TimeSpan.FromHours(2), offset.Offset);
        Assert.Equal(new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc), offset.UtcDateTime);
    }

    [Theory]
    [InlineData("2023-02-29T00:00:00.0000000Z")]
    [InlineData("2024-13-01T00:00:00.0000000Z")]
    [InlineData("2024-01-01T24:00:00.0000000Z")]
    [InlineData("2024-01-01T00:00:00.000000xZ")]
    [InlineData("not a date at all, but 28 ch")]
    public void Invalid_dates_of_the_stored_length_are_refused(string text)
    {
        var e = Assert.Throws<DynamoMappingException>(() => ReadDateTime(text));

        Assert.Equal("A", e.Attribute);
        Assert.Contains("date-time", e.Expected, StringComparison.Ordinal);
    }
}
