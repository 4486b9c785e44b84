using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Reads and writes items in DynamoDB JSON, the typed form of the low-level API, of stream records and of DynamoDB's
/// export to S3 (<c>{"pk":{"S":"A#1"},"n":{"N":"2"},"tags":{"SS":["a"]}}</c>), with <see cref="Utf8JsonReader"/> and
/// <see cref="Utf8JsonWriter"/>: no reflection, no intermediate document. A format error is a
/// <see cref="DynamoJsonFormatException"/> naming the attribute path (built only when the error happens).
/// </summary>
internal static class DynamoItemJson
{
    /// <summary>Reads an item; the reader is on its <c>{</c> and is left on its <c>}</c>.</summary>
    /// <summary>
    /// Moves from an item's <c>{</c> to the value of its top-level attribute <paramref name="attribute"/> (its typed
    /// value's <c>{</c>), skipping the others; false when the item has no such attribute. Used on a copy of the reader
    /// to look ahead (a discriminator) before the item is read once.
    /// </summary>
    public static bool SeekAttribute(ref Utf8JsonReader reader, string attribute)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(attribute))
            {
                reader.Read(); // a truncated item leaves the reader on the name: no typed value for the caller to find
                return true;
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }

    public static Dictionary<string, AttributeValue> ReadItem(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object of attributes");
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            Next(ref reader);
            try
            {
                item[name] = ReadValue(ref reader);
            }
            catch (DynamoJsonFormatException ex)
            {
                throw ex.Under(name);
            }
        }

        return item;
    }

    /// <summary>Reads one typed value (<c>{"S":"x"}</c>); the reader is on its <c>{</c> and is left on its <c>}</c>.</summary>
    public static AttributeValue ReadValue(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "a typed value such as {\"S\":\"...\"}");
        if (Next(ref reader) != JsonTokenType.PropertyName)
        {
            throw new DynamoJsonFormatException(string.Empty, "a typed value has no type (an empty object)");
        }

        var type = reader.ValueSpan;
        Next(ref reader);
        var value = ReadContent(ref reader, type);
        if (Next(ref reader) != JsonTokenType.EndObject)
        {
            throw new DynamoJsonFormatException(string.Empty, "a typed value has more than one type");
        }

        return value;
    }

    /// <summary>
    /// Reads the content of a typed value whose type name has been read (the reader is on the value after it, and is
    /// left on its last token, before the typed value's closing brace).
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="type">The type name: S, N, B, BOOL, NULL, SS, NS, BS, L or M.</param>
    /// <returns>The value.</returns>
    public static AttributeValue ReadContent(ref Utf8JsonReader reader, ReadOnlySpan<byte> type)
    {
        return type.Length switch
        {
            1 when type[0] == (byte)'S' => new AttributeValue { S = String(ref reader, "S") },
            1 when type[0] == (byte)'N' => new AttributeValue { N = Number(ref reader) },
            1 when type[0] == (byte)'B' => new AttributeValue { B = new MemoryStream(Binary(ref reader)) },
            1 when type[0] == (byte)'L' => new AttributeValue { L = List(ref reader) },
            1 when type[0] == (byte)'M' => new AttributeValue { M = ReadItem(ref reader) },
            2 when type.SequenceEqual("SS"u8) => new AttributeValue { SS = Strings(ref reader, "SS", static (ref Utf8JsonReader r) => String(ref r, "SS")) },
            2 when type.SequenceEqual("NS"u8) => new AttributeValue { NS = Strings(ref reader, "NS", static (ref Utf8JsonReader r) => Number(ref r)) },
            2 when type.SequenceEqual("BS"u8) => new AttributeValue { BS = BinarySet(ref reader) },
            4 when type.SequenceEqual("BOOL"u8) => new AttributeValue { BOOL = Bool(ref reader) },
            4 when type.SequenceEqual("NULL"u8) => Null(ref reader),
            _ => throw new DynamoJsonFormatException(string.Empty, "unknown type (expected S, N, B, BOOL, NULL, SS, NS, BS, L or M)"),
        };
    }

    /// <summary>Writes an item as a JSON object of typed values.</summary>
    public static void WriteItem(Utf8JsonWriter writer, IReadOnlyDictionary<string, AttributeValue> item)
    {
        writer.WriteStartObject();
        if (item is Dictionary<string, AttributeValue> dictionary)
        {
            // The struct enumerator: no allocation per item (an export writes millions).
            foreach (var pair in dictionary)
            {
                writer.WritePropertyName(pair.Key);
                WriteValue(writer, pair.Value, pair.Key);
            }
        }
        else
        {
            foreach (var pair in item)
            {
                writer.WritePropertyName(pair.Key);
                WriteValue(writer, pair.Value, pair.Key);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one typed value.</summary>
    /// <exception cref="DynamoJsonFormatException">The value has no type set.</exception>
    public static void WriteValue(Utf8JsonWriter writer, AttributeValue value, string path)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case { S: not null }:
                writer.WriteString("S"u8, value.S);
                break;
            case { N: not null }:
                writer.WriteString("N"u8, value.N);
                break;
            case { B: not null }:
                writer.WriteBase64String("B"u8, Bytes(value.B));
                break;
            case { BOOL: not null }:
                writer.WriteBoolean("BOOL"u8, value.BOOL.Value);
                break;
            case { NULL: true }:
                writer.WriteBoolean("NULL"u8, true);
                break;
            case { SS: { Count: > 0 } }:
                writer.WriteStartArray("SS"u8);
                foreach (var s in value.SS)
                {
                    writer.WriteStringValue(s);
                }

                writer.WriteEndArray();
                break;
            case { NS: { Count: > 0 } }:
                writer.WriteStartArray("NS"u8);
                foreach (var n in value.NS)
                {
                    writer.WriteStringValue(n);
                }

                writer.WriteEndArray();
                break;
            case { BS: { Count: > 0 } }:
                writer.WriteStartArray("BS"u8);
                foreach (var b in value.BS)
                {
                    writer.WriteBase64StringValue(Bytes(b));
                }

                writer.WriteEndArray();
                break;
            case { L: not null }:
                writer.WriteStartArray("L"u8);
                for (var i = 0; i < value.L.Count; i++)
                {
                    WriteValue(writer, value.L[i], path);
                }

                writer.WriteEndArray();
                break;
            case { M: not null }:
                writer.WritePropertyName("M"u8);
                WriteItem(writer, value.M);
                break;
            default:
                throw new DynamoJsonFormatException(path, "the attribute value has no type set");
        }

        writer.WriteEndObject();
    }

    private static ReadOnlySpan<byte> Bytes(MemoryStream stream)
        => stream.TryGetBuffer(out var buffer) ? buffer.AsSpan() : stream.ToArray();

    private delegate string ReadOne(ref Utf8JsonReader reader);

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new DynamoJsonFormatException(string.Empty, "the JSON ends early");
        }

        return reader.TokenType;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new DynamoJsonFormatException(string.Empty, $"expected {what}, found {Describe(reader.TokenType)}");
        }
    }

    private static string String(ref Utf8JsonReader reader, string type)
    {
        Expect(ref reader, JsonTokenType.String, $"a string for {type}");
        return reader.GetString()!;
    }

    // DynamoDB JSON writes numbers as strings; a bare JSON number is taken as its text, so no precision is lost.
    private static string Number(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        }

        Expect(ref reader, JsonTokenType.String, "a number as a string for N");
        var text = reader.GetString()!;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw new DynamoJsonFormatException(string.Empty, "N is not a number");
        }

        return text;
    }

    private static byte[] Binary(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String, "base64 text for B");
        return reader.TryGetBytesFromBase64(out var bytes) ? bytes : throw new DynamoJsonFormatException(string.Empty, "B is not base64");
    }

    private static bool Bool(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new DynamoJsonFormatException(string.Empty, $"expected true or false for BOOL, found {Describe(reader.TokenType)}"),
    };

    private static AttributeValue Null(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.True
            ? new AttributeValue { NULL = true }
            : throw new DynamoJsonFormatException(string.Empty, "NULL must be true");

    private static List<AttributeValue> List(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array for L");
        var list = new List<AttributeValue>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            try
            {
                list.Add(ReadValue(ref reader));
            }
            catch (DynamoJsonFormatException ex)
            {
                throw ex.Under("[" + list.Count.ToString(CultureInfo.InvariantCulture) + "]");
            }
        }

        return list;
    }

    private static List<string> Strings(ref Utf8JsonReader reader, string type, ReadOne read)
    {
        Expect(ref reader, JsonTokenType.StartArray, $"an array for {type}");
        var set = new List<string>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            set.Add(read(ref reader));
        }

        return set.Count > 0 ? set : throw new DynamoJsonFormatException(string.Empty, $"{type} is empty (DynamoDB sets have at least one member)");
    }

    private static List<MemoryStream> BinarySet(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array for BS");
        var set = new List<MemoryStream>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            set.Add(new MemoryStream(Binary(ref reader)));
        }

        return set.Count > 0 ? set : throw new DynamoJsonFormatException(string.Empty, "BS is empty (DynamoDB sets have at least one member)");
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };
}
