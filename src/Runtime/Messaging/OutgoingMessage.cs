using System;
using System.Collections.Generic;
using Amazon.SQS.Model;

namespace Boto3Assist.Messaging;

/// <summary>A typed message to send to SQS, with the optional FIFO ids, delay and attributes.</summary>
/// <typeparam name="T">The body type, serialized to JSON with the <c>JsonTypeInfo</c> given to the sender.</typeparam>
public sealed class OutgoingMessage<T>
{
    /// <summary>Creates a message.</summary>
    /// <param name="body">The body.</param>
    public OutgoingMessage(T body) => Body = body;

    /// <summary>The body.</summary>
    public T Body { get; }

    /// <summary>The FIFO message group id (required by FIFO queues, rejected by standard ones).</summary>
    public string? GroupId { get; init; }

    /// <summary>The FIFO deduplication id (needed unless the queue has content-based deduplication).</summary>
    public string? DeduplicationId { get; init; }

    /// <summary>How long SQS hides the message after sending (0 to 15 minutes; standard queues only).</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>Message attributes (at most 10, including the trace context the sender adds).</summary>
    public IReadOnlyDictionary<string, MessageAttributeValue>? Attributes { get; init; }
}
