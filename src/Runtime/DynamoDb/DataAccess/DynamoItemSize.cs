using System.Collections.Generic;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The size DynamoDB counts for an item: UTF-8 attribute names plus values (strings UTF-8, numbers about one byte per
/// two digits plus one, binaries their length, and a few bytes of overhead per list/map element). An estimate on the
/// safe (high) side, used to keep batch requests within 16 MB and to refuse items over 400 KB before sending.
/// </summary>
public static class DynamoItemSize
{
    /// <summary>The largest item DynamoDB stores: 400 KB.</summary>
    public const int MaxItemBytes = 400 * 1024;

    /// <summary>The estimated size of an item in bytes.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The size.</returns>
    public static long Of(IReadOnlyDictionary<string, AttributeValue> item)
    {
        long size = 0;
        foreach (var pair in item)
        {
            size += Encoding.UTF8.GetByteCount(pair.Key) + Of(pair.Value);
        }

        return size;
    }

    private static long Of(AttributeValue value)
    {
        if (value.S is not null)
        {
            return Encoding.UTF8.GetByteCount(value.S);
        }

        if (value.N is not null)
        {
            return (value.N.Length / 2) + 2;
        }

        if (value.B is not null)
        {
            return value.B.Length;
        }

        long size = 0;
        if (value.SS is not null)
        {
            foreach (var s in value.SS)
            {
                size += Encoding.UTF8.GetByteCount(s);
            }
        }

        if (value.NS is not null)
        {
            foreach (var n in value.NS)
            {
                size += (n.Length / 2) + 2;
            }
        }

        if (value.BS is not null)
        {
            foreach (var b in value.BS)
            {
                size += b.Length;
            }
        }

        if (value.L is not null)
        {
            size += 3;
            foreach (var element in value.L)
            {
                size += 1 + Of(element);
            }
        }

        if (value.M is not null)
        {
            size += 3;
            foreach (var pair in value.M)
            {
                size += 1 + Encoding.UTF8.GetByteCount(pair.Key) + Of(pair.Value);
            }
        }

        return size + 1;
    }
}
