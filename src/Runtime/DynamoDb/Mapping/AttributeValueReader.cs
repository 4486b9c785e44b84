using System;
using System.Collections.Generic;
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
/// objects carry the full path (<c>Lines[2].Sku</c>).
/// </summary>
public static class AttributeValueReader
{
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

    /// <summary>BOOL.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The bool.</returns>
    public static bool Boolean(AttributeValue value, string entity, string attribute) =>
        value.BOOL ?? throw DynamoMappingErrors.WrongType(entity, attribute, "BOOL", value);

    /// <summary>N as any number type (integers refuse fractions and out-of-range values).</summary>
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

    /// <summary>S as a Guid.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The Guid.</returns>
    public static Guid Guid(AttributeValue value, string entity, string attribute)
    {
        var text = String(value, entity, attribute);
        return System.Guid.TryParse(text, out var result) ? result : throw DynamoMappingErrors.Unparseable(entity, attribute, "a Guid", "S", text);
    }

    /// <summary>S as an ISO-8601 date-time, returned in UTC.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The UTC date-time.</returns>
    public static DateTime DateTime(AttributeValue value, string entity, string attribute)
    {
        var text = String(value, entity, attribute);

        // The stored form has a fast exact parser; other ISO-8601 forms written by other tools still read.
        if (RoundTripDateParser.TryParseUtc(text, out var exact))
        {
            return exact;
        }

        return System.DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, "an ISO-8601 date-time", "S", text);
    }

    /// <summary>S as an ISO-8601 date-time with offset.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The date-time offset.</returns>
    public static DateTimeOffset DateTimeOffset(AttributeValue value, string entity, string attribute)
    {
        var text = String(value, entity, attribute);
        if (RoundTripDateParser.TryParseUtcOffset(text, out var exact))
        {
            return exact;
        }

        return System.DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, "an ISO-8601 date-time", "S", text);
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

    /// <summary>S as a time of day (HH:mm:ss.fffffff; shorter invariant forms are accepted).</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The time.</returns>
    public static TimeOnly TimeOnly(AttributeValue value, string entity, string attribute)
    {
        var text = String(value, entity, attribute);
        return System.TimeOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, "a time of day (HH:mm:ss.fffffff)", "S", text);
    }

    /// <summary>S as a time span in the invariant "c" format.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The time span.</returns>
    public static TimeSpan TimeSpan(AttributeValue value, string entity, string attribute)
    {
        var text = String(value, entity, attribute);
        return System.TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, "a time span (d.hh:mm:ss.fffffff)", "S", text);
    }

    /// <summary>
    /// S as one defined name of the enum (case-sensitive). Numeric text ("3", "12345") and undefined names are refused:
    /// <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> alone would turn them into any value, defined or not.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The enum value.</returns>
    /// <exception cref="DynamoMappingException">The text is not a defined name.</exception>
    public static TEnum EnumName<TEnum>(AttributeValue value, string entity, string attribute) where TEnum : struct, Enum
    {
        var text = String(value, entity, attribute);
        return IsName(text) && Enum.TryParse<TEnum>(text, ignoreCase: false, out var result) && Enum.IsDefined(result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, "a name of " + typeof(TEnum).Name, "S", text);
    }

    /// <summary>
    /// S as the defined names of a [Flags] enum, comma-separated as <see cref="Enum.ToString()"/> writes them
    /// ("Read, Write"). Numeric text and undefined names are refused.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The enum value: the names combined.</returns>
    /// <exception cref="DynamoMappingException">A part is not a defined name.</exception>
    public static TEnum EnumFlagNames<TEnum>(AttributeValue value, string entity, string attribute) where TEnum : struct, Enum
    {
        var text = String(value, entity, attribute);
        foreach (var part in text.Split(','))
        {
            var name = part.Trim();
            if (!IsName(name) || !Enum.TryParse<TEnum>(name, ignoreCase: false, out var flag) || !Enum.IsDefined(flag))
            {
                throw DynamoMappingErrors.Unparseable(entity, attribute, "comma-separated names of " + typeof(TEnum).Name, "S", text);
            }
        }

        // Every part is a defined name, so parsing the whole text only combines them.
        return Enum.TryParse<TEnum>(text, ignoreCase: false, out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, "comma-separated names of " + typeof(TEnum).Name, "S", text);
    }

    // A C# identifier as metadata holds it: a letter or '_' first, no sign, digit, comma or white space around it.
    private static bool IsName(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>B as a new byte array.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Binary(AttributeValue value, string entity, string attribute) =>
        (value.B ?? throw DynamoMappingErrors.WrongType(entity, attribute, "B", value)).ToArray();

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

    /// <summary>L as a list; NULL elements are passed to <paramref name="element"/>, which decides.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Reads one element.</param>
    /// <returns>A new list.</returns>
    public static List<T> List<T>(AttributeValue value, string entity, string attribute, Func<AttributeValue, T> element)
    {
        var source = value.L ?? throw DynamoMappingErrors.WrongType(entity, attribute, "L", value);
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

    /// <summary>L as an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Reads one element.</param>
    /// <returns>A new array.</returns>
    public static T[] Array<T>(AttributeValue value, string entity, string attribute, Func<AttributeValue, T> element)
    {
        var source = value.L ?? throw DynamoMappingErrors.WrongType(entity, attribute, "L", value);
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

    private static T ParseNumber<T>(string text, string entity, string attribute) where T : INumberBase<T>
    {
        // Integers take the fast integer parser first (typeof checks fold away per T); "1E3" or "5.0" still parse via Float.
        var isFloating = typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(decimal);
        if (!isFloating && T.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) && integer is not null)
        {
            return integer;
        }

        return T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) && result is not null
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, "a number that fits " + typeof(T).Name, "N", text);
    }
}
