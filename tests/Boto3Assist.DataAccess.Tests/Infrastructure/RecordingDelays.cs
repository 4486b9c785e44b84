using System.Collections.Concurrent;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Infrastructure;

/// <summary>A retry policy that records the delays it asks for instead of sleeping, with a fixed jitter.</summary>
public sealed class RecordingDelays
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public DynamoRetryPolicy Policy(int maxAttempts = 6, double jitter = 1.0) => new()
    {
        MaxAttempts = maxAttempts,
        BaseDelay = TimeSpan.FromMilliseconds(100),
        MaxDelay = TimeSpan.FromMilliseconds(800),
        Jitter = () => jitter,
        Delay = (delay, _) =>
        {
            Delays.Enqueue(delay);
            return Task.CompletedTask;
        },
    };
}
