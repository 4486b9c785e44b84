using System;
using System.Text.Json;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// <see cref="DynamoItemLimits.FindInItem"/> for an item written as DynamoDB JSON (the HTTP transport's puts, which
/// build no <see cref="Amazon.DynamoDBv2.Model.AttributeValue"/>): the same checks in the same order (key values, then
/// nesting, then the 400 KB size) with the same refusals, read in one pass over the written item.
/// </summary>
internal static class DynamoItemJsonLimits
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = DynamoResponseJson.MaxDepth };

    /// <summary>What is wrong with the item, or <see langword="null"/>; <paramref name="size"/> is its size as DynamoDB counts it.</summary>
    public static DynamoInvalidRequestException? FindInItem(DynamoEntityMetadata metadata, ReadOnlySpan<byte> item, out long size)
    {
        var keys = DynamoItemLimits.KeyAttributes(metadata.Table);
        // Per key attribute: the length of its string or binary value; -1 when absent or a number (never refused).
        Span<long> keyLengths = keys.Count <= 64 ? stackalloc long[keys.Count] : new long[keys.Count];
        Span<bool> keyBinary = keys.Count <= 64 ? stackalloc bool[keys.Count] : new bool[keys.Count];
        keyLengths.Fill(-1);
        string? tooDeep = null;
        long largestSize = -1;
        var largest = default(Utf8JsonReader);
        size = 0;
        var reader = new Utf8JsonReader(item, ReaderOptions);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader;
            var attributeSize = DynamoItemSize.OfJsonName(ref reader);
            var keyIndex = KeyIndex(ref reader, keys);
            reader.Read();
            var deep = false;
            var valueSize = DynamoItemSize.OfJsonValue(ref reader, 0, ref deep, out var type);
            attributeSize += valueSize;
            size += attributeSize;
            if (deep && tooDeep is null)
            {
                tooDeep = name.GetString();
            }

            if (keyIndex >= 0 && type is DynamoItemSize.JsonValueType.S or DynamoItemSize.JsonValueType.B)
            {
                // A string's or binary's size is its length in bytes: what the key limits count.
                keyLengths[keyIndex] = valueSize;
                keyBinary[keyIndex] = type == DynamoItemSize.JsonValueType.B;
            }

            if (attributeSize > largestSize)
            {
                largest = name;
                largestSize = attributeSize;
            }
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (keyLengths[i] >= 0 && DynamoItemLimits.FindInKeyValue(metadata.EntityName, keys[i], keyLengths[i], keyBinary[i]) is { } refused)
            {
                return refused;
            }
        }

        if (tooDeep is not null)
        {
            return DynamoItemLimits.NestedTooDeep(metadata, tooDeep);
        }

        return size <= DynamoItemSize.MaxItemBytes ? null : DynamoItemLimits.ItemTooLarge(metadata, size, largest.GetString(), largestSize);
    }

    private static int KeyIndex(ref Utf8JsonReader reader, System.Collections.Generic.List<DynamoItemLimits.KeyAttribute> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (reader.ValueTextEquals(keys[i].Definition.AttributeName))
            {
                return i;
            }
        }

        return -1;
    }
}
