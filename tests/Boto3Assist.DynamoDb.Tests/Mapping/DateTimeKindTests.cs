using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// How DateTime kinds are stored (docs/mapping.md, "DateTime kinds"): Utc as is, Local converted to UTC from the host's
/// zone (as DynamoDBContext does), Unspecified taken as UTC on every host; read back as Utc. The host's zone is
/// replaced by a fixed one here, so the rules are checked the same on any machine.
/// </summary>
public sealed class DateTimeKindTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static string Stored(DateTime value) => value.ToString("O", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Unspecified)]
    public void Utc_and_unspecified_values_are_stored_as_the_same_clock_time_on_every_host(DateTimeKind kind)
    {
        var value = new DateTime(2024, 5, 1, 13, 45, 30, kind).AddTicks(1234567);

        Assert.Equal("2024-05-01T13:45:30.1234567Z", AttributeValueWriter.DateTime(value).S);
        Assert.Equal("2024-05-01T13:45:30.1234567Z", Stored(DynamoDateTime.ToUtc(value, NewYork)));
        Assert.Equal("1714571130", AttributeValueWriter.EpochSeconds(value).N);
    }

    [Theory]
    [InlineData(5, "2024-05-01T17:45:30.0000000Z")] // EDT, UTC-4
    [InlineData(1, "2024-01-01T18:45:30.0000000Z")] // EST, UTC-5
    public void Local_values_are_converted_from_the_host_zone(int month, string expected)
    {
        var local = new DateTime(2024, month, 1, 13, 45, 30, DateTimeKind.Local);

        var utc = DynamoDateTime.ToUtc(local, NewYork);

        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(expected, Stored(utc));
    }

    [Fact]
    public void Local_values_on_this_host_are_stored_as_ToUniversalTime_gives()
    {
        var local = new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Local);

        Assert.Equal(Stored(local.ToUniversalTime()), AttributeValueWriter.DateTime(local).S);
    }

    [Theory]
    [InlineData(2024, 3, 10, 2, 30, "2024-03-10T07:30:00.0000000Z")] // skipped by the spring change: standard offset
    [InlineData(2024, 11, 3, 1, 30, "2024-11-03T06:30:00.0000000Z")] // repeated by the autumn change: standard offset
    public void Local_times_a_daylight_saving_change_skips_or_repeats_take_the_standard_offset(int year, int month, int day, int hour, int minute, string expected)
        => Assert.Equal(expected, Stored(DynamoDateTime.ToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Local), NewYork)));

    [Fact]
    public void Local_values_beyond_the_range_are_clamped_not_thrown()
    {
        var kiribati = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");

        Assert.Equal(DateTime.MinValue.Ticks, DynamoDateTime.ToUtc(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Local), kiribati).Ticks);
        Assert.Equal(DateTime.MaxValue.Ticks, DynamoDateTime.ToUtc(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Local), NewYork).Ticks);
    }

    [Fact]
    public void Values_read_back_are_Utc_whatever_kind_was_written()
    {
        foreach (var kind in new[] { DateTimeKind.Utc, DateTimeKind.Local, DateTimeKind.Unspecified })
        {
            var written = new DateTime(2024, 5, 1, 13, 45, 30, kind);
            var entity = new NullableMatrix { Id = "k", DateTime = written };

            var back = NullableMatrix.FromItem(entity.ToItem()).DateTime!.Value;

            Assert.Equal(DateTimeKind.Utc, back.Kind);
            Assert.Equal(DynamoDateTime.ToUtc(written), back);
        }
    }

    [Fact]
    public void Text_without_a_zone_is_refused_rather_than_given_a_kind()
    {
        var e = Assert.Throws<DynamoMappingException>(() => AttributeValueReader.DateTime(new AttributeValue { S = "2024-05-01T13:45:30.123456" }, "E", "At"));

        Assert.Contains("Z or an offset", e.Expected, StringComparison.Ordinal);
    }
}
