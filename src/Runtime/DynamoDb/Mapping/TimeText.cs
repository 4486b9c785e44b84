using System;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Parses times of day and time spans in exactly the forms written for them, digit by digit: the general .NET parsers
/// take "1:2" as 01:02, "1" as one day and allow white space, so an arbitrary string could read as some time.
/// </summary>
internal static class TimeText
{
    /// <summary>A stored time of day, or the error both item engines give for other text.</summary>
    /// <param name="text">The S text.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The time.</returns>
    public static TimeOnly StoredTimeOfDay(string text, string entity, string attribute) =>
        TryParseTimeOfDay(text, out var value) ? value : throw DynamoMappingErrors.Unparseable(entity, attribute, "a time of day (HH:mm:ss[.fffffff])", "S", text);

    /// <summary>A stored time span, or the error both item engines give for other text.</summary>
    /// <param name="text">The S text.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The time span.</returns>
    public static TimeSpan StoredTimeSpan(string text, string entity, string attribute) =>
        TryParseTimeSpan(text, out var value) ? value : throw DynamoMappingErrors.Unparseable(entity, attribute, "a time span ([-][d.]hh:mm:ss[.fffffff])", "S", text);

    /// <summary><c>HH:mm:ss</c> with 0 to 7 fraction digits (this library writes 7; Python's <c>isoformat</c> 0 or 6).</summary>
    /// <param name="s">The text.</param>
    /// <param name="value">The time of day.</param>
    /// <returns>Whether the text has that form and is a valid time.</returns>
    public static bool TryParseTimeOfDay(string s, out TimeOnly value)
    {
        value = default;
        if (!TryParseClock(s, 0, out var ticks, out var end) || end != s.Length)
        {
            return false;
        }

        value = new TimeOnly(ticks);
        return true;
    }

    /// <summary>The invariant "c" form: <c>[-][d.]hh:mm:ss[.fffffff]</c> (1 to 7 fraction digits, up to 8 day digits).</summary>
    /// <param name="s">The text.</param>
    /// <param name="value">The time span.</param>
    /// <returns>Whether the text has that form and fits a <see cref="TimeSpan"/>.</returns>
    public static bool TryParseTimeSpan(string s, out TimeSpan value)
    {
        value = default;
        var negative = s.Length > 0 && s[0] == '-';
        var i = negative ? 1 : 0;

        // Days are the digits before a '.', when that '.' comes before the first ':'.
        long days = 0;
        var dot = s.IndexOf('.', i);
        var colon = s.IndexOf(':', i);
        if (dot >= 0 && colon > dot)
        {
            if (dot == i || dot - i > 8)
            {
                return false;
            }

            for (; i < dot; i++)
            {
                if (!char.IsAsciiDigit(s[i]))
                {
                    return false;
                }

                days = (days * 10) + (s[i] - '0');
            }

            i++;
        }

        if (!TryParseClock(s, i, out var clockTicks, out var end) || end != s.Length)
        {
            return false;
        }

        // Unsigned magnitude, so that TimeSpan.MinValue (one tick more than MaxValue) still fits.
        var magnitude = ((ulong)days * TimeSpan.TicksPerDay) + (ulong)clockTicks;
        if (negative ? magnitude > (ulong)long.MaxValue + 1 : magnitude > long.MaxValue)
        {
            return false;
        }

        value = new TimeSpan(negative ? (long)(0 - magnitude) : (long)magnitude);
        return true;
    }

    // HH:mm:ss[.f{1,7}] starting at 'start'; 'end' is where it stops.
    private static bool TryParseClock(string s, int start, out long ticks, out int end)
    {
        ticks = 0;
        end = start;
        if (s.Length < start + 8 || s[start + 2] != ':' || s[start + 5] != ':'
            || !DigitText.TryParse(s, start, 2, out var hours) || !DigitText.TryParse(s, start + 3, 2, out var minutes) || !DigitText.TryParse(s, start + 6, 2, out var seconds)
            || hours > 23 || minutes > 59 || seconds > 59)
        {
            return false;
        }

        ticks = (hours * TimeSpan.TicksPerHour) + (minutes * TimeSpan.TicksPerMinute) + (seconds * TimeSpan.TicksPerSecond);
        end = start + 8;
        if (!DigitText.TryParseFraction(s, ref end, out var fraction))
        {
            return false;
        }

        ticks += fraction;
        return true;
    }
}
