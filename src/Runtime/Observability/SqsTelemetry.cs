using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Boto3Assist.Observability;

/// <summary>Spans and metrics of the SQS operations the library performs (semantic conventions for messaging).</summary>
internal static class SqsTelemetry
{
    public const string ServiceName = "SQS";

    /// <summary>The queue name: the last segment of its URL or ARN.</summary>
    public static string QueueName(string queueUrlOrArn)
    {
        var trimmed = queueUrlOrArn.TrimEnd('/');
        var separator = trimmed.LastIndexOfAny(['/', ':']);
        return separator >= 0 ? trimmed[(separator + 1)..] : trimmed;
    }

    public static AwsOperation StartSend(string queueUrl, string method, int messageCount) =>
        Start(queueUrl, method, ActivityKind.Producer, "send", messageCount);

    public static AwsOperation StartReceive(string queueUrl) =>
        Start(queueUrl, "ReceiveMessage", ActivityKind.Client, "receive", null);

    public static AwsOperation StartSettle(string queueUrl, string method) =>
        Start(queueUrl, method, ActivityKind.Client, "settle", null);

    /// <summary>The span around a handler: a child of the sender's trace context when the message carries one.</summary>
    public static AwsOperation StartProcess(string queueUrl, string messageId, ActivityContext senderContext)
    {
        var queue = QueueName(queueUrl);
        return AwsOperation.Start(
            ServiceName,
            "process",
            ActivityKind.Consumer,
            TelemetryAttributes.MessagingDestinationName,
            queue,
            [
                new(TelemetryAttributes.MessagingSystem, TelemetryAttributes.AwsSqs),
                new(TelemetryAttributes.MessagingDestinationName, queue),
                new(TelemetryAttributes.MessagingOperationType, "process"),
                new(TelemetryAttributes.MessagingOperationName, "process"),
                new(TelemetryAttributes.MessagingMessageId, messageId),

                // Lambda events name the queue by ARN, the consumer by URL.
                new(queueUrl.StartsWith("arn:", StringComparison.Ordinal) ? TelemetryAttributes.CloudResourceId : TelemetryAttributes.SqsQueueUrl, queueUrl),
            ],
            spanName: "process " + queue,
            parent: senderContext,
            links: senderContext == default ? null : [new ActivityLink(senderContext)],
            isAwsCall: false);
    }

    public static void MessagesSent(string queueUrl, int count) => Count(TelemetryInstruments.MessagesSent, queueUrl, count, null);

    public static void MessagesReceived(string queueUrl, int count) => Count(TelemetryInstruments.MessagesReceived, queueUrl, count, null);

    public static void MessagesFailed(string queueUrl, int count, string errorType) => Count(TelemetryInstruments.MessagesFailed, queueUrl, count, errorType);

    public static void Retry(string queueUrl, string method, string reason) =>
        TelemetryInstruments.Retries.Add(1, new TagList
        {
            { TelemetryAttributes.RpcService, ServiceName },
            { TelemetryAttributes.RpcMethod, method },
            { TelemetryAttributes.MessagingDestinationName, QueueName(queueUrl) },
            { TelemetryAttributes.RetryReason, reason },
        });

    private static void Count(System.Diagnostics.Metrics.Counter<long> counter, string queueUrl, int count, string? errorType)
    {
        if (count <= 0)
        {
            return;
        }

        var tags = new TagList
        {
            { TelemetryAttributes.MessagingSystem, TelemetryAttributes.AwsSqs },
            { TelemetryAttributes.MessagingDestinationName, QueueName(queueUrl) },
        };
        if (errorType is not null)
        {
            tags.Add(TelemetryAttributes.ErrorType, errorType);
        }

        counter.Add(count, tags);
    }

    private static AwsOperation Start(string queueUrl, string method, ActivityKind kind, string operationType, int? messageCount)
    {
        var queue = QueueName(queueUrl);
        var tags = new List<KeyValuePair<string, object?>>
        {
            new(TelemetryAttributes.MessagingSystem, TelemetryAttributes.AwsSqs),
            new(TelemetryAttributes.MessagingDestinationName, queue),
            new(TelemetryAttributes.MessagingOperationType, operationType),
            new(TelemetryAttributes.MessagingOperationName, method),
            new(TelemetryAttributes.SqsQueueUrl, queueUrl),
        };
        if (messageCount is > 1)
        {
            tags.Add(new(TelemetryAttributes.MessagingBatchMessageCount, messageCount.Value));
        }

        return AwsOperation.Start(ServiceName, method, kind, TelemetryAttributes.MessagingDestinationName, queue, tags, spanName: operationType + " " + queue);
    }
}
