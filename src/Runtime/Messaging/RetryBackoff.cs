using System;

namespace Boto3Assist.Messaging;

/// <summary>Exponential backoff with full jitter: a random delay between 0 and min(max, base * 2^attempt).</summary>
internal static class RetryBackoff
{
    /// <param name="attempt">The retry number, from 0.</param>
    /// <param name="baseDelay">The ceiling of the first retry.</param>
    /// <param name="maxDelay">The largest ceiling.</param>
    /// <param name="jitter">A number in [0, 1): where in [0, ceiling] the delay falls.</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        // Full jitter spreads retries of many senders apart instead of having them collide again.
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30)));
        return TimeSpan.FromMilliseconds(Math.Clamp(jitter, 0d, 1d) * ceiling);
    }
}
