using System;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>Parses bytes stored as text (<see cref="DynamoBinaryFormat.Hex"/>, <see cref="DynamoBinaryFormat.Base64"/>), strictly: no white space.</summary>
internal static class BinaryText
{
    /// <summary>An even number of hex digits, either case.</summary>
    public static bool TryParseHex(string text, out byte[] bytes)
    {
        bytes = System.Array.Empty<byte>();
        if (text.Length % 2 != 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        bytes = Convert.FromHexString(text);
        return true;
    }

    /// <summary>Padded base64 (<see cref="Convert.ToBase64String(byte[])"/>'s form).</summary>
    public static bool TryParseBase64(string text, out byte[] bytes)
    {
        bytes = System.Array.Empty<byte>();
        if (text.Length % 4 != 0)
        {
            return false;
        }

        var buffer = new byte[text.Length / 4 * 3];
        foreach (var c in text)
        {
            // Convert.TryFromBase64String skips white space; stored text with white space is not what was written.
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            return false;
        }

        bytes = written == buffer.Length ? buffer : buffer.AsSpan(0, written).ToArray();
        return true;
    }
}
