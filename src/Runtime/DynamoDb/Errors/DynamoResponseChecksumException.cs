using System;
using Amazon.Runtime;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The HTTP transport received an answer whose body does not have the CRC32 DynamoDB sent with it
/// (<c>x-amz-crc32</c>): the body was damaged on the way and was not read. Retried by the retry policy like the SDK
/// client retries it; thrown when the attempts run out. Carries the two checksums and the request id, never the body.
/// </summary>
public sealed class DynamoResponseChecksumException : AmazonClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="expected">The CRC32 DynamoDB sent.</param>
    /// <param name="actual">The CRC32 of the body received.</param>
    /// <param name="requestId">The request id of the answer, if any.</param>
    public DynamoResponseChecksumException(uint expected, uint actual, string? requestId)
        : base($"The CRC32 of DynamoDB's answer ({actual}) is not the one it sent (x-amz-crc32: {expected}): the body was damaged on the way and was not read. Request id: {requestId ?? "none"}.")
    {
        Expected = expected;
        Actual = actual;
        RequestId = requestId;
    }

    /// <summary>The CRC32 DynamoDB sent (<c>x-amz-crc32</c>).</summary>
    public uint Expected { get; }

    /// <summary>The CRC32 of the body received.</summary>
    public uint Actual { get; }

    /// <summary>The request id of the answer (<c>x-amzn-RequestId</c>), if any.</summary>
    public string? RequestId { get; }
}
