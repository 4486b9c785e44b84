using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Time to live: DynamoDB expires an item whose TTL attribute holds a Number of Unix epoch SECONDS in the past
/// (typically within 48 hours; expired items stay readable until then). These helpers compute the value for the
/// entity's <see cref="TtlAttribute"/> member: <c>order with { ExpiresAt = DynamoTtl.After(TimeSpan.FromDays(30)) }</c>.
/// </summary>
public static class DynamoTtl
{
    /// <summary>The instant <paramref name="duration"/> from now, truncated to whole seconds (what DynamoDB stores).</summary>
    /// <param name="duration">How long the item lives; positive.</param>
    /// <param name="timeProvider">The clock; the system clock when <see langword="null"/>.</param>
    /// <returns>The expiry instant, in UTC.</returns>
    public static DateTimeOffset After(TimeSpan duration, TimeProvider? timeProvider = null)
    {
        if (duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A time to live must be positive.");
        }

        return At((timeProvider ?? TimeProvider.System).GetUtcNow() + duration);
    }

    /// <summary>The instant <paramref name="instant"/>, in UTC, truncated to whole seconds.</summary>
    /// <param name="instant">When the item expires.</param>
    /// <returns>The expiry instant.</returns>
    public static DateTimeOffset At(DateTimeOffset instant) => DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());

    /// <summary>The epoch seconds DynamoDB stores for <paramref name="instant"/>.</summary>
    /// <param name="instant">When the item expires.</param>
    /// <returns>Unix epoch seconds.</returns>
    public static long ToEpochSeconds(DateTimeOffset instant) => instant.ToUnixTimeSeconds();

    /// <summary>The epoch seconds <paramref name="duration"/> from now, for a TTL member of an integral type.</summary>
    /// <param name="duration">How long the item lives; positive.</param>
    /// <param name="timeProvider">The clock; the system clock when <see langword="null"/>.</param>
    /// <returns>Unix epoch seconds.</returns>
    public static long EpochSecondsAfter(TimeSpan duration, TimeProvider? timeProvider = null) => After(duration, timeProvider).ToUnixTimeSeconds();
}
