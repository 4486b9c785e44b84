using System.Collections.Generic;
using Amazon.SQS.Model;

namespace Boto3Assist.Messaging;

/// <summary>One SQS message as Lambda delivers it in an event.</summary>
public sealed class SqsEventRecord
{
    internal SqsEventRecord(
        string messageId,
        string receiptHandle,
        string body,
        string? md5OfBody,
        string? eventSource,
        string? eventSourceArn,
        string? awsRegion,
        IReadOnlyDictionary<string, string> attributes,
        IReadOnlyDictionary<string, MessageAttributeValue> messageAttributes)
    {
        MessageId = messageId;
        ReceiptHandle = receiptHandle;
        Body = body;
        Md5OfBody = md5OfBody;
        EventSource = eventSource;
        EventSourceArn = eventSourceArn;
        AwsRegion = awsRegion;
        Attributes = attributes;
        MessageAttributes = messageAttributes;
    }

    /// <summary>The SQS message id (the <c>itemIdentifier</c> of a batch item failure).</summary>
    public string MessageId { get; }

    /// <summary>The receipt handle.</summary>
    public string ReceiptHandle { get; }

    /// <summary>The raw body.</summary>
    public string Body { get; }

    /// <summary>The MD5 digest of the body, as SQS computed it.</summary>
    public string? Md5OfBody { get; }

    /// <summary>Always <c>aws:sqs</c>.</summary>
    public string? EventSource { get; }

    /// <summary>The queue ARN.</summary>
    public string? EventSourceArn { get; }

    /// <summary>The queue's region.</summary>
    public string? AwsRegion { get; }

    /// <summary>The system attributes (<c>ApproximateReceiveCount</c>, <c>SentTimestamp</c>, <c>MessageGroupId</c>...).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>The message attributes the sender set.</summary>
    public IReadOnlyDictionary<string, MessageAttributeValue> MessageAttributes { get; }

    /// <summary>The queue name: the last part of <see cref="EventSourceArn"/>.</summary>
    public string QueueName => EventSourceArn is { } arn ? arn[(arn.LastIndexOf(':') + 1)..] : "unknown";

    /// <summary>Whether the message comes from a FIFO queue.</summary>
    public bool IsFifo => QueueName.EndsWith(".fifo", System.StringComparison.Ordinal);
}
