using System;

namespace Boto3Assist.Messaging;

/// <summary>How <see cref="SqsMessageSender"/> batches and retries.</summary>
public sealed class SqsSenderOptions
{
    /// <summary>
    /// The largest message and the largest batch, in bytes (body plus attribute names, types and values). SQS allows
    /// 1 MiB (1,048,576 bytes) since August 2025 (256 KiB before); lower it for queues with a smaller
    /// <c>MaximumMessageSize</c>.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 1_048_576;

    /// <summary>How many times entries SQS failed on its side are resent before <see cref="SqsSendException"/> (0 = never).</summary>
    public int MaxEntryRetries { get; set; } = 3;

    /// <summary>The first retry delay; each retry doubles it, with full jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many batch requests run at once.</summary>
    public int MaxParallelBatches { get; set; } = 4;

    /// <summary>Whether the W3C trace context (<c>traceparent</c>, <c>tracestate</c>) is added as message attributes.</summary>
    public bool PropagateTraceContext { get; set; } = true;

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (MaxMessageBytes < 1024)
        {
            throw new ArgumentException($"{nameof(SqsSenderOptions)}.{nameof(MaxMessageBytes)} must be at least 1024 (the SQS minimum of MaximumMessageSize); it is {MaxMessageBytes}.");
        }

        if (MaxEntryRetries < 0 || MaxParallelBatches < 1)
        {
            throw new ArgumentException($"{nameof(SqsSenderOptions)}.{nameof(MaxEntryRetries)} must be 0 or more and {nameof(MaxParallelBatches)} at least 1.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            throw new ArgumentException($"{nameof(SqsSenderOptions)}.{nameof(RetryBaseDelay)} must be 0 or more and at most {nameof(RetryMaxDelay)}.");
        }
    }
}
