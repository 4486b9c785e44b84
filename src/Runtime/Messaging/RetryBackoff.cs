using System;

namespace Boto3Assist.Messaging;

/// <summary>Exponential backoff with full jitter: a random delay between 0 and min(max, base * 2^attempt).</summary>
internal static class RetryBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        // Full jitter spreads retries of many senders apart instead of having them collide again.
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30)));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }
}
