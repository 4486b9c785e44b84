using System;
using System.ComponentModel;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Range conditions over one part of a composite sort key, built by the generated <c>Keys.SortKeyAtMost(...)</c>,
/// <c>SortKeyLessThan</c>, <c>SortKeyAtLeast</c>, <c>SortKeyGreaterThan</c> and <c>SortKeyBetween</c>. For generated code:
/// hidden from IntelliSense; call the generated methods.
/// </summary>
/// <remarks>
/// A composite key <c>SALARY#{Salary:000000.00}#{EmployeeId}</c> is compared by its text, so "salary at most 150" is
/// not <c>sk &lt;= "SALARY#000150.00#"</c> (that drops every employee earning exactly 150: their keys continue past the
/// prefix). Each range is a <c>BETWEEN</c> whose bounds are exact for every key of the template: the lower bound is the
/// fixed leading parts (<c>SALARY#</c>), the upper bound a prefix followed by the greatest character, and "less than"
/// ends just below the compared value. Exact for values of a fixed width (padded numbers, dates in a fixed format),
/// which B3A1009 and B3A1010 ask for.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DynamoSortKeyRange
{
    // The greatest code point: in UTF-8 (what DynamoDB compares) above every character a key can hold before it.
    private const string Greatest = "\U0010FFFF";

    /// <summary>The compared part at least the value: from <c>leading + value</c> to the end of <paramref name="leading"/>.</summary>
    /// <param name="leading">The key up to the compared part (<c>SortKeyPrefix</c> of the parts before it).</param>
    /// <param name="prefix">The key up to and including the compared part and the literal after it.</param>
    /// <param name="literalAfter">The length of the literal after the compared part in <paramref name="prefix"/>.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition AtLeast(string leading, string prefix, int literalAfter)
    {
        var from = prefix.Substring(0, prefix.Length - literalAfter);
        return leading.Length == 0 ? DynamoSortKeyCondition.GreaterThanOrEqual(from) : DynamoSortKeyCondition.Between(from, leading + Greatest);
    }

    /// <summary>The compared part greater than the value: past every key that has the value.</summary>
    /// <param name="leading">The key up to the compared part.</param>
    /// <param name="prefix">The key up to and including the compared part and the literal after it.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition GreaterThan(string leading, string prefix) =>
        leading.Length == 0 ? DynamoSortKeyCondition.GreaterThan(prefix + Greatest) : DynamoSortKeyCondition.Between(prefix + Greatest, leading + Greatest);

    /// <summary>The compared part at most the value: every key that has it included.</summary>
    /// <param name="leading">The key up to the compared part.</param>
    /// <param name="prefix">The key up to and including the compared part and the literal after it.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition AtMost(string leading, string prefix) =>
        leading.Length == 0 ? DynamoSortKeyCondition.LessThanOrEqual(prefix + Greatest) : DynamoSortKeyCondition.Between(leading, prefix + Greatest);

    /// <summary>The compared part less than the value: up to just below <c>leading + value</c>.</summary>
    /// <param name="leading">The key up to the compared part.</param>
    /// <param name="prefix">The key up to and including the compared part and the literal after it.</param>
    /// <param name="literalAfter">The length of the literal after the compared part in <paramref name="prefix"/>.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition LessThan(string leading, string prefix, int literalAfter)
    {
        var to = prefix.Substring(0, prefix.Length - literalAfter);
        return leading.Length == 0 ? DynamoSortKeyCondition.LessThan(to) : DynamoSortKeyCondition.Between(leading, JustBelow(to, leading));
    }

    /// <summary>The compared part from <paramref name="lowPrefix"/>'s value to <paramref name="highPrefix"/>'s, both included.</summary>
    /// <param name="lowPrefix">The key up to and including the low value and the literal after it.</param>
    /// <param name="highPrefix">The key up to and including the high value and the literal after it.</param>
    /// <param name="literalAfter">The length of the literal after the compared part.</param>
    /// <returns>The condition.</returns>
    public static DynamoSortKeyCondition Between(string lowPrefix, string highPrefix, int literalAfter) =>
        DynamoSortKeyCondition.Between(lowPrefix.Substring(0, lowPrefix.Length - literalAfter), highPrefix + Greatest);

    /// <summary>
    /// The greatest text below <paramref name="value"/> that still starts with <paramref name="leading"/>: its last
    /// character lowered by one, then the greatest character. With nothing after <paramref name="leading"/> (an empty
    /// compared value) nothing is below, and the range is empty.
    /// </summary>
    private static string JustBelow(string value, string leading)
    {
        if (value.Length <= leading.Length)
        {
            // No key of the template starts with `leading` and is below it: an empty range that still parses.
            return leading;
        }

        var last = value[value.Length - 1];
        return last == '\0' ? value.Substring(0, value.Length - 1) : value.Substring(0, value.Length - 1) + (char)(last - 1) + Greatest;
    }
}
