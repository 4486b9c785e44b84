using System;

namespace Boto3Assist.Storage;

/// <summary>Object keys as S3 will see them, so two spellings of one key are never taken for two objects.</summary>
internal static class S3Keys
{
    /// <summary>
    /// The key the SDK sends: it drops one leading <c>/</c> (<c>"/k/f.txt"</c> is stored as <c>"k/f.txt"</c>,
    /// <c>"//k"</c> as <c>"/k"</c>; checked against the SDK and the test server).
    /// </summary>
    public static string AsSent(string key) => key.StartsWith('/') ? key.Substring(1) : key;

    /// <summary>Whether an ETag is the plain MD5 of the content (single-part upload or copy), not a multipart ETag (<c>"...-3"</c>).</summary>
    public static bool IsContentMd5(string? etag)
    {
        var text = etag?.Trim('"');
        if (text is not { Length: 32 })
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
