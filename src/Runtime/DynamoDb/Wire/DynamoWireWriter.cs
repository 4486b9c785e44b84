using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DynamoDb.Wire;

/// <summary>
/// Writes member values straight as DynamoDB JSON with <see cref="Utf8JsonWriter"/>, exactly what
/// <see cref="AttributeValueWriter"/> would put in the item (the same text of numbers and dates, the same refusals), with
/// no <c>AttributeValue</c> in between: numbers, dates and Guids are formatted into the writer's UTF-8 directly. Used by
/// <see cref="DynamoItemWriter"/> for the values of an item written as JSON. Every method writes one typed value; the
/// generated code writes the attribute name before it.
/// </summary>
internal static class DynamoWireWriter
{
    // The longest text of a number, Guid, date or time these methods format (a decimal is 31 characters, "O" 33).
    private const int MaxFormatted = 64;

    /// <summary>NULL.</summary>
    /// <param name="writer">The writer.</param>
    public static void Null(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("NULL"u8, true);
        writer.WriteEndObject();
    }

    /// <summary>S.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void String(Utf8JsonWriter writer, string value, string entity, string attribute)
    {
        writer.WriteStartObject();
        writer.WriteString("S"u8, value);
        writer.WriteEndObject();
    }

    /// <summary>BOOL.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void Boolean(Utf8JsonWriter writer, bool value, string entity, string attribute)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("BOOL"u8, value);
        writer.WriteEndObject();
    }

    /// <summary>N 1 or 0.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void BooleanNumber(Utf8JsonWriter writer, bool value, string entity, string attribute) =>
        Typed(writer, "N"u8, value ? "1"u8 : "0"u8);

    /// <summary>N from any integer type.</summary>
    /// <typeparam name="T">The integer type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void Integer<T>(Utf8JsonWriter writer, T value, string entity, string attribute) where T : IBinaryInteger<T> =>
        Formatted(writer, "N"u8, value, default);

    /// <summary><c>M {"value__": N}</c>, a nullable enum as DynamoDBContext 4.x stores it.</summary>
    /// <typeparam name="T">The enum's underlying integer type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void BoxedEnumNumber<T>(Utf8JsonWriter writer, T value, string entity, string attribute) where T : IBinaryInteger<T>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("M"u8);
        writer.WritePropertyName("value__"u8);
        Formatted(writer, "N"u8, value, default);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>N from a decimal, all its digits kept.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void Decimal(Utf8JsonWriter writer, decimal value, string entity, string attribute) =>
        Formatted(writer, "N"u8, value, default);

    /// <summary>N from a double ("R"); what DynamoDB cannot store is refused as <see cref="AttributeValueWriter.Double"/> refuses it.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void Double(Utf8JsonWriter writer, double value, string entity, string attribute)
    {
        AttributeValueWriter.EnsureStorable(value, entity, attribute, "a finite number");
        Formatted(writer, "N"u8, value, "R");
    }

    /// <summary>N from a float ("R"); NaN and infinities are refused.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void Single(Utf8JsonWriter writer, float value, string entity, string attribute)
    {
        if (!float.IsFinite(value))
        {
            throw new DynamoMappingException(entity, attribute, "a finite number (DynamoDB cannot store NaN or Infinity)", value.ToString(CultureInfo.InvariantCulture));
        }

        Formatted(writer, "N"u8, value, "R");
    }

    /// <summary>S in the "D" format.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void Guid(Utf8JsonWriter writer, Guid value, string entity, string attribute) =>
        Formatted(writer, "S"u8, value, "D");

    /// <summary>S: ISO-8601 in UTC ("O").</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void DateTime(Utf8JsonWriter writer, DateTime value, string entity, string attribute) =>
        Formatted(writer, "S"u8, DynamoDateTime.ToUtc(value), "O");

    /// <summary>S: the date-time in UTC as the conventions' <paramref name="format"/> says.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="format">The text form.</param>
    public static void DateTime(Utf8JsonWriter writer, DateTime value, string entity, string attribute, DynamoDateTimeFormat format) =>
        Text(writer, "S"u8, DynamoDateTime.Format(value, format));

    /// <summary>S: ISO-8601 in UTC ("O").</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void DateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value, string entity, string attribute) =>
        Formatted(writer, "S"u8, DynamoDateTime.ToUtc(value), "O");

    /// <summary>S: the instant in UTC as the conventions' <paramref name="format"/> says.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="format">The text form.</param>
    public static void DateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value, string entity, string attribute, DynamoDateTimeFormat format) =>
        Text(writer, "S"u8, DynamoDateTime.Format(value, format));

    /// <summary>S: yyyy-MM-dd.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void DateOnly(Utf8JsonWriter writer, DateOnly value, string entity, string attribute) =>
        Formatted(writer, "S"u8, value, "yyyy-MM-dd");

    /// <summary>S: HH:mm:ss.fffffff.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void TimeOnly(Utf8JsonWriter writer, TimeOnly value, string entity, string attribute) =>
        Formatted(writer, "S"u8, value, "HH':'mm':'ss'.'fffffff");

    /// <summary>S: the invariant "c" format.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void TimeSpan(Utf8JsonWriter writer, TimeSpan value, string entity, string attribute) =>
        Formatted(writer, "S"u8, value, "c");

    /// <summary>N: Unix epoch seconds.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void EpochSeconds(Utf8JsonWriter writer, DateTimeOffset value, string entity, string attribute) =>
        Formatted(writer, "N"u8, value.ToUnixTimeSeconds(), default);

    /// <summary>N: Unix epoch seconds (an unspecified kind is taken as UTC).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void EpochSeconds(Utf8JsonWriter writer, DateTime value, string entity, string attribute) =>
        EpochSeconds(writer, new DateTimeOffset(DynamoDateTime.ToUtc(value)), entity, attribute);

    /// <summary>S: the enum's name; a value with no name is refused.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void EnumName<TEnum>(Utf8JsonWriter writer, TEnum value, string entity, string attribute) where TEnum : struct, Enum =>
        Text(writer, "S"u8, AttributeValueWriter.EnumNameText(value, entity, attribute));

    /// <summary>S: the enum's name in <paramref name="casing"/>; a value with no name is refused.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="casing">The casing.</param>
    public static void EnumName<TEnum>(Utf8JsonWriter writer, TEnum value, string entity, string attribute, DynamoEnumCasing casing) where TEnum : struct, Enum =>
        Text(writer, "S"u8, AttributeValueWriter.EnumNameText(value, entity, attribute, casing));

    /// <summary>B.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void Binary(Utf8JsonWriter writer, byte[] value, string entity, string attribute) => Binary(writer, value.AsMemory(), entity, attribute);

    /// <summary>B.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void Binary(Utf8JsonWriter writer, ReadOnlyMemory<byte> value, string entity, string attribute)
    {
        writer.WriteStartObject();
        writer.WriteBase64String("B"u8, value.Span);
        writer.WriteEndObject();
    }

    /// <summary>S: the bytes as lower-case hex or base64 text (B for <see cref="DynamoBinaryFormat.Binary"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="format">The form.</param>
    public static void BinaryText(Utf8JsonWriter writer, ReadOnlyMemory<byte> value, string entity, string attribute, DynamoBinaryFormat format)
    {
        switch (format)
        {
            case DynamoBinaryFormat.Hex:
                Text(writer, "S"u8, AttributeValueWriter.HexText(value.Span));
                break;
            case DynamoBinaryFormat.Base64:
                Text(writer, "S"u8, Convert.ToBase64String(value.Span));
                break;
            default:
                Binary(writer, value, entity, attribute);
                break;
        }
    }







    /// <summary>The attribute <paramref name="name"/> as SS, or nothing when the set is empty (DynamoDB stores no empty set).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The attribute name.</param>
    /// <param name="values">The values; nulls are skipped.</param>
    public static void StringSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<string?> values)
    {
        var started = false;
        foreach (var value in values)
        {
            if (value is not null)
            {
                StartSet(writer, name, "SS"u8, ref started);
                writer.WriteStringValue(value);
            }
        }

        EndSet(writer, started);
    }

    /// <summary>The attribute <paramref name="name"/> as NS, or nothing when empty; NaN, infinities and out-of-range doubles are refused.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The attribute name.</param>
    /// <param name="values">The values.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void NumberSet<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<T> values, string entity, string attribute) where T : INumberBase<T>
    {
        var started = false;
        Span<byte> buffer = stackalloc byte[MaxFormatted];
        foreach (var value in values)
        {
            if (!T.IsFinite(value))
            {
                throw new DynamoMappingException(entity, attribute, "finite numbers (DynamoDB cannot store NaN or Infinity)", value.ToString(null, CultureInfo.InvariantCulture));
            }

            if (value is double number)
            {
                AttributeValueWriter.EnsureStorable(number, entity, attribute, "finite numbers");
            }

            StartSet(writer, name, "NS"u8, ref started);
            if (value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
            {
                writer.WriteStringValue(buffer.Slice(0, written));
            }
            else
            {
                writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
            }
        }

        EndSet(writer, started);
    }

    /// <summary>The attribute <paramref name="name"/> as BS, or nothing when empty.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The attribute name.</param>
    /// <param name="values">The values; nulls are skipped.</param>
    public static void BinarySet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<byte[]?> values)
    {
        var started = false;
        foreach (var value in values)
        {
            if (value is not null)
            {
                StartSet(writer, name, "BS"u8, ref started);
                writer.WriteBase64StringValue(value);
            }
        }

        EndSet(writer, started);
    }

    /// <summary>Writes through a custom converter (its one <c>AttributeValue</c>), reporting its errors as <see cref="AttributeValueWriter.Converted{T}"/> does.</summary>
    /// <typeparam name="T">The converter's type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="converter">The converter.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    public static void Converted<T>(Utf8JsonWriter writer, T value, IDynamoConverter<T> converter, string entity, string attribute) =>
        DynamoItemJson.WriteValue(writer, AttributeValueWriter.Converted(value, converter, entity, attribute), attribute);



    private static void StartSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ReadOnlySpan<byte> type, ref bool started)
    {
        if (!started)
        {
            writer.WritePropertyName(name);
            writer.WriteStartObject();
            writer.WriteStartArray(type);
            started = true;
        }
    }

    private static void EndSet(Utf8JsonWriter writer, bool started)
    {
        if (started)
        {
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    private static void Typed(Utf8JsonWriter writer, ReadOnlySpan<byte> type, ReadOnlySpan<byte> utf8Text)
    {
        writer.WriteStartObject();
        writer.WriteString(type, utf8Text);
        writer.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter writer, ReadOnlySpan<byte> type, string text)
    {
        writer.WriteStartObject();
        writer.WriteString(type, text);
        writer.WriteEndObject();
    }

    // Formats into UTF-8 on the stack (IUtf8SpanFormattable), as ToString(format, invariant) would.
    private static void Formatted<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> type, T value, ReadOnlySpan<char> format) where T : IUtf8SpanFormattable, IFormattable
    {
        Span<byte> buffer = stackalloc byte[MaxFormatted];
        if (value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture))
        {
            Typed(writer, type, buffer.Slice(0, written));
        }
        else
        {
            Text(writer, type, value.ToString(format.ToString(), CultureInfo.InvariantCulture));
        }
    }
}
