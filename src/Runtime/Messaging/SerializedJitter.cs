using System;

namespace Boto3Assist.Messaging;

/// <summary>
/// Wraps a user's jitter source in a lock: senders and consumers call it from concurrent batches and receive loops,
/// and a seeded <see cref="Random"/> (what tests and reproducible runs pass) is not thread-safe.
/// </summary>
internal static class SerializedJitter
{
    public static Func<double> Of(Func<double> source)
    {
        var gate = new object();
        return () =>
        {
            lock (gate)
            {
                return source();
            }
        };
    }
}
