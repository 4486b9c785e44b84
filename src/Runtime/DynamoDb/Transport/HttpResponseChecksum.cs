using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// DynamoDB sends <c>x-amz-crc32</c>, the CRC32 of the response body as sent: the HTTP transport checks it, as the SDK
/// client does, so a body damaged on the way is never read. A mismatch throws
/// <see cref="DynamoResponseChecksumException"/>, which the retry policy retries (<see cref="DynamoRetryableErrors"/>).
/// An answer without the header (DynamoDB Local, a proxy's page) is not checked.
/// </summary>
internal static class HttpResponseChecksum
{
    private const string Header = "x-amz-crc32";

    /// <summary>Throws when the answer carries a CRC32 that <paramref name="body"/> does not have.</summary>
    public static void Verify(HttpResponseMessage response, ReadOnlySpan<byte> body, string? requestId)
    {
        if (!response.Headers.TryGetValues(Header, out var values)
            || !uint.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
        {
            return;
        }

        var actual = System.IO.Hashing.Crc32.HashToUInt32(body);
        if (actual != expected)
        {
            throw new DynamoResponseChecksumException(expected, actual, requestId);
        }
    }
}
