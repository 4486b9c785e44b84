using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Amazon.SQS;
using Amazon.SQS.Model;
using Boto3Assist.Observability;
using Boto3Assist.Retries;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Boto3Assist.Messaging;

/// <summary>
/// Sends typed messages to SQS: one, or any number split into batches of 10 within the byte limit. Entries SQS fails on
/// its side are resent with bounded exponential backoff and jitter; what still fails is reported in one
/// <see cref="SqsSendException"/>. The W3C trace context travels in message attributes.
/// </summary>
public sealed class SqsMessageSender
{
    private readonly IAmazonSQS _sqs;
    private readonly SqsSenderOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly Func<double> _jitter;

    /// <summary>Creates a sender.</summary>
    /// <param name="sqs">The SQS client.</param>
    /// <param name="options">Batching and retry settings; defaults when <see langword="null"/>.</param>
    /// <param name="logger">Where to log; nothing is logged when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock retry delays are measured by; the system clock when <see langword="null"/>.</param>
    /// <param name="jitter">
    /// Numbers in [0, 1) that place each retry delay within its bound; <see cref="Random.Shared"/> when <see langword="null"/>.
    /// Pass a seeded source (called under a lock, so one <see cref="Random"/> is safe) for reproducible delays.
    /// </param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public SqsMessageSender(IAmazonSQS sqs, SqsSenderOptions? options = null, ILogger<SqsMessageSender>? logger = null, TimeProvider? timeProvider = null, Func<double>? jitter = null)
    {
        _sqs = sqs ?? throw new ArgumentNullException(nameof(sqs));
        _options = options ?? new SqsSenderOptions();
        _options.Validate();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _jitter = jitter is null ? Random.Shared.NextDouble : SerializedJitter.Of(jitter);
    }

    /// <summary>Sends one message.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="queueUrl">The queue.</param>
    /// <param name="message">The message.</param>
    /// <param name="typeInfo">The source-generated JSON metadata of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The id SQS assigned.</returns>
    /// <exception cref="SqsMessageTooLargeException">The message is over <see cref="SqsSenderOptions.MaxMessageBytes"/>.</exception>
    public async Task<SentMessage> SendAsync<T>(string queueUrl, OutgoingMessage<T> message, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(queueUrl);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(typeInfo);
        using var operation = SqsTelemetry.StartSend(queueUrl, "SendMessage", 1);
        var entry = Prepare(message, typeInfo, 0, operation);
        try
        {
            var response = await _sqs.SendMessageAsync(
                new SendMessageRequest
                {
                    QueueUrl = queueUrl,
                    MessageBody = entry.MessageBody,
                    MessageAttributes = entry.MessageAttributes,
                    MessageGroupId = entry.MessageGroupId,
                    MessageDeduplicationId = entry.MessageDeduplicationId,
                    DelaySeconds = entry.DelaySeconds,
                },
                cancellationToken).ConfigureAwait(false);
            operation.Activity?.SetTag(TelemetryAttributes.MessagingMessageId, response.MessageId);
            SqsTelemetry.MessagesSent(queueUrl, 1);
            MessagingLog.Sent(_logger, SqsTelemetry.QueueName(queueUrl), 1);
            return new SentMessage(0, response.MessageId, response.SequenceNumber);
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            SqsTelemetry.MessagesFailed(queueUrl, 1, AwsErrors.ErrorType(ex));
            throw;
        }
    }

    /// <summary>Sends one message with just a body.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="queueUrl">The queue.</param>
    /// <param name="body">The body.</param>
    /// <param name="typeInfo">The source-generated JSON metadata of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The id SQS assigned.</returns>
    public Task<SentMessage> SendAsync<T>(string queueUrl, T body, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default) =>
        SendAsync(queueUrl, new OutgoingMessage<T>(body), typeInfo, cancellationToken);

    /// <summary>Sends any number of bodies, in batches.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="queueUrl">The queue.</param>
    /// <param name="bodies">The bodies.</param>
    /// <param name="typeInfo">The source-generated JSON metadata of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>One result per body, in input order.</returns>
    public Task<IReadOnlyList<SentMessage>> SendManyAsync<T>(string queueUrl, IEnumerable<T> bodies, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        return SendManyAsync(queueUrl, bodies.Select(b => new OutgoingMessage<T>(b)), typeInfo, cancellationToken);
    }

    /// <summary>
    /// Sends any number of messages: batches of at most 10 entries and <see cref="SqsSenderOptions.MaxMessageBytes"/>
    /// bytes, several batches at once. Entries SQS fails on its side are resent with backoff; sender faults are not.
    /// </summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="queueUrl">The queue.</param>
    /// <param name="messages">The messages.</param>
    /// <param name="typeInfo">The source-generated JSON metadata of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>One result per message, in input order.</returns>
    /// <exception cref="SqsMessageTooLargeException">A message is over the limit; nothing was sent.</exception>
    /// <exception cref="SqsSendException">Some messages were still not accepted after the retries.</exception>
    public async Task<IReadOnlyList<SentMessage>> SendManyAsync<T>(string queueUrl, IEnumerable<OutgoingMessage<T>> messages, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(queueUrl);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(typeInfo);
        var list = messages as IReadOnlyList<OutgoingMessage<T>> ?? messages.ToList();
        if (list.Count == 0)
        {
            return Array.Empty<SentMessage>();
        }

        // Serialize and measure everything first, so an oversized message fails the call before anything is sent.
        var bodies = new string[list.Count];
        var sizes = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            bodies[i] = JsonSerializer.Serialize(list[i].Body, typeInfo);
            sizes[i] = SqsMessageSize.Of(bodies[i], list[i].Attributes) + TraceContextAllowance;
            if (sizes[i] > _options.MaxMessageBytes)
            {
                throw new SqsMessageTooLargeException(typeof(T), i, sizes[i], _options.MaxMessageBytes);
            }
        }

        var sent = new SentMessage?[list.Count];
        var failed = new List<FailedMessage>();
        Exception? firstError = null;
        using var throttle = new SemaphoreSlim(Math.Max(1, _options.MaxParallelBatches));
        var batches = SqsBatchPlan.Split(sizes, _options.MaxMessageBytes);
        await Task.WhenAll(batches.Select(async batch =>
        {
            await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var (batchFailed, error) = await SendBatchAsync(queueUrl, list, bodies, batch, typeInfo, sent, cancellationToken).ConfigureAwait(false);
                lock (failed)
                {
                    failed.AddRange(batchFailed);
                    firstError ??= error;
                }
            }
            finally
            {
                throttle.Release();
            }
        })).ConfigureAwait(false);

        var accepted = sent.Where(s => s is not null).Select(s => s!).ToList();
        if (failed.Count > 0)
        {
            failed.Sort((a, b) => a.Index.CompareTo(b.Index));
            MessagingLog.SendFailed(_logger, SqsTelemetry.QueueName(queueUrl), failed.Count);
            throw new SqsSendException(queueUrl, failed, accepted, firstError);
        }

        return accepted;
    }

    // The producer span id changes per batch, so room for the trace context is reserved when measuring.
    private int TraceContextAllowance => _options.PropagateTraceContext ? 128 : 0;

    private async Task<(List<FailedMessage> Failed, Exception? Error)> SendBatchAsync<T>(
        string queueUrl,
        IReadOnlyList<OutgoingMessage<T>> messages,
        string[] bodies,
        List<int> batch,
        JsonTypeInfo<T> typeInfo,
        SentMessage?[] sent,
        CancellationToken cancellationToken)
    {
        using var operation = SqsTelemetry.StartSend(queueUrl, "SendMessageBatch", batch.Count);
        var pending = batch.ToDictionary(i => i.ToString(CultureInfo.InvariantCulture), i => Prepare(messages[i], bodies[i], i, operation));
        var attempts = 0;
        var failed = new List<FailedMessage>();
        while (pending.Count > 0)
        {
            attempts++;
            SendMessageBatchResponse response;
            try
            {
                response = await _sqs.SendMessageBatchAsync(
                    new SendMessageBatchRequest { QueueUrl = queueUrl, Entries = pending.Values.ToList() },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The SDK already retried the request itself; everything still pending is reported as failed.
                operation.RecordFailure(ex);
                var code = AwsErrors.ErrorType(ex);
                failed.AddRange(pending.Keys.Select(id => new FailedMessage(int.Parse(id, CultureInfo.InvariantCulture), code, ex.Message, false, attempts)));
                SqsTelemetry.MessagesFailed(queueUrl, pending.Count, code);
                return (failed, ex);
            }

            foreach (var ok in response.Successful ?? [])
            {
                var index = int.Parse(ok.Id, CultureInfo.InvariantCulture);
                sent[index] = new SentMessage(index, ok.MessageId, ok.SequenceNumber);
                pending.Remove(ok.Id);
            }

            SqsTelemetry.MessagesSent(queueUrl, response.Successful?.Count ?? 0);
            var retryable = new List<BatchResultErrorEntry>();
            foreach (var error in response.Failed ?? [])
            {
                var index = int.Parse(error.Id, CultureInfo.InvariantCulture);
                if (error.SenderFault == true || attempts > _options.MaxEntryRetries)
                {
                    failed.Add(new FailedMessage(index, error.Code ?? "Unknown", error.Message ?? string.Empty, error.SenderFault == true, attempts));
                    pending.Remove(error.Id);
                    SqsTelemetry.MessagesFailed(queueUrl, 1, error.Code ?? "Unknown");
                }
                else
                {
                    retryable.Add(error);
                }
            }

            if (retryable.Count == 0)
            {
                break;
            }

            var reason = retryable[0].Code ?? "Unknown";
            SqsTelemetry.Retry(queueUrl, "SendMessageBatch", reason);
            MessagingLog.RetryingEntries(_logger, SqsTelemetry.QueueName(queueUrl), retryable.Count, reason, attempts);
            await Task.Delay(RetryBackoff.Delay(attempts - 1, _options.RetryBaseDelay, _options.RetryMaxDelay, _jitter()), _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        if (failed.Count > 0)
        {
            operation.RecordFailure(new SqsSendException(queueUrl, failed, Array.Empty<SentMessage>()));
        }

        MessagingLog.Sent(_logger, SqsTelemetry.QueueName(queueUrl), batch.Count - failed.Count);
        return (failed, null);
    }

    private SendMessageBatchRequestEntry Prepare<T>(OutgoingMessage<T> message, JsonTypeInfo<T> typeInfo, int index, AwsOperation operation)
    {
        var body = JsonSerializer.Serialize(message.Body, typeInfo);
        var entry = Prepare(message, body, index, operation);
        var size = SqsMessageSize.Of(body, entry.MessageAttributes);
        if (size > _options.MaxMessageBytes)
        {
            throw new SqsMessageTooLargeException(typeof(T), index, size, _options.MaxMessageBytes);
        }

        return entry;
    }

    private SendMessageBatchRequestEntry Prepare<T>(OutgoingMessage<T> message, string body, int index, AwsOperation operation)
    {
        var attributes = message.Attributes is null
            ? new Dictionary<string, MessageAttributeValue>()
            : new Dictionary<string, MessageAttributeValue>(message.Attributes);
        if (_options.PropagateTraceContext)
        {
            TraceContextAttributes.Inject(operation.Activity ?? System.Diagnostics.Activity.Current, attributes);
        }

        return new SendMessageBatchRequestEntry
        {
            Id = index.ToString(CultureInfo.InvariantCulture),
            MessageBody = body,
            MessageAttributes = attributes.Count == 0 ? null : attributes,
            MessageGroupId = message.GroupId,
            MessageDeduplicationId = message.DeduplicationId,
            DelaySeconds = message.Delay is { } delay ? (int)Math.Ceiling(delay.TotalSeconds) : null,
        };
    }
}
