using System;
using System.Buffers;
using System.Text.Json;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The same rules over an item in DynamoDB JSON (<c>{"S":"..."}</c> typed values), as the HTTP transport writes it:
/// the size is counted from the values, not from the JSON text (escapes undone, binaries counted decoded).
/// </summary>
public static partial class DynamoItemSize
{
    /// <summary>How a scalar's text is counted.</summary>
    private enum Scalar
    {
        Text,
        Number,
        Binary,
    }

    /// <summary>
    /// The size of the typed value the reader is on (its <c>{</c>; left on its <c>}</c>), and its type name
    /// (<c>S</c>, <c>N</c>, <c>B</c>...) in <paramref name="type"/>. <paramref name="depth"/> counts the containers the
    /// value is in; a map or list deeper than DynamoDB stores sets <paramref name="tooDeep"/>. The reader's
    /// <see cref="JsonReaderOptions.MaxDepth"/> bounds the recursion, so a hostile value cannot exhaust the stack.
    /// </summary>
    internal static long OfJsonValue(ref Utf8JsonReader reader, int depth, ref bool tooDeep, out JsonValueType type)
    {
        reader.Read();
        type = TypeOf(ref reader);
        reader.Read();
        long size;
        switch (type)
        {
            case JsonValueType.S:
                size = OfScalar(ref reader, Scalar.Text);
                break;
            case JsonValueType.N:
                size = OfScalar(ref reader, Scalar.Number);
                break;
            case JsonValueType.B:
                size = OfScalar(ref reader, Scalar.Binary);
                break;
            case JsonValueType.SS or JsonValueType.NS or JsonValueType.BS:
                var kind = type == JsonValueType.SS ? Scalar.Text : type == JsonValueType.NS ? Scalar.Number : Scalar.Binary;
                size = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    size += OfScalar(ref reader, kind);
                }

                break;
            case JsonValueType.L:
                tooDeep |= depth + 1 > NestingDepth.MaxNestedContainers;
                size = 3;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    size += 1 + OfJsonValue(ref reader, depth + 1, ref tooDeep, out _);
                }

                break;
            case JsonValueType.M:
                tooDeep |= depth + 1 > NestingDepth.MaxNestedContainers;
                size = 3;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    size += 1 + OfScalar(ref reader, Scalar.Text);
                    reader.Read();
                    size += OfJsonValue(ref reader, depth + 1, ref tooDeep, out _);
                }

                break;
            default:
                // NULL and BOOL.
                size = 1;
                break;
        }

        reader.Read();
        return size;
    }

    /// <summary>The UTF-8 length of a property name or string token (escapes undone): an attribute name's size.</summary>
    internal static long OfJsonName(ref Utf8JsonReader reader) => OfScalar(ref reader, Scalar.Text);

    private static JsonValueType TypeOf(ref Utf8JsonReader reader)
    {
        var name = reader.ValueSpan;
        return name.Length switch
        {
            1 when name[0] == (byte)'S' => JsonValueType.S,
            1 when name[0] == (byte)'N' => JsonValueType.N,
            1 when name[0] == (byte)'B' => JsonValueType.B,
            1 when name[0] == (byte)'L' => JsonValueType.L,
            1 when name[0] == (byte)'M' => JsonValueType.M,
            2 when name.SequenceEqual("SS"u8) => JsonValueType.SS,
            2 when name.SequenceEqual("NS"u8) => JsonValueType.NS,
            2 when name.SequenceEqual("BS"u8) => JsonValueType.BS,
            _ => JsonValueType.Other,
        };
    }

    private static long OfScalar(ref Utf8JsonReader reader, Scalar kind)
    {
        if (!reader.ValueIsEscaped)
        {
            return Measure(reader.ValueSpan, kind);
        }

        // Escaped text (\u00e9, \u002B in base64): counted as the value it stands for.
        var rented = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            var length = reader.CopyString(rented);
            return Measure(rented.AsSpan(0, length), kind);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static long Measure(ReadOnlySpan<byte> text, Scalar kind)
    {
        switch (kind)
        {
            case Scalar.Text:
                return text.Length;
            case Scalar.Binary:
                var padding = text.Length > 0 && text[^1] == (byte)'=' ? (text.Length > 1 && text[^2] == (byte)'=' ? 2 : 1) : 0;
                return (text.Length / 4 * 3) - padding;
            default:
                // A number is ASCII: counted by the same rule as the SDK form's text.
                Span<char> chars = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
                for (var i = 0; i < text.Length; i++)
                {
                    chars[i] = (char)text[i];
                }

                return OfNumber(chars);
        }
    }

    /// <summary>The type of a typed value, as far as its size rule goes.</summary>
    internal enum JsonValueType
    {
        Other,
        S,
        N,
        B,
        SS,
        NS,
        BS,
        L,
        M,
    }
}
