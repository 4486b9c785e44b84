using System;
using System.Globalization;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// How dates are normalised before they are stored or put in a key: always UTC, so that one value gives one string
/// on every machine.
/// <list type="bullet">
/// <item><see cref="DateTimeKind.Utc"/>: stored as is.</item>
/// <item><see cref="DateTimeKind.Local"/>: converted to UTC with the host's time zone, as
/// <see cref="DateTime.ToUniversalTime"/> and DynamoDBContext do: the instant the value stands for is kept.</item>
/// <item><see cref="DateTimeKind.Unspecified"/>: taken to be UTC already. DynamoDBContext (like
/// <see cref="DateTime.ToUniversalTime"/>) takes it as host-local time instead; the two agree on a host whose zone is
/// UTC (AWS Lambda, most containers) and differ by the host's offset elsewhere. Nothing about an unspecified value says
/// which zone it was meant in, and a stored instant, or a key, that changes with the host's zone cannot be found again
/// from another host: so it is not guessed from the host.</item>
/// </list>
/// Values read back have <see cref="DateTimeKind.Utc"/>.
/// </summary>
public static class DynamoDateTime
{
    /// <summary>The value in UTC (<see cref="DateTimeKind.Utc"/>), by the rules of <see cref="DynamoDateTime"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The UTC value.</returns>
    public static DateTime ToUtc(DateTime value) => ToUtc(value, TimeZoneInfo.Local);

    /// <summary>The same instant with a zero offset.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The UTC value.</returns>
    public static DateTimeOffset ToUtc(DateTimeOffset value) => value.Offset == TimeSpan.Zero ? value : value.ToUniversalTime();

    /// <summary>
    /// The value in UTC (<see cref="ToUtc(DateTime)"/>) as text of <paramref name="format"/>: what a member is stored as,
    /// and what a key template puts in a key.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The text form.</param>
    /// <returns>The text.</returns>
    public static string Format(DateTime value, DynamoDateTimeFormat format)
    {
        var utc = ToUtc(value);
        switch (format)
        {
            case DynamoDateTimeFormat.UtcMilliseconds:
                return utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture);
            case DynamoDateTimeFormat.PythonIsoFormat:
                // datetime.isoformat() of an aware UTC value: microseconds only when there are any, then +00:00.
                return utc.ToString(utc.Ticks % TimeSpan.TicksPerSecond / 10 == 0 ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss'+00:00'" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'+00:00'", CultureInfo.InvariantCulture);
            default:
                return utc.ToString("O", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The instant in UTC as text of <paramref name="format"/>; see <see cref="Format(DateTime, DynamoDateTimeFormat)"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The text form.</param>
    /// <returns>The text.</returns>
    public static string Format(DateTimeOffset value, DynamoDateTimeFormat format) =>
        format == DynamoDateTimeFormat.RoundTrip ? ToUtc(value).ToString("O", CultureInfo.InvariantCulture) : Format(value.UtcDateTime, format);

    /// <summary>
    /// <see cref="ToUtc(DateTime)"/> with the zone a <see cref="DateTimeKind.Local"/> value is converted from: the
    /// host's zone at run time, any zone in tests. Like <see cref="DateTime.ToUniversalTime"/>, a local time that a
    /// daylight-saving change skips or repeats is taken at the zone's standard offset, and a result beyond the range of
    /// <see cref="DateTime"/> is clamped to it.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="localZone">The zone of <see cref="DateTimeKind.Local"/> values.</param>
    /// <returns>The UTC value.</returns>
    internal static DateTime ToUtc(DateTime value, TimeZoneInfo localZone)
    {
        switch (value.Kind)
        {
            case DateTimeKind.Utc:
                return value;
            case DateTimeKind.Local:
                var offset = localZone.GetUtcOffset(DateTime.SpecifyKind(value, DateTimeKind.Unspecified));
                var ticks = Math.Clamp(value.Ticks - offset.Ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
                return new DateTime(ticks, DateTimeKind.Utc);
            default:
                return DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }
    }
}
