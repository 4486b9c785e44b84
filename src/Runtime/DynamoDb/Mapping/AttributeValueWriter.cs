using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Numerics;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// Converts member values to <see cref="AttributeValue"/>s. Called by generated <c>ToItem</c> code; no reflection.
/// Numbers and dates are written with the invariant culture; dates in UTC ISO-8601 ("O").
/// Methods taking <c>entity</c> and <c>attribute</c> can refuse a value with a <see cref="DynamoMappingException"/>.
/// </summary>
/// <remarks>
/// For generated code only: it is public because the code generated into the user's assembly calls it, and hidden
/// from IntelliSense (as the LoggerMessage generator's helpers are). Its members may change with the generator.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AttributeValueWriter
{
    /// <summary>A NULL value (for a null element of a list or map).</summary>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Null() => new() { NULL = true };

    /// <summary>S.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue String(string value) => new() { S = value };

    /// <summary>BOOL.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Boolean(bool value) => new() { BOOL = value };

    /// <summary>N <c>1</c> or <c>0</c>, as DynamoDBContext stores a bool (<see cref="DynamoBooleanFormat.Number"/>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue BooleanNumber(bool value) => new() { N = value ? "1" : "0" };

    /// <summary>N from any integer type.</summary>
    /// <typeparam name="T">The integer type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Integer<T>(T value) where T : IBinaryInteger<T> => new() { N = value.ToString(null, CultureInfo.InvariantCulture) };

    /// <summary>
    /// <c>M {"value__": N}</c>: a nullable enum's number as AWSSDK.DynamoDBv2 4.x DynamoDBContext stores it, and the only
    /// form it loads a nullable enum from (<see cref="DynamoConventionsAttribute.BoxNullableEnums"/>).
    /// </summary>
    /// <typeparam name="T">The enum's underlying integer type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue BoxedEnumNumber<T>(T value) where T : IBinaryInteger<T> =>
        new() { M = new Dictionary<string, AttributeValue>(1) { ["value__"] = Integer(value) } };

    /// <summary>N from a decimal, all its digits kept.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Decimal(decimal value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    /// <summary>
    /// N from a double, round-trippable ("R"). What DynamoDB cannot store is refused here rather than by PutItem: NaN,
    /// infinities, magnitudes of 1E+126 or more and non-zero magnitudes below 1E-130.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for the error.</param>
    /// <param name="attribute">The attribute name, for the error.</param>
    /// <returns>The attribute value.</returns>
    /// <exception cref="DynamoMappingException">The value cannot be stored.</exception>
    public static AttributeValue Double(double value, string entity, string attribute)
    {
        EnsureStorable(value, entity, attribute, "a finite number");
        return new() { N = value.ToString("R", CultureInfo.InvariantCulture) };
    }

    /// <summary>N from a float, round-trippable ("R"). NaN and infinities cannot be stored and are refused.</summary>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for the error.</param>
    /// <param name="attribute">The attribute name, for the error.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Single(float value, string entity, string attribute)
    {
        // Every finite float lies inside DynamoDB's range (|x| < 3.5E+38, non-zero |x| >= 1.4E-45).
        if (!float.IsFinite(value))
        {
            throw new DynamoMappingException(entity, attribute, "a finite number (DynamoDB cannot store NaN or Infinity)", value.ToString(CultureInfo.InvariantCulture));
        }

        return new() { N = value.ToString("R", CultureInfo.InvariantCulture) };
    }

    /// <summary>S in the "D" format.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Guid(Guid value) => new() { S = value.ToString("D", CultureInfo.InvariantCulture) };

    /// <summary>S: ISO-8601 in UTC ("O"); see <see cref="DynamoDateTime.ToUtc(System.DateTime)"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue DateTime(DateTime value) => new() { S = DynamoDateTime.ToUtc(value).ToString("O", CultureInfo.InvariantCulture) };

    /// <summary>S: ISO-8601 in UTC ("O").</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue DateTimeOffset(DateTimeOffset value) => new() { S = DynamoDateTime.ToUtc(value).ToString("O", CultureInfo.InvariantCulture) };

    /// <summary>S: the date-time in UTC as <paramref name="format"/> says (see <see cref="DynamoDateTime.Format(System.DateTime, DynamoDateTimeFormat)"/>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The text form.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue DateTime(DateTime value, DynamoDateTimeFormat format) => new() { S = DynamoDateTime.Format(value, format) };

    /// <summary>S: the instant in UTC as <paramref name="format"/> says.</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The text form.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue DateTimeOffset(DateTimeOffset value, DynamoDateTimeFormat format) => new() { S = DynamoDateTime.Format(value, format) };

    /// <summary>S: yyyy-MM-dd.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue DateOnly(DateOnly value) => new() { S = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    /// <summary>S: HH:mm:ss.fffffff.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue TimeOnly(TimeOnly value) => new() { S = value.ToString("HH':'mm':'ss'.'fffffff", CultureInfo.InvariantCulture) };

    /// <summary>S: the invariant "c" format.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue TimeSpan(TimeSpan value) => new() { S = value.ToString("c", CultureInfo.InvariantCulture) };

    /// <summary>
    /// S: the enum's name (for [Flags], its names comma-separated). A value with no name (an undefined number, or bits
    /// no flag names) would be written as digits that reading by name refuses, so it is refused here.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for the error.</param>
    /// <param name="attribute">The attribute name, for the error.</param>
    /// <returns>The attribute value.</returns>
    /// <exception cref="DynamoMappingException">The value has no name.</exception>
    public static AttributeValue EnumName<TEnum>(TEnum value, string entity, string attribute) where TEnum : struct, Enum
        => new() { S = EnumNameText(value, entity, attribute) };

    /// <summary>
    /// The enum's name (for [Flags], its names comma-separated), as stored and as placed in key templates. A value with
    /// no name (an undefined number, or bits no flag names) is refused: its digits would not read back by name and would
    /// put a key no by-name value ever matches.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for the error.</param>
    /// <param name="attribute">The attribute name, for the error.</param>
    /// <returns>The name.</returns>
    /// <exception cref="DynamoMappingException">The value has no name.</exception>
    public static string EnumNameText<TEnum>(TEnum value, string entity, string attribute) where TEnum : struct, Enum
    {
        var text = value.ToString();
        return EnumText.HasName(value)
            ? text
            : throw new DynamoMappingException(entity, attribute, "a defined value of " + typeof(TEnum).Name + " (it is stored by name)", text, "a value with no name", null);
    }

    /// <summary>S: the enum's name in <paramref name="casing"/>, refused as <see cref="EnumName{TEnum}(TEnum, string, string)"/> refuses.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for the error.</param>
    /// <param name="attribute">The attribute name, for the error.</param>
    /// <param name="casing">The casing of the stored name.</param>
    /// <returns>The attribute value.</returns>
    /// <exception cref="DynamoMappingException">The value has no name.</exception>
    public static AttributeValue EnumName<TEnum>(TEnum value, string entity, string attribute, DynamoEnumCasing casing) where TEnum : struct, Enum
        => new() { S = EnumNameText(value, entity, attribute, casing) };

    /// <summary>The enum's name in <paramref name="casing"/>, as stored and as placed in key templates.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for the error.</param>
    /// <param name="attribute">The attribute name, for the error.</param>
    /// <param name="casing">The casing.</param>
    /// <returns>The name.</returns>
    /// <exception cref="DynamoMappingException">The value has no name.</exception>
    public static string EnumNameText<TEnum>(TEnum value, string entity, string attribute, DynamoEnumCasing casing) where TEnum : struct, Enum
    {
        var text = EnumNameText(value, entity, attribute);
        return casing == DynamoEnumCasing.LowerCase ? text.ToLowerInvariant() : text;
    }

    /// <summary>B. The array is wrapped, not copied.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Binary(byte[] value) => new() { B = new MemoryStream(value, 0, value.Length, writable: false, publiclyVisible: true) };

    /// <summary>B.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Binary(ReadOnlyMemory<byte> value) => Binary(value.ToArray());

    /// <summary>
    /// S: the bytes as text, lower-case hex (<c>000102ff</c>, as boto3-assist stores bytes) or base64; <see cref="DynamoBinaryFormat.Binary"/>
    /// writes B.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The form.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue BinaryText(ReadOnlySpan<byte> value, DynamoBinaryFormat format) => format switch
    {
        DynamoBinaryFormat.Hex => new() { S = HexText(value) },
        DynamoBinaryFormat.Base64 => new() { S = Convert.ToBase64String(value) },
        _ => Binary(value.ToArray()),
    };

    /// <summary>S: the bytes as hex or base64 text; see <see cref="BinaryText(ReadOnlySpan{byte}, DynamoBinaryFormat)"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The form.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue BinaryText(byte[] value, DynamoBinaryFormat format) => BinaryText(value.AsSpan(), format);

    /// <summary>S: the bytes as hex or base64 text; see <see cref="BinaryText(ReadOnlySpan{byte}, DynamoBinaryFormat)"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The form.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue BinaryText(ReadOnlyMemory<byte> value, DynamoBinaryFormat format) => BinaryText(value.Span, format);

    /// <summary>N: Unix epoch seconds, the only form DynamoDB's time to live expires.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue EpochSeconds(DateTimeOffset value) => new() { N = value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };

    /// <summary>N: Unix epoch seconds (an unspecified kind is taken as UTC).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue EpochSeconds(DateTime value) => EpochSeconds(new DateTimeOffset(DynamoDateTime.ToUtc(value)));

    /// <summary>L. Null elements become NULL; an element error names its index (<c>Lines[2]</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Writes one non-null element.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue List<T>(IEnumerable<T> values, string entity, string attribute, Func<T, AttributeValue> element)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        var list = values is IReadOnlyCollection<T> c ? new List<AttributeValue>(c.Count) : new List<AttributeValue>();
        var index = 0;
        try
        {
            foreach (var value in values)
            {
                list.Add(value is null ? Null() : element(value));
                index++;
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, attribute + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        }

        return new() { L = list };
    }

    /// <summary>L from a list, without allocating an enumerator. See <see cref="List{T}(IEnumerable{T}, string, string, Func{T, AttributeValue})"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Writes one non-null element.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue List<T>(List<T> values, string entity, string attribute, Func<T, AttributeValue> element) =>
        ListOf(values, entity, attribute, element);

    /// <summary>L from an array or read-only list, by index. See <see cref="List{T}(IEnumerable{T}, string, string, Func{T, AttributeValue})"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Writes one non-null element.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue List<T>(IReadOnlyList<T> values, string entity, string attribute, Func<T, AttributeValue> element) =>
        ListOf(values, entity, attribute, element);

    /// <summary>M from a dictionary, without allocating an enumerator. See <see cref="Map{T}(IEnumerable{KeyValuePair{string, T}}, string, string, Func{T, AttributeValue})"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="values">The entries.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Writes one non-null value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Map<T>(Dictionary<string, T> values, string entity, string attribute, Func<T, AttributeValue> element)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        var map = new Dictionary<string, AttributeValue>(values.Count);
        var key = string.Empty;
        try
        {
            foreach (var pair in values)
            {
                key = pair.Key;
                map[pair.Key] = pair.Value is null ? Null() : element(pair.Value);
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, DynamoMappingErrors.Combine(attribute, key));
        }

        return new() { M = map };
    }

    /// <summary>M from a dictionary with string keys. Null values become NULL.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="values">The entries.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="element">Writes one non-null value.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Map<T>(IEnumerable<KeyValuePair<string, T>> values, string entity, string attribute, Func<T, AttributeValue> element)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        var map = values is IReadOnlyCollection<KeyValuePair<string, T>> c ? new Dictionary<string, AttributeValue>(c.Count) : new Dictionary<string, AttributeValue>();
        var key = string.Empty;
        try
        {
            foreach (var pair in values)
            {
                key = pair.Key;
                map[pair.Key] = pair.Value is null ? Null() : element(pair.Value);
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, DynamoMappingErrors.Combine(attribute, key));
        }

        return new() { M = map };
    }

    private static AttributeValue ListOf<T>(IReadOnlyList<T> values, string entity, string attribute, Func<T, AttributeValue> element)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        var list = new List<AttributeValue>(values.Count);
        var index = 0;
        try
        {
            for (; index < values.Count; index++)
            {
                var value = values[index];
                list.Add(value is null ? Null() : element(value));
            }
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, attribute + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        }

        return new() { L = list };
    }

    /// <summary>M from a nested object, written by its generated mapper.</summary>
    /// <typeparam name="T">The nested type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="write">The generated writer of the nested type.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Object<T>(T value, string entity, string attribute, Func<T, Dictionary<string, AttributeValue>> write)
    {
        using var level = NestingDepth.Enter(entity, attribute);
        try
        {
            return new() { M = write(value) };
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Nest(e, entity, attribute);
        }
    }

    /// <summary>SS, or <see langword="null"/> (leave the attribute out) when empty: DynamoDB cannot store an empty set.</summary>
    /// <param name="values">The values; nulls are skipped.</param>
    /// <returns>The attribute value, or <see langword="null"/>.</returns>
    public static AttributeValue? StringSet(IEnumerable<string?> values)
    {
        List<string>? list = null;
        foreach (var value in values)
        {
            if (value is not null)
            {
                (list ??= new List<string>()).Add(value);
            }
        }

        return list is null ? null : new AttributeValue { SS = list };
    }

    /// <summary>NS, or <see langword="null"/> when empty. NaN and infinities are refused.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="values">The values.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The attribute value, or <see langword="null"/>.</returns>
    public static AttributeValue? NumberSet<T>(IEnumerable<T> values, string entity, string attribute) where T : INumberBase<T>
    {
        List<string>? list = null;
        foreach (var value in values)
        {
            if (!T.IsFinite(value))
            {
                throw new DynamoMappingException(entity, attribute, "finite numbers (DynamoDB cannot store NaN or Infinity)", value.ToString(null, CultureInfo.InvariantCulture));
            }

            // Only a double can leave DynamoDB's range (the JIT/AOT compiler drops this test for every other T).
            if (value is double number)
            {
                EnsureStorable(number, entity, attribute, "finite numbers");
            }

            (list ??= new List<string>()).Add(value.ToString(null, CultureInfo.InvariantCulture));
        }

        return list is null ? null : new AttributeValue { NS = list };
    }

    /// <summary>BS, or <see langword="null"/> when empty.</summary>
    /// <param name="values">The values; nulls are skipped.</param>
    /// <returns>The attribute value, or <see langword="null"/>.</returns>
    public static AttributeValue? BinarySet(IEnumerable<byte[]?> values)
    {
        List<MemoryStream>? list = null;
        foreach (var value in values)
        {
            if (value is not null)
            {
                (list ??= new List<MemoryStream>()).Add(new MemoryStream(value, 0, value.Length, writable: false, publiclyVisible: true));
            }
        }

        return list is null ? null : new AttributeValue { BS = list };
    }

    /// <summary>Writes through a custom converter; its non-mapping errors are reported as <see cref="DynamoMappingException"/>.</summary>
    /// <typeparam name="T">The member type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="converter">The converter.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue Converted<T>(T value, IDynamoConverter<T> converter, string entity, string attribute)
    {
        try
        {
            return converter.ToAttributeValue(value);
        }
        catch (DynamoMappingException e)
        {
            throw DynamoMappingErrors.Relabel(e, entity, attribute);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            throw new DynamoMappingException(entity, attribute, $"a value {converter.GetType().Name} can convert", e.Message, e.GetType().Name, e);
        }
    }

    /// <summary>
    /// Refuses a double DynamoDB would reject with a ValidationException ("Number overflow"/"Number underflow"):
    /// NaN, infinities, |x| &gt;= 1E+126, and 0 &lt; |x| &lt; 1E-130. <c>1E+126</c> is the double nearest 10^126, which
    /// "R" writes as "1E+126"; <c>1E-130</c> itself is the smallest magnitude DynamoDB accepts.
    /// </summary>
    internal static void EnsureStorable(double value, string entity, string attribute, string expected)
    {
        if (!double.IsFinite(value))
        {
            throw new DynamoMappingException(entity, attribute, expected + " (DynamoDB cannot store NaN or Infinity)", value.ToString(CultureInfo.InvariantCulture));
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1E+126 || (magnitude != 0 && magnitude < 1E-130))
        {
            throw new DynamoMappingException(
                entity,
                attribute,
                expected + " DynamoDB can store (magnitude below 1E+126 and, unless zero, at least 1E-130)",
                value.ToString("R", CultureInfo.InvariantCulture),
                "a number outside that range",
                null);
        }
    }

    internal static string HexText(ReadOnlySpan<byte> value)
    {
#if NET9_0_OR_GREATER
        return Convert.ToHexStringLower(value);
#else
        return Convert.ToHexString(value).ToLowerInvariant();
#endif
    }
}
