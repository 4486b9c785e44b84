using System;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Parses exactly the ISO-8601 date-time forms the writers of DynamoDB items produce, digit by digit:
/// <c>yyyy-MM-ddTHH:mm:ss</c>, then 0 to 7 fraction digits after a '.', then <c>Z</c> or an offset <c>±HH:mm</c>.
/// That covers this library (<c>2024-05-01T13:45:30.1234567Z</c>, <c>...+00:00</c>), DynamoDBContext and ElectroDB
/// (<c>2024-05-01T13:45:30.123Z</c>) and boto3-assist / Python's <c>isoformat</c> (<c>2024-05-01T13:45:30.123456+00:00</c>,
/// <c>2024-05-01T13:45:30+00:00</c>). Anything else (no zone designator, a date alone, "05/01/2024", RFC-1123 text,
/// white space, 8+ fraction digits) is refused rather than guessed at.
/// </summary>
internal static class IsoDateTimeText
{
    private const int MaxOffsetMinutes = 14 * 60;

    /// <summary>Parses the text into the UTC instant.</summary>
    /// <param name="text">The text.</param>
    /// <param name="utc">The instant, <see cref="DateTimeKind.Utc"/>.</param>
    /// <returns>Whether the text has one of the accepted forms and is a valid instant.</returns>
    public static bool TryParseUtc(ReadOnlySpan<char> text, out DateTime utc)
    {
        utc = default;
        if (!TryParse(text, out var clockTicks, out var offset))
        {
            return false;
        }

        var ticks = clockTicks - offset.Ticks;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utc = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    /// <summary>Parses the text keeping its offset (<c>Z</c> gives a zero offset).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The date-time offset.</param>
    /// <returns>Whether the text has one of the accepted forms and is a valid instant.</returns>
    public static bool TryParseOffset(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (!TryParse(text, out var clockTicks, out var offset))
        {
            return false;
        }

        var utcTicks = clockTicks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(clockTicks, offset);
        return true;
    }

    private static bool TryParse(ReadOnlySpan<char> s, out long clockTicks, out TimeSpan offset)
    {
        clockTicks = 0;
        offset = default;

        // yyyy-MM-ddTHH:mm:ss is 19 characters, and at least a 'Z' follows.
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!DigitText.TryParse(s, 0, 4, out var year) || !DigitText.TryParse(s, 5, 2, out var month) || !DigitText.TryParse(s, 8, 2, out var day)
            || !DigitText.TryParse(s, 11, 2, out var hour) || !DigitText.TryParse(s, 14, 2, out var minute) || !DigitText.TryParse(s, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var i = 19;
        if (!DigitText.TryParseFraction(s, ref i, out var fraction))
        {
            return false;
        }

        if (!TryParseZone(s, i, out offset))
        {
            return false;
        }

        clockTicks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fraction;
        return true;
    }

    // "Z", or "+HH:mm" / "-HH:mm" up to 14:00, ending the text.
    private static bool TryParseZone(ReadOnlySpan<char> s, int i, out TimeSpan offset)
    {
        offset = default;
        if (i == s.Length - 1 && s[i] == 'Z')
        {
            return true;
        }

        if (i != s.Length - 6 || (s[i] != '+' && s[i] != '-') || s[i + 3] != ':'
            || !DigitText.TryParse(s, i + 1, 2, out var hours) || !DigitText.TryParse(s, i + 4, 2, out var minutes) || minutes > 59)
        {
            return false;
        }

        var total = (hours * 60) + minutes;
        if (total > MaxOffsetMinutes)
        {
            return false;
        }

        offset = TimeSpan.FromMinutes(s[i] == '-' ? -total : total);
        return true;
    }
}
