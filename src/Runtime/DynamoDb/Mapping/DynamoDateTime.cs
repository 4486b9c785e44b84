using System;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// How dates are normalised before they are stored or put in a key: always UTC, so the same instant gives the same
/// string on every machine. A <see cref="DateTimeKind.Unspecified"/> value is taken to be UTC already.
/// </summary>
public static class DynamoDateTime
{
    /// <summary>The value in UTC (<see cref="DateTimeKind.Utc"/>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The UTC value.</returns>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    /// <summary>The same instant with a zero offset.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The UTC value.</returns>
    public static DateTimeOffset ToUtc(DateTimeOffset value) => value.Offset == TimeSpan.Zero ? value : value.ToUniversalTime();
}
