using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Numerics;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Converts <see cref="AttributeValue"/>s back to member values. Called by generated <c>FromItem</c> code; no reflection.
/// Every method throws <see cref="DynamoMappingException"/> naming the entity, the attribute, what was expected and
/// what was found when the value has the wrong DynamoDB type or cannot be parsed; errors inside lists, maps and nested
/// objects carry the full path (<c>Lines[2].Sku</c>). Besides what <see cref="AttributeValueWriter"/> writes, the
/// readers accept the shapes DynamoDBContext, boto3-assist and ElectroDB store where the shape means one thing only
/// (a bool as <c>N</c> 0/1, a list as a set, an enum by number or in another casing, ISO-8601 dates with any offset
/// and 0 to 7 fraction digits), and refuse any value that would read back different from what is stored.
/// </summary>
/// <remarks>
/// For generated code only: it is public because the code generated into the user's assembly calls it, and hidden
/// from IntelliSense (as the LoggerMessage generator's helpers are). Its members may change with the generator.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AttributeValueReader
{
    private const int GuidLength = 36;

    private const string DecimalExpected = "a number Decimal holds exactly (at most 28 significant digits, magnitude 1E-28 to 7.9E+28)";

    private const NumberStyles NumberTextStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    internal const string IsoDateTimeExpected = "an ISO-8601 date-time with Z or an offset (yyyy-MM-ddTHH:mm:ss[.fffffff]Z)";

    /// <summary>Gets an attribute; an absent attribute and a NULL one are both "not there".</summary>
    /// <param name="item">The item (or nested map).</param>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The attribute value when found.</param>
    /// <returns><see langword="true"/> when the attribute is there and not NULL.</returns>
    public static bool TryGet(IReadOnlyDictionary<string, AttributeValue> item, string name, [NotNullWhen(true)] out AttributeValue? value)
    {
        if (item.TryGetValue(name, out value) && value is not null && value.NULL != true)
        {
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>True for a NULL value (a null element of a list or map).</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is NULL.</returns>
    public static bool IsNull(AttributeValue? value) => value is null || value.NULL == true;

    /// <summary>S.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The string.</returns>
    public static string String(AttributeValue value, string entity, string attribute) =>
        value.S ?? throw DynamoMappingErrors.WrongType(entity, attribute, "S", value);

    /// <summary>BOOL, or <c>N</c> <c>1</c>/<c>0</c> as DynamoDBContext (V1 and unconfigured) stores a bool.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The bool.</returns>
    public static bool Boolean(AttributeValue value, string entity, string attribute)
    {
        if (value.BOOL is { } flag)
        {
            return flag;
        }

        return value.N switch
        {
            null => throw DynamoMappingErrors.WrongType(entity, attribute, "BOOL", value),
            "1" => true,
            "0" => false,
            var other => throw DynamoMappingErrors.Unparseable(entity, attribute, "BOOL, or N 0 or 1", "N", other),
        };
    }

    /// <summary>
    /// N as any number type. Integers refuse fractions and out-of-range values; <see cref="float"/> and
    /// <see cref="double"/> refuse numbers that would read as ±Infinity or as 0; <see cref="decimal"/> refuses numbers
    /// it cannot hold exactly (more than 28-29 significant digits, magnitudes below 1E-28).
    /// </summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The number.</returns>
    public static T Number<T>(AttributeValue value, string entity, string attribute) where T : INumberBase<T>
    {
        var text = value.N ?? throw DynamoMappingErrors.WrongType(entity, attribute, "N", value);
        return ParseNumber<T>(text, entity, attribute);
    }

    /// <summary>
    /// S as a Guid in the "D" form every client writes (<c>0f8fad5b-d9cb-469f-a165-70867728950e</c>, hex digits in
    /// either case). Braces, parentheses, 32 bare digits and white space are refused.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The Guid.</returns>
    public static Guid Guid(AttributeValue value, string entity, string attribute)
    {
        var text = String(value, entity, attribute);

        // TryParseExact("D") alone still trims white space.
        return text.Length == GuidLength && System.Guid.TryParseExact(text, "D", out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, "a Guid", "S", text);
    }

    /// <summary>
    /// S as an ISO-8601 date-time with a zone designator (<c>Z</c> or <c>±HH:mm</c>) and 0 to 7 fraction digits,
    /// returned in UTC. Text without a zone, or in any other form, is refused (see <c>docs/mapping.md</c>).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The UTC date-time.</returns>
    public static DateTime DateTime(AttributeValue value, string entity, string attribute)
    {
        var text = String(value, entity, attribute);
        return IsoDateTimeText.TryParseUtc(text, out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, IsoDateTimeExpected, "S", text);
    }

    /// <summary>S as an ISO-8601 date-time with a zone designator, the offset kept as stored (<c>Z</c> gives +00:00).</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The date-time offset.</returns>
    public static DateTimeOffset DateTimeOffset(AttributeValue value, string entity, string attribute)
    {
        var text = String(value, entity, attribute);
        return IsoDateTimeText.TryParseOffset(text, out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, IsoDateTimeExpected, "S", text);
    }

    /// <summary>S as yyyy-MM-dd.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The date.</returns>
    public static DateOnly DateOnly(AttributeValue value, string entity, string attribute)
    {
        var text = String(value, entity, attribute);
        return System.DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, "a date (yyyy-MM-dd)", "S", text);
    }

    /// <summary>S as a time of day: <c>HH:mm:ss</c> with 0 to 7 fraction digits (<c>13:45:30.1234567</c>, <c>13:45:30</c>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The time.</returns>
    public static TimeOnly TimeOnly(AttributeValue value, string entity, string attribute)
    {
        return TimeText.StoredTimeOfDay(String(value, entity, attribute), entity, attribute);
    }

    /// <summary>S as a time span in the invariant "c" form, exactly: <c>[-][d.]hh:mm:ss[.fffffff]</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The time span.</returns>
    public static TimeSpan TimeSpan(AttributeValue value, string entity, string attribute)
    {
        return TimeText.StoredTimeSpan(String(value, entity, attribute), entity, attribute);
    }

    /// <summary>
    /// An enum stored by name: S holding one defined name, matched exactly or, when only one member matches that way,
    /// ignoring case (<c>green</c> reads as <c>Green</c>); or N holding the number of a defined member, as
    /// DynamoDBContext stores enums (a nullable enum it stores as <c>M {"value__": N}</c>, which is read too). Numeric
    /// text in S ("3"), undefined names and undefined numbers are refused:
    /// <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> alone would turn them into any value, defined or not.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The enum value.</returns>
    /// <exception cref="DynamoMappingException">The value is not a defined name or number.</exception>
    public static TEnum EnumName<TEnum>(AttributeValue value, string entity, string attribute) where TEnum : struct, Enum
        => ByName<TEnum>(value, entity, attribute, flags: false);

    /// <summary>
    /// A [Flags] enum stored by name: S holding defined names separated by commas, as <see cref="Enum.ToString()"/>
    /// writes them ("Read, Write"; "read,write" too, names matched as by <see cref="EnumName{TEnum}"/>); or N holding
    /// a number whose bits defined names cover. Numeric text in S and undefined names or bits are refused.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The enum value: the names combined.</returns>
    /// <exception cref="DynamoMappingException">A part is not a defined name.</exception>
    public static TEnum EnumFlagNames<TEnum>(AttributeValue value, string entity, string attribute) where TEnum : struct, Enum
        => ByName<TEnum>(value, entity, attribute, flags: true);

    // An enum stored by name, or by the number another client wrote (EnumText.StoredByName holds the rule).
    private static TEnum ByName<TEnum>(AttributeValue value, string entity, string attribute, bool flags) where TEnum : struct, Enum
    {
        var number = EnumNumberText(value);
        return EnumText.StoredByName<TEnum>(number ?? String(value, entity, attribute), isNumber: number is not null, flags, entity, attribute);
    }

    /// <summary>
    /// An enum stored by number: N (or DynamoDBContext's <c>M {"value__": N}</c>) holding any integer of the underlying
    /// type (defined or not, as written), or S
    /// holding one defined name, matched as by <see cref="EnumName{TEnum}"/> (for [Flags], comma-separated names).
    /// </summary>
    /// <remarks>
    /// For generated code. Members with <c>EnumFormat = DynamoEnumFormat.Number</c> are read through this helper so
    /// that items another client wrote by name still read.
    /// </remarks>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The enum value.</returns>
    /// <exception cref="DynamoMappingException">The value is neither a number of the underlying type nor a defined name.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static TEnum EnumNumber<TEnum>(AttributeValue value, string entity, string attribute) where TEnum : struct, Enum
    {
        if (value.S is { } text)
        {
            return EnumText.StoredByNumber<TEnum>(text, isName: true, entity, attribute);
        }

        var number = EnumNumberText(value) ?? throw DynamoMappingErrors.WrongType(entity, attribute, "N", value);
        return EnumText.StoredByNumber<TEnum>(number, isName: false, entity, attribute);
    }

    /// <summary>B as a new byte array.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Binary(AttributeValue value, string entity, string attribute) =>
        (value.B ?? throw DynamoMappingErrors.WrongType(entity, attribute, "B", value)).ToArray();

    /// <summary>
    /// Bytes of a member declared as text (<see cref="DynamoBinaryFormat.Hex"/> or <see cref="DynamoBinaryFormat.Base64"/>):
    /// B as it is, or S as hex (either case, an even number of digits) or base64 text, as declared. Any other S is refused.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="format">How the member stores bytes as text.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Binary(AttributeValue value, string entity, string attribute, DynamoBinaryFormat format)
    {
        if (value.B is not null || format == DynamoBinaryFormat.Binary)
        {
            return Binary(value, entity, attribute);
        }

        var hex = format == DynamoBinaryFormat.Hex;
        var text = value.S ?? throw DynamoMappingErrors.WrongType(entity, attribute, "B, or S of " + (hex ? "hex" : "base64") + " text", value);
        return BinaryText.Stored(text, hex, entity, attribute);
    }

    /// <summary>N of Unix epoch seconds (time to live) as a UTC date-time offset.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset EpochSeconds(AttributeValue value, string entity, string attribute)
    {
        var seconds = Number<long>(value, entity, attribute);
        try
        {
            return System.DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw DynamoMappingErrors.Unparseable(entity, attribute, "Unix epoch seconds", "N", value.N, e);
        }
    }

    /// <summary>
    /// L as a list; NULL elements are passed to <paramref name="element"/>, which decides. An SS, NS or BS (how
    /// DynamoDBContext V1 stores a <c>List&lt;string&gt;</c> or a list of numbers) is read as a list of its elements,
    /// in the order DynamoDB returns them.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Reads one element.</param>
    /// <returns>A new list.</returns>
    public static List<T> List<T>(AttributeValue value, string entity, string attribute, Func<AttributeValue, T> element)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        var source = ListElements(value) ?? throw DynamoMappingErrors.WrongType(entity, attribute, "L", value);
        var list = new List<T>(source.Count);
        var index = 0;
        try
        {
            for (; index < source.Count; index++)
            {
                list.Add(element(source[index]));
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, attribute + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        }

        return list;
    }

    /// <summary>L (or SS, NS, BS, as for <see cref="List{T}"/>) as an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Reads one element.</param>
    /// <returns>A new array.</returns>
    public static T[] Array<T>(AttributeValue value, string entity, string attribute, Func<AttributeValue, T> element)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        var source = ListElements(value) ?? throw DynamoMappingErrors.WrongType(entity, attribute, "L", value);
        var array = new T[source.Count];
        var index = 0;
        try
        {
            for (; index < source.Count; index++)
            {
                array[index] = element(source[index]);
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, attribute + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        }

        return array;
    }

    /// <summary>M as a dictionary with string keys.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Reads one value.</param>
    /// <returns>A new dictionary.</returns>
    public static Dictionary<string, T> Map<T>(AttributeValue value, string entity, string attribute, Func<AttributeValue, T> element)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        var source = value.M ?? throw DynamoMappingErrors.WrongType(entity, attribute, "M", value);
        var map = new Dictionary<string, T>(source.Count, StringComparer.Ordinal);
        var key = string.Empty;
        try
        {
            foreach (var pair in source)
            {
                key = pair.Key;
                map[pair.Key] = element(pair.Value);
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, DynamoMappingErrors.Combine(attribute, key));
        }

        return map;
    }

    /// <summary>M as a nested object, read by its generated mapper.</summary>
    /// <typeparam name="T">The nested type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="read">The generated reader of the nested type.</param>
    /// <returns>The object.</returns>
    public static T Object<T>(AttributeValue value, string entity, string attribute, Func<IReadOnlyDictionary<string, AttributeValue>, T> read)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        var source = value.M ?? throw DynamoMappingErrors.WrongType(entity, attribute, "M", value);
        try
        {
            return read(source);
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, attribute);
        }
    }

    /// <summary>SS as a set.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>A new set.</returns>
    public static HashSet<string> StringSet(AttributeValue value, string entity, string attribute) =>
        new(value.SS ?? throw DynamoMappingErrors.WrongType(entity, attribute, "SS", value), StringComparer.Ordinal);

    /// <summary>NS as a set of numbers.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>A new set.</returns>
    public static HashSet<T> NumberSet<T>(AttributeValue value, string entity, string attribute) where T : INumberBase<T>
    {
        var source = value.NS ?? throw DynamoMappingErrors.WrongType(entity, attribute, "NS", value);
        var set = new HashSet<T>(source.Count);
        foreach (var text in source)
        {
            set.Add(ParseNumber<T>(text, entity, attribute));
        }

        return set;
    }

    /// <summary>BS as a set of byte arrays.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>A new set.</returns>
    public static HashSet<byte[]> BinarySet(AttributeValue value, string entity, string attribute)
    {
        var source = value.BS ?? throw DynamoMappingErrors.WrongType(entity, attribute, "BS", value);
        var set = new HashSet<byte[]>(source.Count);
        foreach (MemoryStream stream in source)
        {
            set.Add(stream.ToArray());
        }

        return set;
    }

    /// <summary>Reads through a custom converter; its non-mapping errors are reported as <see cref="DynamoMappingException"/>.</summary>
    /// <typeparam name="T">The member type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="converter">The converter.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The member value.</returns>
    public static T Converted<T>(AttributeValue value, IDynamoConverter<T> converter, string entity, string attribute)
    {
        try
        {
            return converter.FromAttributeValue(value);
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Relabel(e, entity, attribute);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or OverflowException or InvalidCastException)
        {
            throw new DynamoMappingException(entity, attribute, $"a value {converter.GetType().Name} can convert", DynamoMappingErrors.TypeOf(value) + " (" + e.Message + ")", DynamoMappingErrors.TypeOf(value) + " (" + e.GetType().Name + ")", e);
        }
    }

    // The elements of an L, or of a set read as a list: each set element wrapped as the scalar the element reader takes.
    internal static List<AttributeValue>? ListElements(AttributeValue value)
    {
        if (value.L is { } list)
        {
            return list;
        }

        if (value.SS is { } strings)
        {
            return strings.ConvertAll(static text => new AttributeValue { S = text });
        }

        if (value.NS is { } numbers)
        {
            return numbers.ConvertAll(static text => new AttributeValue { N = text });
        }

        return value.BS?.ConvertAll(static bytes => new AttributeValue { B = bytes });
    }

    // The number of an enum stored as N, or as DynamoDBContext 4.1 stores a nullable enum (OrderState?): a map holding
    // only the enum's underlying field, {"value__": N}.
    private static string? EnumNumberText(AttributeValue value)
    {
        if (value.N is { } number)
        {
            return number;
        }

        return value.M is { Count: 1 } map && map.TryGetValue("value__", out var field) && field?.N is { } boxed ? boxed : null;
    }

    // Names joined by commas, for a [Flags] enum only: only there does ToString write a combination as names.
    internal static bool IsFlagCombination<TEnum>(string text, out TEnum value) where TEnum : struct, Enum =>
        EnumText.TryParseFlagNames(text, out value) && value.ToString().Contains(',', StringComparison.Ordinal);

    /// <summary>
    /// The common case of <see cref="ParseNumber{T}"/>, from UTF-8 bytes (the wire reader's, with no copy to text): true
    /// only for a number <see cref="ParseNumber{T}"/> would give the same value for without more checks (an integer in
    /// range; a decimal of at most 28 characters and no exponent; a finite non-zero float). False sends the text to
    /// <see cref="ParseNumber{T}"/>, which decides and names any error.
    /// </summary>
    internal static bool TryParseCommonNumber<T>(ReadOnlySpan<byte> utf8, out T value) where T : INumberBase<T>
    {
        if (typeof(T) == typeof(decimal))
        {
            // Only text that needs no exactness check (NumberText.AlwaysExactDecimalLength).
            if (utf8.Length > NumberText.AlwaysExactDecimalLength || utf8.ContainsAny((byte)'e', (byte)'E'))
            {
                value = default!;
                return false;
            }

            return T.TryParse(utf8, NumberTextStyles, CultureInfo.InvariantCulture, out value!);
        }

        if (typeof(T) == typeof(double) || typeof(T) == typeof(float))
        {
            // Zero and infinity go to ParseNumber, which tells a stored zero from a number too small or too large.
            return T.TryParse(utf8, NumberTextStyles, CultureInfo.InvariantCulture, out value!) && T.IsFinite(value) && !T.IsZero(value);
        }

        return T.TryParse(utf8, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value!);
    }

    // Shared with the wire reader (DynamoWireReader), which parses the text straight from the JSON bytes.
    internal static T ParseNumber<T>(ReadOnlySpan<char> text, string entity, string attribute) where T : INumberBase<T>
    {
        // Integers take the fast integer parser first (typeof checks fold away per T); "1E3" or "5.0" still parse via
        // the float styles. No white space, currency or thousands separators: DynamoDB never stores them.
        var isFloating = typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(decimal);
        if (!isFloating && T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) && integer is not null)
        {
            return integer;
        }

        if (!T.TryParse(text, NumberTextStyles, CultureInfo.InvariantCulture, out var result) || result is null)
        {
            throw DynamoMappingErrors.Unparseable(entity, attribute, typeof(T) == typeof(decimal) ? DecimalExpected : "a number that fits " + typeof(T).Name, "N", text.ToString());
        }

        if (!isFloating)
        {
            return result;
        }

        // float and double parse 1E+100 as Infinity and 1E-50 as 0; decimal parses 1E-130 as 0 and rounds after 28
        // digits. A value read back different from what is stored is refused, naming what the type holds.
        if (typeof(T) == typeof(decimal))
        {
            return NumberText.IsExact(text, (decimal)(object)result)
                ? result
                : throw DynamoMappingErrors.Unparseable(entity, attribute, DecimalExpected, "N", text.ToString());
        }

        if (!T.IsFinite(result))
        {
            throw DynamoMappingErrors.Unparseable(entity, attribute, $"a number within the range of {typeof(T).Name}", "N", text.ToString());
        }

        return !T.IsZero(result) || !NumberText.IsNonZero(text)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, $"a number {typeof(T).Name} can hold (it would read as 0)", "N", text.ToString());
    }
}
