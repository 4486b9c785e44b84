namespace Boto3Assist.Messaging;

/// <summary>How <see cref="SqsEventProcessor"/> handles the records of a Lambda SQS event.</summary>
public sealed class SqsEventProcessorOptions
{
    /// <summary>How many records of a standard queue are handled at once (FIFO records always run in order, one at a time).</summary>
    public int MaxConcurrency { get; set; } = 10;

    /// <summary>Whether message bodies may appear in logs. Off by default: they may hold personal data.</summary>
    public bool LogMessageContent { get; set; }
}
