using System;

namespace Boto3Assist.Retries;

/// <summary>
/// Exponential backoff with full jitter, the one formula of every retry in the library (DynamoDB calls and batches,
/// SQS sends and receives): a delay between 0 and <c>min(max, base * 2^attempt)</c>.
/// </summary>
internal static class RetryBackoff
{
    /// <summary>The ceiling of the delay before retry <paramref name="attempt"/>: <c>min(max, base * 2^attempt)</c>.</summary>
    /// <param name="attempt">The retry number, from 0.</param>
    /// <param name="baseDelay">The ceiling of the first retry.</param>
    /// <param name="maxDelay">The largest ceiling.</param>
    public static TimeSpan Bound(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = Math.Min(Math.Max(attempt, 0), 30);
        return TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * Math.Pow(2, exponent), maxDelay.Ticks));
    }

    /// <summary>The delay before retry <paramref name="attempt"/>, where <paramref name="jitter"/> places it in [0, bound].</summary>
    /// <param name="attempt">The retry number, from 0.</param>
    /// <param name="baseDelay">The ceiling of the first retry.</param>
    /// <param name="maxDelay">The largest ceiling.</param>
    /// <param name="jitter">A number in [0, 1): where in [0, ceiling] the delay falls (seeded or fixed in tests).</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitter) =>
        // Full jitter spreads retries of many callers apart instead of having them collide again.
        TimeSpan.FromTicks((long)(Bound(attempt, baseDelay, maxDelay).Ticks * Math.Clamp(jitter, 0d, 1d)));
}
