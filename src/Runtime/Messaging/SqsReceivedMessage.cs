using System;
using System.Collections.Generic;
using System.Globalization;
using Amazon.SQS.Model;

namespace Boto3Assist.Messaging;

/// <summary>A typed message received from SQS, by the consumer or in a Lambda event.</summary>
/// <typeparam name="T">The body type.</typeparam>
public sealed class SqsReceivedMessage<T>
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, MessageAttributeValue> NoMessageAttributes = new Dictionary<string, MessageAttributeValue>();

    internal SqsReceivedMessage(
        string messageId,
        string receiptHandle,
        T body,
        string rawBody,
        IReadOnlyDictionary<string, string>? attributes,
        IReadOnlyDictionary<string, MessageAttributeValue>? messageAttributes)
    {
        MessageId = messageId;
        ReceiptHandle = receiptHandle;
        Body = body;
        RawBody = rawBody;
        Attributes = attributes ?? NoAttributes;
        MessageAttributes = messageAttributes ?? NoMessageAttributes;
    }

    /// <summary>The SQS message id.</summary>
    public string MessageId { get; }

    /// <summary>The receipt handle of this delivery.</summary>
    public string ReceiptHandle { get; }

    /// <summary>The deserialized body.</summary>
    public T Body { get; }

    /// <summary>The body as SQS delivered it (JSON).</summary>
    public string RawBody { get; }

    /// <summary>The system attributes (<c>ApproximateReceiveCount</c>, <c>SentTimestamp</c>, <c>MessageGroupId</c>...).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>The message attributes the sender set (including <c>traceparent</c> when traces travel).</summary>
    public IReadOnlyDictionary<string, MessageAttributeValue> MessageAttributes { get; }

    /// <summary>How many times SQS has delivered this message, this delivery included (1 when unknown).</summary>
    public int ReceiveCount =>
        Attributes.TryGetValue("ApproximateReceiveCount", out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : 1;

    /// <summary>The FIFO message group id, or <see langword="null"/> on a standard queue.</summary>
    public string? GroupId => Attributes.TryGetValue("MessageGroupId", out var group) ? group : null;

    /// <summary>When the message was sent, from <c>SentTimestamp</c>, or <see langword="null"/> when unknown.</summary>
    public DateTimeOffset? SentAt =>
        Attributes.TryGetValue("SentTimestamp", out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
}
