using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Writes and reads continuation tokens: base64url of [format 1][16-byte hash of the query shape][LastEvaluatedKey]
/// followed by a 16-byte SHA-256 checksum, or an HMAC-SHA256 signature when a key is configured. A token that was
/// changed, or that belongs to another query, is refused with <see cref="DynamoContinuationTokenException"/>.
/// </summary>
internal sealed class DynamoContinuationTokenCodec
{
    private const byte FormatVersion = 1;
    private const int HashLength = 16;
    private readonly byte[]? _key;

    public DynamoContinuationTokenCodec(byte[]? key) => _key = key is null ? null : (byte[])key.Clone();

    /// <summary>The 16-byte hash identifying a query shape.</summary>
    public static byte[] Shape(string kind, QueryRequest request) =>
        Shape(kind, request.TableName, request.IndexName, request.KeyConditionExpression, request.FilterExpression, request.ProjectionExpression, request.ScanIndexForward ?? true, request.ExpressionAttributeNames, request.ExpressionAttributeValues);

    public static byte[] Shape(string kind, string tableName, string? indexName, string? keyCondition, string? filter, string? projection, bool forward, IReadOnlyDictionary<string, string>? names, IReadOnlyDictionary<string, AttributeValue>? values, string? extra = null)
    {
        var text = new StringBuilder();
        text.Append(kind).Append('\n').Append(tableName).Append('\n').Append(indexName).Append('\n').Append(keyCondition).Append('\n')
            .Append(filter).Append('\n').Append(projection).Append('\n').Append(forward ? "asc" : "desc").Append('\n').Append(extra).Append('\n');
        foreach (var pair in (names ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(pair.Key).Append('=').Append(pair.Value).Append('\n');
        }

        foreach (var pair in (values ?? new Dictionary<string, AttributeValue>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(pair.Key).Append('=');
            AttributeValueText.Append(text, pair.Value);
            text.Append('\n');
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, HashLength).ToArray();
    }

    /// <summary>
    /// DynamoDB's refusal of a start key decoded from a token, as the token error it is: the query is the one the
    /// token's shape was checked against, so a ValidationException on its first call means the key does not belong to
    /// it (another partition, outside the sort key condition). Null for any other error.
    /// </summary>
    public static DynamoContinuationTokenException? Refused(Exception error) =>
        error is Amazon.DynamoDBv2.AmazonDynamoDBException { ErrorCode: "ValidationException" }
            ? new DynamoContinuationTokenException(
                DynamoContinuationTokenProblem.OutsideQuery,
                "DynamoDB refused the start key of the continuation token: it does not belong to this query (a forged token?). Sign tokens with DynamoDataAccessOptions.ContinuationTokenKey.",
                error)
            : null;

    public string Encode(byte[] shape, IReadOnlyDictionary<string, AttributeValue> lastEvaluatedKey)
    {
        using var buffer = new MemoryStream();
        buffer.WriteByte(FormatVersion);
        buffer.Write(shape, 0, HashLength);
        buffer.WriteByte(checked((byte)lastEvaluatedKey.Count));
        foreach (var pair in lastEvaluatedKey.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            WriteBytes(buffer, Encoding.UTF8.GetBytes(pair.Key));
            var (type, bytes) = pair.Value switch
            {
                { S: not null } v => ((byte)'S', Encoding.UTF8.GetBytes(v.S)),
                { N: not null } v => ((byte)'N', Encoding.UTF8.GetBytes(v.N)),
                { B: not null } v => ((byte)'B', v.B.ToArray()),
                _ => throw new InvalidOperationException($"Key attribute '{pair.Key}' of a LastEvaluatedKey is not S, N or B."),
            };
            buffer.WriteByte(type);
            WriteBytes(buffer, bytes);
        }

        var payload = buffer.ToArray();
        var mac = Mac(payload);
        var token = new byte[payload.Length + HashLength];
        payload.CopyTo(token, 0);
        mac.CopyTo(token, payload.Length);
        return Base64Url(token);
    }

    public Dictionary<string, AttributeValue> Decode(string token, byte[] expectedShape, IReadOnlyCollection<string> expectedKeyAttributes)
    {
        var bytes = FromBase64Url(token)
            ?? throw new DynamoContinuationTokenException(DynamoContinuationTokenProblem.Malformed, "The continuation token is not valid base64url.");
        if (bytes.Length < 1 + HashLength + 1 + HashLength)
        {
            throw new DynamoContinuationTokenException(DynamoContinuationTokenProblem.Malformed, "The continuation token is too short to be one this library issued.");
        }

        var payload = bytes.AsSpan(0, bytes.Length - HashLength);
        if (!CryptographicOperations.FixedTimeEquals(Mac(payload.ToArray()), bytes.AsSpan(bytes.Length - HashLength)))
        {
            throw new DynamoContinuationTokenException(
                DynamoContinuationTokenProblem.Tampered,
                "The continuation token was modified after it was issued (or was signed with another ContinuationTokenKey).");
        }

        if (payload[0] != FormatVersion)
        {
            throw new DynamoContinuationTokenException(DynamoContinuationTokenProblem.Malformed, $"Unknown continuation token format {payload[0]}.");
        }

        if (!payload.Slice(1, HashLength).SequenceEqual(expectedShape))
        {
            throw new DynamoContinuationTokenException(
                DynamoContinuationTokenProblem.OtherQuery,
                "The continuation token belongs to another query (table, index, key condition, filter, order or projection differ); start this query without a token.");
        }

        var key = ReadKey(payload.Slice(1 + HashLength).ToArray());
        if (key.Count != expectedKeyAttributes.Count || !expectedKeyAttributes.All(key.ContainsKey))
        {
            throw new DynamoContinuationTokenException(
                DynamoContinuationTokenProblem.OtherQuery,
                $"The continuation token holds key attributes [{string.Join(", ", key.Keys)}]; this query expects [{string.Join(", ", expectedKeyAttributes)}].");
        }

        return key;
    }

    private static Dictionary<string, AttributeValue> ReadKey(byte[] data)
    {
        try
        {
            var position = 0;
            int count = data[position++];
            var key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var name = Encoding.UTF8.GetString(ReadBytes(data, ref position));
                var type = data[position++];
                var value = ReadBytes(data, ref position);
                key[name] = type switch
                {
                    (byte)'S' => new AttributeValue { S = Encoding.UTF8.GetString(value) },
                    (byte)'N' => new AttributeValue { N = Encoding.UTF8.GetString(value) },
                    (byte)'B' => new AttributeValue { B = new MemoryStream(value) },
                    _ => throw new DynamoContinuationTokenException(DynamoContinuationTokenProblem.Malformed, "The continuation token holds an unknown key type."),
                };
            }

            return position == data.Length
                ? key
                : throw new DynamoContinuationTokenException(DynamoContinuationTokenProblem.Malformed, "The continuation token has trailing data.");
        }
        catch (IndexOutOfRangeException)
        {
            throw new DynamoContinuationTokenException(DynamoContinuationTokenProblem.Malformed, "The continuation token is truncated.");
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new DynamoContinuationTokenException(DynamoContinuationTokenProblem.Malformed, "The continuation token is truncated.");
        }
    }

    private byte[] Mac(byte[] payload)
        => (_key is null ? SHA256.HashData(payload) : HMACSHA256.HashData(_key, payload)).AsSpan(0, HashLength).ToArray();

    private static void WriteBytes(Stream buffer, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes, 0, bytes.Length);
    }

    private static byte[] ReadBytes(byte[] data, ref int position)
    {
        var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(position, 4));
        position += 4;
        if (length < 0 || length > data.Length - position)
        {
            throw new DynamoContinuationTokenException(DynamoContinuationTokenProblem.Malformed, "The continuation token is truncated.");
        }

        var value = data.AsSpan(position, length).ToArray();
        position += length;
        return value;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_')))
        {
            return null;
        }

        var text = token.Replace('-', '+').Replace('_', '/');
        text += (text.Length % 4) switch { 2 => "==", 3 => "=", 0 => string.Empty, _ => "!" };
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
