using System;

namespace Boto3Assist.Messaging;

/// <summary>How <see cref="SqsConsumer{T}"/> receives, extends visibility and stops.</summary>
public sealed class SqsConsumerOptions
{
    /// <summary>The queue to consume.</summary>
    public string QueueUrl { get; set; } = string.Empty;

    /// <summary>How many messages are handled at once.</summary>
    public int MaxConcurrency { get; set; } = 10;

    /// <summary>The most messages one receive asks for (1 to 10).</summary>
    public int MaxMessagesPerReceive { get; set; } = 10;

    /// <summary>The long-polling wait of each receive, in seconds (0 to 20).</summary>
    public int WaitTimeSeconds { get; set; } = 20;

    /// <summary>
    /// The visibility timeout set on receive, in seconds. While a handler still runs, the consumer extends the
    /// visibility by this much every half of it, so slow handlers do not see their message delivered twice.
    /// </summary>
    public int VisibilityTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// After a handler fails, the message's visibility is set to this many seconds (0 = redeliver at once);
    /// <see langword="null"/> leaves it until its current visibility timeout ends.
    /// </summary>
    public int? FailureVisibilityTimeoutSeconds { get; set; }

    /// <summary>How long a stop waits for handlers in flight before cancelling them.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first delay after a failed receive; it doubles (with jitter) up to 30 seconds while receives keep failing.</summary>
    public TimeSpan ReceiveErrorDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether message bodies may appear in logs. Off by default: they may hold personal data.</summary>
    public bool LogMessageContent { get; set; }

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(QueueUrl))
        {
            throw new ArgumentException($"{nameof(SqsConsumerOptions)}.{nameof(QueueUrl)} is required.");
        }

        Check(MaxConcurrency is >= 1, nameof(MaxConcurrency), "at least 1");
        Check(MaxMessagesPerReceive is >= 1 and <= 10, nameof(MaxMessagesPerReceive), "1 to 10");
        Check(WaitTimeSeconds is >= 0 and <= 20, nameof(WaitTimeSeconds), "0 to 20");
        Check(VisibilityTimeoutSeconds is >= 1 and <= 43_200, nameof(VisibilityTimeoutSeconds), "1 to 43200");
        Check(FailureVisibilityTimeoutSeconds is null or (>= 0 and <= 43_200), nameof(FailureVisibilityTimeoutSeconds), "0 to 43200");
    }

    private static void Check(bool ok, string name, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException($"{nameof(SqsConsumerOptions)}.{name} must be {expected}.");
        }
    }
}
