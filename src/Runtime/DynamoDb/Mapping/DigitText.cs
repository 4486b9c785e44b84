using System;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>The digit-by-digit pieces the exact date and time parsers share.</summary>
internal static class DigitText
{
    /// <summary>Ticks of one unit of the last of 1 to 7 fraction digits: <c>.5</c> is 5 × 1,000,000 ticks.</summary>
    private static readonly long[] FractionScale = [0, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

    /// <summary>Exactly <paramref name="count"/> ASCII digits from <paramref name="start"/> (the caller checked the length).</summary>
    /// <param name="s">The text.</param>
    /// <param name="start">The first digit.</param>
    /// <param name="count">How many digits.</param>
    /// <param name="value">Their value.</param>
    /// <returns>Whether all are digits.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = s[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>
    /// A '.' at <paramref name="index"/> and 1 to 7 digits after it, as ticks; no '.' gives 0 ticks. Eight or more
    /// digits are refused: they are finer than a tick and would be lost.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="index">Where the '.' may be; on return, the first character after the fraction.</param>
    /// <param name="ticks">The fraction in ticks.</param>
    /// <returns>Whether there is no fraction or a valid one.</returns>
    public static bool TryParseFraction(ReadOnlySpan<char> s, ref int index, out long ticks)
    {
        ticks = 0;
        if (index >= s.Length || s[index] != '.')
        {
            return true;
        }

        var first = ++index;
        while (index < s.Length && char.IsAsciiDigit(s[index]))
        {
            if (index - first == 7)
            {
                return false;
            }

            ticks = (ticks * 10) + (s[index] - '0');
            index++;
        }

        if (index == first)
        {
            return false;
        }

        ticks *= FractionScale[index - first];
        return true;
    }
}
