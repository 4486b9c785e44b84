using System;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>Parses bytes stored as text (<see cref="DynamoBinaryFormat.Hex"/>, <see cref="DynamoBinaryFormat.Base64"/>), strictly: no white space.</summary>
internal static class BinaryText
{
    /// <summary>Bytes stored as hex or base64 text, as declared, or the error both item engines give for other text.</summary>
    /// <param name="text">The S text.</param>
    /// <param name="hex">The member stores hex (else base64).</param>
    /// <param name="entity">The entity name, for errors.</param>
    /// <param name="attribute">The attribute path, for errors.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Stored(string text, bool hex, string entity, string attribute)
    {
        if (hex)
        {
            return TryParseHex(text, out var parsed) ? parsed : throw DynamoMappingErrors.Unparseable(entity, attribute, "hex text (000102ff)", "S", text);
        }

        return TryParseBase64(text, out var decoded) ? decoded : throw DynamoMappingErrors.Unparseable(entity, attribute, "base64 text", "S", text);
    }

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
