using System;
using System.Globalization;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Compares DynamoDB number text with the value it parsed to, so that a number the member type cannot hold is refused
/// rather than silently changed: DynamoDB keeps 38 significant digits and magnitudes down to 1E-130, more than
/// <see cref="decimal"/> (28-29 digits, 1E-28) or <see cref="float"/> (1.4E-45) can hold.
/// </summary>
internal static class NumberText
{
    // DynamoDB's 38 digits, and room for a longer text that still cannot be exact.
    private const int MaxDigits = 40;

    /// <summary>
    /// Number text of at most this many characters and no exponent has at most 28 digits and at most 27 after the point:
    /// decimal holds every such number exactly, so it needs no exactness check.
    /// </summary>
    public const int AlwaysExactDecimalLength = 28;

    /// <summary>Whether the text has a non-zero digit before its exponent (so the number is not zero).</summary>
    /// <param name="text">Number text as <see cref="NumberStyles.Float"/> parses it.</param>
    /// <returns>Whether the number is non-zero.</returns>
    public static bool IsNonZero(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="value"/> is exactly the number <paramref name="text"/> writes.</summary>
    /// <param name="text">The parsed text (sign, digits, '.', exponent).</param>
    /// <param name="value">The parsed value.</param>
    /// <returns>Whether no digit was lost.</returns>
    public static bool IsExact(ReadOnlySpan<char> text, decimal value)
    {
        if (text.Length <= AlwaysExactDecimalLength && !text.ContainsAny('e', 'E'))
        {
            return true;
        }

        Span<char> formatted = stackalloc char[64];
        if (!value.TryFormat(formatted, out var written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        Span<char> expectedDigits = stackalloc char[MaxDigits];
        Span<char> actualDigits = stackalloc char[MaxDigits];
        if (!TryNormalize(text, expectedDigits, out var expectedCount, out var expectedExponent, out var expectedNegative)
            || !TryNormalize(formatted[..written], actualDigits, out var actualCount, out var actualExponent, out var actualNegative))
        {
            return false;
        }

        if (expectedCount == 0 || actualCount == 0)
        {
            return expectedCount == actualCount; // both zero, whatever the sign
        }

        return expectedNegative == actualNegative && expectedExponent == actualExponent
            && expectedDigits[..expectedCount].SequenceEqual(actualDigits[..actualCount]);
    }

    /// <summary>
    /// The significant digits (no leading or trailing zeros) and the power of ten they are scaled by:
    /// "-0012.3400E+2" gives digits "1234", exponent 0, negative. Zero gives no digits.
    /// </summary>
    private static bool TryNormalize(ReadOnlySpan<char> text, Span<char> digits, out int count, out long exponent, out bool negative)
    {
        count = 0;
        exponent = 0;
        var i = 0;
        negative = text.Length > 0 && text[0] == '-';
        if (text.Length > 0 && text[0] is '-' or '+')
        {
            i++;
        }

        var afterPoint = false;
        var pendingZeros = 0; // zeros after the last non-zero digit, kept only if another non-zero digit follows
        for (; i < text.Length && text[i] is not ('e' or 'E'); i++)
        {
            var c = text[i];
            if (c == '.')
            {
                afterPoint = true;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            if (afterPoint)
            {
                exponent--;
            }

            if (c == '0')
            {
                if (count > 0)
                {
                    pendingZeros++;
                }

                continue;
            }

            if (count + pendingZeros + 1 > digits.Length)
            {
                return false; // more significant digits than any type here holds
            }

            digits.Slice(count, pendingZeros).Fill('0');
            count += pendingZeros;
            pendingZeros = 0;
            digits[count++] = c;
        }

        exponent += pendingZeros; // trailing zeros dropped: the rest is scaled up by them
        if (i < text.Length)
        {
            if (!long.TryParse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var power) || Math.Abs(power) > 1_000_000)
            {
                return false;
            }

            exponent += power;
        }

        return true;
    }
}
