using System;
using Amazon.DynamoDBv2;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The clock the HTTP transport signs with: the context's <see cref="TimeProvider"/> plus the offset learned from
/// DynamoDB when it refused a signature for the local clock, as the SDK client corrects its clock skew. One per
/// transport, which has one endpoint: the offset is kept per endpoint. The rules are the SDK's: the error codes of
/// its retry policy, the server's <c>Date</c> header as the truth, and a correction only when the server's clock is
/// more than 4 minutes from the one in use (so an answer that is not about the clock changes nothing).
/// <c>AWSConfigs.CorrectForClockSkew = false</c> turns it off for both transports.
/// </summary>
internal sealed class HttpClockSkew(TimeProvider time)
{
    /// <summary>The SDK's threshold: a smaller difference is not taken for skew.</summary>
    private static readonly TimeSpan Threshold = TimeSpan.FromMinutes(4);

    private long _offsetTicks;

    /// <summary>The offset in use: server time minus local time.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(System.Threading.Interlocked.Read(ref _offsetTicks));

    /// <summary>The signing time: now, corrected.</summary>
    public DateTime Now() => time.GetUtcNow().UtcDateTime + Offset;

    /// <summary>
    /// Learns the server's clock from a refused request: true (re-sign and send again) when <paramref name="error"/>
    /// is a signature or time refusal and <paramref name="serverTime"/> is more than the threshold away from the
    /// corrected local clock.
    /// </summary>
    public bool Correct(AmazonDynamoDBException error, DateTimeOffset? serverTime)
    {
        if (!Amazon.AWSConfigs.CorrectForClockSkew || serverTime is not { } server || !IsClockError(error.ErrorCode))
        {
            return false;
        }

        var offset = server - time.GetUtcNow();
        if ((offset - Offset).Duration() <= Threshold)
        {
            return false;
        }

        System.Threading.Interlocked.Exchange(ref _offsetTicks, offset.Ticks);
        return true;
    }

    // The error codes the SDK's retry policy takes for a skewed clock.
    private static bool IsClockError(string? code) => code is "InvalidSignatureException" or "SignatureDoesNotMatch" or "AuthFailure"
        or "RequestTimeTooSkewed" or "AccessDeniedException" or "RequestExpired" or "RequestInTheFuture";
}
