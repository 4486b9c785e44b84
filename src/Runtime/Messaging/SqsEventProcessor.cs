using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Boto3Assist.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Boto3Assist.Messaging;

/// <summary>
/// Handles the records of a Lambda SQS event with a typed handler and builds the partial batch response: each record
/// whose handler throws is reported as a batch item failure, so SQS redelivers only those. Records from a FIFO queue
/// run in order; after the first failure the rest are reported failed without running, as AWS requires.
/// </summary>
public static class SqsEventProcessor
{
    /// <summary>Handles every record of the event.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="sqsEvent">The event.</param>
    /// <param name="typeInfo">The source-generated JSON metadata of <typeparamref name="T"/>.</param>
    /// <param name="handler">Handles each message.</param>
    /// <param name="options">Concurrency and logging; defaults when <see langword="null"/>.</param>
    /// <param name="logger">Where to log; nothing is logged when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the handlers (set it before the Lambda timeout).</param>
    /// <returns>The batch item failures to return to Lambda.</returns>
    public static async Task<SqsBatchResponse> ProcessAsync<T>(
        SqsEvent sqsEvent,
        JsonTypeInfo<T> typeInfo,
        ISqsMessageHandler<T> handler,
        SqsEventProcessorOptions? options = null,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sqsEvent);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(handler);
        options ??= new SqsEventProcessorOptions();
        logger ??= NullLogger.Instance;
        var records = sqsEvent.Records;
        var succeeded = new bool[records.Count];
        if (records.Count > 0 && records[0].IsFifo)
        {
            for (var i = 0; i < records.Count; i++)
            {
                succeeded[i] = await HandleAsync(records[i], typeInfo, handler, options, logger, cancellationToken).ConfigureAwait(false);
                if (!succeeded[i])
                {
                    break;
                }
            }
        }
        else
        {
            using var slots = new SemaphoreSlim(Math.Max(1, options.MaxConcurrency));
            await Task.WhenAll(records.Select(async (record, i) =>
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    succeeded[i] = await HandleAsync(record, typeInfo, handler, options, logger, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    slots.Release();
                }
            })).ConfigureAwait(false);
        }

        var failed = new List<string>();
        for (var i = 0; i < records.Count; i++)
        {
            if (!succeeded[i])
            {
                failed.Add(records[i].MessageId);
            }
        }

        return new SqsBatchResponse(failed);
    }

    private static async Task<bool> HandleAsync<T>(
        SqsEventRecord record,
        JsonTypeInfo<T> typeInfo,
        ISqsMessageHandler<T> handler,
        SqsEventProcessorOptions options,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var source = record.EventSourceArn ?? record.QueueName;
        using var process = SqsTelemetry.StartProcess(source, record.MessageId, TraceContextAttributes.Extract(record.MessageAttributes));
        SqsTelemetry.MessagesReceived(source, 1);
        var received = (SqsReceivedMessage<T>?)null;
        try
        {
            received = new SqsReceivedMessage<T>(
                record.MessageId,
                record.ReceiptHandle,
                MessageBody.Deserialize(record.Body, typeInfo, record.MessageId, options.LogMessageContent),
                record.Body,
                record.Attributes,
                record.MessageAttributes);
            if (options.LogMessageContent)
            {
                MessagingLog.HandlingWithContent(logger, record.QueueName, record.MessageId, record.Body);
            }

            await handler.HandleAsync(received, cancellationToken).ConfigureAwait(false);
            MessagingLog.Handled(logger, record.QueueName, record.MessageId);
            return true;
        }
        catch (Exception ex)
        {
            process.RecordFailure(ex);
            SqsTelemetry.MessagesFailed(source, 1, AwsErrors.ErrorType(ex));
            var receiveCount = received?.ReceiveCount ?? 1;
            if (options.LogMessageContent)
            {
                MessagingLog.HandlerFailedWithContent(logger, ex, record.QueueName, record.MessageId, receiveCount, record.Body);
            }
            else
            {
                MessagingLog.HandlerFailed(logger, ex, record.QueueName, record.MessageId, receiveCount);
            }

            return false;
        }
    }
}
