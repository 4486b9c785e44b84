using System;
using System.Collections.Generic;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The size DynamoDB counts for an item, by its published rules ("Item sizes and formats"): each attribute is its
/// UTF-8 name plus its value; strings their UTF-8 bytes, binaries their raw bytes, numbers one byte per two significant
/// digits plus one (and one more when negative, as DynamoDB Local counts them), null and Boolean one byte, sets the sum of their elements, lists and maps 3 bytes plus each element
/// and one byte per element (a map element counts its UTF-8 key too). Used to refuse items over 400 KB before sending
/// (each rule checked at the 400 KB edge against DynamoDB Local) and to keep batch requests
/// within 16 MB.
/// </summary>
public static partial class DynamoItemSize
{
    /// <summary>The largest item DynamoDB stores: 400 KB (409,600 bytes).</summary>
    public const int MaxItemBytes = 400 * 1024;

    /// <summary>The size of an item in bytes.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The size.</returns>
    public static long Of(IReadOnlyDictionary<string, AttributeValue> item)
    {
        long size = 0;
        foreach (var pair in item)
        {
            size += OfAttribute(pair.Key, pair.Value);
        }

        return size;
    }

    /// <summary>The size of one top-level attribute: its UTF-8 name plus its value.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The size.</returns>
    public static long OfAttribute(string name, AttributeValue value) => Encoding.UTF8.GetByteCount(name) + OfValue(value);

    private static long OfValue(AttributeValue value)
    {
        if (value.S is not null)
        {
            return Encoding.UTF8.GetByteCount(value.S);
        }

        if (value.N is not null)
        {
            return OfNumber(value.N);
        }

        if (value.B is not null)
        {
            return value.B.Length;
        }

        if (value.L is not null)
        {
            long size = 3;
            foreach (var element in value.L)
            {
                size += 1 + OfValue(element);
            }

            return size;
        }

        if (value.M is not null)
        {
            long size = 3;
            foreach (var pair in value.M)
            {
                size += 1 + Encoding.UTF8.GetByteCount(pair.Key) + OfValue(pair.Value);
            }

            return size;
        }

        if (value.SS is not null || value.NS is not null || value.BS is not null)
        {
            long size = 0;
            foreach (var s in value.SS ?? [])
            {
                size += Encoding.UTF8.GetByteCount(s);
            }

            foreach (var n in value.NS ?? [])
            {
                size += OfNumber(n);
            }

            foreach (var b in value.BS ?? [])
            {
                size += b.Length;
            }

            return size;
        }

        // NULL and BOOL.
        return 1;
    }

    /// <summary>One byte per two significant digits (leading and trailing zeros trimmed), plus one, plus one when negative.</summary>
    private static long OfNumber(ReadOnlySpan<char> number)
    {
        int first = -1, last = -1, position = 0;
        foreach (var c in number)
        {
            if (c is 'e' or 'E')
            {
                break;
            }

            if (c is >= '0' and <= '9')
            {
                if (c != '0')
                {
                    first = first < 0 ? position : first;
                    last = position;
                }

                position++;
            }
        }

        // A negative number takes one byte more (measured against DynamoDB Local, which stores "-1" in 3 bytes, "1" in 2).
        var significant = first < 0 ? 0 : last - first + 1;
        var negative = number.Length > 0 && number[0] == '-' ? 1 : 0;
        return ((significant + 1) / 2) + 1 + negative;
    }
}
