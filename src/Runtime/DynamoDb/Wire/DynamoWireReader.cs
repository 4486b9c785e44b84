using System;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DynamoDb.Wire;

/// <summary>
/// Reads member values straight from DynamoDB JSON (<c>{"age":{"N":"42"}}</c>) with <see cref="Utf8JsonReader"/>, with
/// exactly the semantics of <see cref="AttributeValueReader"/> (the same tolerant reads, the same refusals) and no
/// <c>AttributeValue</c> in between: numbers and dates are parsed from the JSON bytes, strings are made only for string
/// members. Used by <see cref="DynamoItemReader"/> for the values of an item read from JSON.
/// </summary>
/// <remarks>
/// Every error is a <see cref="DynamoMappingException"/> naming the entity, the attribute path and what was expected,
/// as <c>FromItem</c> throws for the same value; malformed JSON (truncated, a wrong token, bad base64) is one too, never a
/// <see cref="JsonException"/>. A typed value read with <see cref="Open"/> is read to its end by the method reading it.
/// The JSON reader's own <see cref="JsonException"/> (a token that is not JSON) is let through by these methods and named
/// by <see cref="DynamoItemReader"/>, which catches it once per item and nesting level with the attribute path it is on
/// (<see cref="Malformed(string, string, Exception)"/>): a handler in <see cref="Next"/>, called for every token, kept it
/// from being inlined and made reading a fifth slower.
/// </remarks>
internal static partial class DynamoWireReader
{
    // Numbers, dates, Guids and times are short: their text is copied to the stack, never to a string.
    private const int MaxStackText = 128;

    /// <summary>Checks that the reader is on the <c>{</c> of an item (or of a nested map).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="entity">The entity name, for errors.</param>
    public static void StartItem(ref Utf8JsonReader reader, string entity)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Malformed(entity, string.Empty, "an item (a JSON object of attributes)", reader.TokenType);
        }
    }

    /// <summary>Moves to the next attribute name of an item; false at the item's <c>}</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <returns>Whether the reader is on an attribute name.</returns>
    public static bool NextAttribute(ref Utf8JsonReader reader, string entity) =>
        Next(ref reader, entity, string.Empty) == JsonTokenType.PropertyName;

    /// <summary>Skips the value of an attribute no member maps (the reader is on its name and is left on the value's end).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="entity">The entity name, for errors.</param>
    public static void Skip(ref Utf8JsonReader reader, string entity)
    {
        var attribute = AttributeName(ref reader);
        try
        {
            Next(ref reader, entity, attribute);
            if (!reader.TrySkip())
            {
                throw EndsEarly(entity, attribute);
            }
        }
        catch (JsonException e)
        {
            throw Malformed(entity, attribute, e);
        }
    }

    /// <summary>
    /// Opens the typed value of an attribute (the reader is on its name): reads <c>{</c> and the type, and leaves the reader
    /// on the value. NULL is read to its end and gives false: a NULL attribute is absent, as for <c>FromItem</c>.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute name, for errors.</param>
    /// <param name="type">The DynamoDB type of the value.</param>
    /// <returns>Whether there is a value (not NULL).</returns>
    public static bool Open(ref Utf8JsonReader reader, string entity, string attribute, out DynamoWireType type)
    {
        Next(ref reader, entity, attribute);
        return OpenValue(ref reader, entity, attribute, out type);
    }

    /// <summary>S.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The string.</returns>
    public static string String(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
    {
        var text = Text(ref reader, type, DynamoWireType.S, "S", entity, attribute);
        End(ref reader, type, entity, attribute);
        return text;
    }

    /// <summary>BOOL, or N 1/0.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The bool.</returns>
    public static bool Boolean(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
    {
        bool value;
        switch (Base(type))
        {
            case DynamoWireType.BOOL:
                value = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    _ => throw Malformed(entity, attribute, "true or false for BOOL", reader.TokenType),
                };
                break;
            case DynamoWireType.N:
                Span<char> buffer = stackalloc char[MaxStackText];
                var text = Pick(buffer, Chars(ref reader, buffer, "N", entity, attribute, out var big), big);
                value = text.SequenceEqual("1") || (text.SequenceEqual("0") ? false : throw DynamoMappingErrors.Unparseable(entity, attribute, "BOOL, or N 0 or 1", "N", text.ToString()));
                break;
            default:
                throw WrongType(entity, attribute, "BOOL", type);
        }

        End(ref reader, type, entity, attribute);
        return value;
    }

    /// <summary>N as any number type, refused as <see cref="AttributeValueReader.Number{T}"/> refuses.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The number.</returns>
    public static T Number<T>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute) where T : INumberBase<T>
    {
        if (Base(type) != DynamoWireType.N)
        {
            throw WrongType(entity, attribute, "N", type);
        }

        Span<char> buffer = stackalloc char[MaxStackText];
        var value = AttributeValueReader.ParseNumber<T>(Pick(buffer, Chars(ref reader, buffer, "N", entity, attribute, out var big), big), entity, attribute);
        End(ref reader, type, entity, attribute);
        return value;
    }

    /// <summary>S as a Guid in the "D" form.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The Guid.</returns>
    public static Guid Guid(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
        => ParsedText(ref reader, type, entity, attribute, static (ReadOnlySpan<char> text, out System.Guid result) => System.Guid.TryParseExact(text, "D", out result), "a Guid");

    /// <summary>S as an ISO-8601 date-time with a zone designator, in UTC.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The UTC date-time.</returns>
    public static DateTime DateTime(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
        => ParsedText<System.DateTime>(ref reader, type, entity, attribute, IsoDateTimeText.TryParseUtc, AttributeValueReader.IsoDateTimeExpected);

    /// <summary>S as an ISO-8601 date-time with a zone designator, the offset kept.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The date-time offset.</returns>
    public static DateTimeOffset DateTimeOffset(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
        => ParsedText<System.DateTimeOffset>(ref reader, type, entity, attribute, IsoDateTimeText.TryParseOffset, AttributeValueReader.IsoDateTimeExpected);

    /// <summary>S as yyyy-MM-dd.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The date.</returns>
    public static DateOnly DateOnly(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
        => ParsedText(ref reader, type, entity, attribute, static (ReadOnlySpan<char> text, out System.DateOnly result) => System.DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out result), "a date (yyyy-MM-dd)");

    /// <summary>S as a time of day.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The time.</returns>
    public static TimeOnly TimeOnly(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
    {
        var value = TimeText.StoredTimeOfDay(Text(ref reader, type, DynamoWireType.S, "S", entity, attribute), entity, attribute);
        End(ref reader, type, entity, attribute);
        return value;
    }

    /// <summary>S as a time span in the invariant "c" form.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The time span.</returns>
    public static TimeSpan TimeSpan(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
    {
        var value = TimeText.StoredTimeSpan(Text(ref reader, type, DynamoWireType.S, "S", entity, attribute), entity, attribute);
        End(ref reader, type, entity, attribute);
        return value;
    }

    /// <summary>N of Unix epoch seconds (time to live) as a UTC date-time offset.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset EpochSeconds(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
    {
        var seconds = Number<long>(ref reader, type, entity, attribute);
        try
        {
            return System.DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw DynamoMappingErrors.Unparseable(entity, attribute, "Unix epoch seconds", "N", seconds.ToString(CultureInfo.InvariantCulture), e);
        }
    }

    /// <summary>An enum stored by name: S of a defined name, or N (or <c>M {"value__": N}</c>) of a defined member's number.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The enum value.</returns>
    public static TEnum EnumName<TEnum>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute) where TEnum : struct, Enum
        => ByName<TEnum>(ref reader, type, entity, attribute, flags: false);

    /// <summary>A [Flags] enum stored by name: S of comma-separated names, or N of defined bits.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The enum value.</returns>
    public static TEnum EnumFlagNames<TEnum>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute) where TEnum : struct, Enum
        => ByName<TEnum>(ref reader, type, entity, attribute, flags: true);

    // An enum stored by name, or by the number another client wrote (EnumText.StoredByName holds the rule).
    private static TEnum ByName<TEnum>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute, bool flags) where TEnum : struct, Enum
    {
        var number = EnumNumberText(ref reader, type, "S", entity, attribute);
        var text = number ?? Text(ref reader, type, DynamoWireType.S, "S", entity, attribute);
        var value = EnumText.StoredByName<TEnum>(text, isNumber: number is not null, flags, entity, attribute);
        End(ref reader, type, entity, attribute);
        return value;
    }

    /// <summary>An enum stored by number: N (or <c>M {"value__": N}</c>) of any number of the underlying type, or S of a defined name.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The enum value.</returns>
    public static TEnum EnumNumber<TEnum>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute) where TEnum : struct, Enum
    {
        var isName = Base(type) == DynamoWireType.S;
        var text = isName
            ? Text(ref reader, type, DynamoWireType.S, "S", entity, attribute)
            : EnumNumberText(ref reader, type, "N", entity, attribute) ?? throw WrongType(entity, attribute, "N", type);
        var value = EnumText.StoredByNumber<TEnum>(text, isName, entity, attribute);

        End(ref reader, type, entity, attribute);
        return value;
    }

    /// <summary>B as a new byte array.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Binary(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
    {
        if (Base(type) != DynamoWireType.B)
        {
            throw WrongType(entity, attribute, "B", type);
        }

        var bytes = Base64(ref reader, entity, attribute);
        End(ref reader, type, entity, attribute);
        return bytes;
    }

    /// <summary>Bytes of a member declared as text: B as it is, or S as hex or base64 text, as declared.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type.</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <param name="format">How the member stores bytes as text.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Binary(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute, DynamoBinaryFormat format)
    {
        if (Base(type) == DynamoWireType.B || format == DynamoBinaryFormat.Binary)
        {
            return Binary(ref reader, type, entity, attribute);
        }

        var hex = format == DynamoBinaryFormat.Hex;
        var text = Text(ref reader, type, DynamoWireType.S, "B, or S of " + (hex ? "hex" : "base64") + " text", entity, attribute);
        var bytes = BinaryText.Stored(text, hex, entity, attribute);

        End(ref reader, type, entity, attribute);
        return bytes;
    }

    internal static DynamoWireType Base(DynamoWireType type) => type & ~DynamoWireType.SetElement;

    internal static bool OpenValue(ref Utf8JsonReader reader, string entity, string attribute, out DynamoWireType type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Malformed(entity, attribute, "a typed value such as {\"S\":\"...\"}", reader.TokenType);
        }

        if (Next(ref reader, entity, attribute) != JsonTokenType.PropertyName)
        {
            throw new DynamoMappingException(entity, attribute, "a typed value such as {\"S\":\"...\"}", "an empty object");
        }

        type = TypeOf(reader.ValueSpan, reader.ValueIsEscaped);
        if (type == DynamoWireType.None)
        {
            throw new DynamoMappingException(entity, attribute, "a DynamoDB type (S, N, B, BOOL, NULL, SS, NS, BS, L or M)", "an unknown type");
        }

        Next(ref reader, entity, attribute);
        if (type != DynamoWireType.NULL)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.True)
        {
            throw Malformed(entity, attribute, "true for NULL", reader.TokenType);
        }

        End(ref reader, type, entity, attribute);
        return false;
    }

    private static DynamoWireType TypeOf(ReadOnlySpan<byte> name, bool escaped)
    {
        if (escaped)
        {
            return DynamoWireType.None;
        }

        switch (name.Length)
        {
            case 1:
                return name[0] switch
                {
                    (byte)'S' => DynamoWireType.S,
                    (byte)'N' => DynamoWireType.N,
                    (byte)'B' => DynamoWireType.B,
                    (byte)'L' => DynamoWireType.L,
                    (byte)'M' => DynamoWireType.M,
                    _ => DynamoWireType.None,
                };
            case 2:
                return name[1] != (byte)'S' ? DynamoWireType.None : name[0] switch
                {
                    (byte)'S' => DynamoWireType.SS,
                    (byte)'N' => DynamoWireType.NS,
                    (byte)'B' => DynamoWireType.BS,
                    _ => DynamoWireType.None,
                };
            case 4:
                return name.SequenceEqual("BOOL"u8) ? DynamoWireType.BOOL : name.SequenceEqual("NULL"u8) ? DynamoWireType.NULL : DynamoWireType.None;
            default:
                return DynamoWireType.None;
        }
    }

    // The end of a typed value: its '}' (a member of a set has none).
    internal static void End(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute)
    {
        if ((type & DynamoWireType.SetElement) == 0 && Next(ref reader, entity, attribute) != JsonTokenType.EndObject)
        {
            throw new DynamoMappingException(entity, attribute, "one type in a typed value", "more than one");
        }
    }

    // The next token; the end of the data is an error. A JsonException goes to the caller (see the remarks).
    internal static JsonTokenType Next(ref Utf8JsonReader reader, string entity, string attribute) =>
        reader.Read() ? reader.TokenType : throw EndsEarly(entity, attribute);

    // The attribute name the reader is on, for errors of a skipped value (rare: made only then).
    private static string AttributeName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return string.Empty;
        }
    }

    // The string of an S (or of a member of an SS), as a string.
    private static string Text(ref Utf8JsonReader reader, DynamoWireType type, DynamoWireType expected, string expectedText, string entity, string attribute)
    {
        if (Base(type) != expected)
        {
            throw WrongType(entity, attribute, expectedText, type);
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw Malformed(entity, attribute, "a string for S", reader.TokenType);
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw Malformed(entity, attribute, e);
        }
    }

    private static int StringChars(ref Utf8JsonReader reader, DynamoWireType type, scoped Span<char> buffer, string entity, string attribute, out string? text)
    {
        if (Base(type) != DynamoWireType.S)
        {
            throw WrongType(entity, attribute, "S", type);
        }

        return Chars(ref reader, buffer, "S", entity, attribute, out text);
    }

    // The text of the value the reader is on (a JSON string, or a bare JSON number for N), unescaped, in the buffer when it
    // fits (no allocation), else in a new string.
    private static int Chars(ref Utf8JsonReader reader, scoped Span<char> buffer, string typeName, string entity, string attribute, out string? text)
    {
        text = null;
        if (reader.TokenType == JsonTokenType.Number && typeName == "N")
        {
            var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
            if (raw.Length > buffer.Length)
            {
                text = Encoding.UTF8.GetString(raw);
                return text.Length;
            }

            return Encoding.UTF8.GetChars(raw, buffer);
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw Malformed(entity, attribute, "a string for " + typeName, reader.TokenType);
        }

        try
        {
            var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (length <= buffer.Length)
            {
                return reader.CopyString(buffer);
            }

            text = reader.GetString()!;
            return text.Length;
        }
        catch (InvalidOperationException e)
        {
            throw Malformed(entity, attribute, e);
        }
    }

    // The text Chars or StringChars read: in the buffer, or in the string made when it did not fit.
    // Reads an S value into a stack buffer (a string only when it is long) and parses it; a value it cannot parse is
    // the same error FromItem gives.
    private delegate bool TextParser<T>(ReadOnlySpan<char> text, out T value);

    private static T ParsedText<T>(ref Utf8JsonReader reader, DynamoWireType type, string entity, string attribute, TextParser<T> parse, string expected)
    {
        Span<char> buffer = stackalloc char[MaxStackText];
        var text = Pick(buffer, StringChars(ref reader, type, buffer, entity, attribute, out var big), big);
        var value = parse(text, out var result)
            ? result
            : throw DynamoMappingErrors.Unparseable(entity, attribute, expected, "S", text.ToString());
        End(ref reader, type, entity, attribute);
        return value;
    }

    private static ReadOnlySpan<char> Pick(Span<char> buffer, int length, string? text) => text is null ? buffer.Slice(0, length) : text.AsSpan();

    private static byte[] Base64(ref Utf8JsonReader reader, string entity, string attribute)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Malformed(entity, attribute, "base64 text for B", reader.TokenType);
        }

        return reader.TryGetBytesFromBase64(out var bytes) && bytes is not null
            ? bytes
            : throw new DynamoMappingException(entity, attribute, "base64 text for B", "text that is not base64");
    }

    // The number of an enum stored as N, or as DynamoDBContext stores a nullable enum: {"M":{"value__":{"N":"3"}}}. Null
    // (nothing read) for any other type. A map of another shape is refused as the member's expected type.
    private static string? EnumNumberText(ref Utf8JsonReader reader, DynamoWireType type, string expected, string entity, string attribute)
    {
        switch (Base(type))
        {
            case DynamoWireType.N:
                Span<char> buffer = stackalloc char[MaxStackText];
                return Pick(buffer, Chars(ref reader, buffer, "N", entity, attribute, out var big), big).ToString();
            case DynamoWireType.M:
                if (Next(ref reader, entity, attribute) == JsonTokenType.PropertyName && reader.ValueTextEquals("value__"u8)
                    && Open(ref reader, entity, attribute, out var inner) && inner == DynamoWireType.N)
                {
                    Span<char> boxed = stackalloc char[MaxStackText];
                    var text = Pick(boxed, Chars(ref reader, boxed, "N", entity, attribute, out var boxedBig), boxedBig).ToString();
                    End(ref reader, inner, entity, attribute);
                    if (Next(ref reader, entity, attribute) == JsonTokenType.EndObject)
                    {
                        return text;
                    }
                }

                throw WrongType(entity, attribute, expected, type);
            default:
                return null;
        }
    }

    internal static DynamoMappingException WrongType(string entity, string attribute, string expected, DynamoWireType found) =>
        new(entity, attribute, expected, Base(found).ToString());

    private static DynamoMappingException EndsEarly(string entity, string attribute) =>
        new(entity, attribute, "more DynamoDB JSON", "the JSON ends early");

    internal static DynamoMappingException Malformed(string entity, string attribute, string expected, JsonTokenType found) =>
        new(entity, attribute, expected, Describe(found));

    // The reader's message names a line and a byte position, never the data.
    internal static DynamoMappingException Malformed(string entity, string attribute, Exception e) =>
        new(entity, attribute, "valid DynamoDB JSON", "malformed JSON (" + e.GetType().Name + ")", e);

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        _ => type.ToString(),
    };
}
