using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
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
/// Consumes a queue: long-polls for messages, handles up to <see cref="SqsConsumerOptions.MaxConcurrency"/> at once,
/// extends the visibility of messages whose handler is still working, deletes each message its handler finished and
/// leaves failed ones for redrive. Messages of one FIFO group are handled in order, one at a time. Stops gracefully:
/// receiving stops at once, handlers in flight get <see cref="SqsConsumerOptions.ShutdownTimeout"/> to finish.
/// </summary>
/// <typeparam name="T">The body type.</typeparam>
public sealed class SqsConsumer<T>
{
    private static readonly List<string> All = ["All"];
    private readonly IAmazonSQS _sqs;
    private readonly SqsConsumerOptions _options;
    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly ISqsMessageHandler<T> _handler;
    private readonly ILogger _logger;
    private readonly string _queueName;
    private readonly TimeProvider _timeProvider;
    private readonly Func<double> _jitter;

    /// <summary>Creates a consumer.</summary>
    /// <param name="sqs">The SQS client.</param>
    /// <param name="options">The queue and the settings.</param>
    /// <param name="typeInfo">The source-generated JSON metadata of <typeparamref name="T"/>.</param>
    /// <param name="handler">Handles each message.</param>
    /// <param name="logger">Where to log; nothing is logged when <see langword="null"/>.</param>
    /// <param name="timeProvider">
    /// The clock of the consumer's own waits (visibility extension, backoff after failed receives, shutdown timeout);
    /// the system clock when <see langword="null"/>. Server-side times (long polling, visibility) are SQS's.
    /// </param>
    /// <param name="jitter">
    /// Numbers in [0, 1) that place each backoff delay within its bound; <see cref="Random.Shared"/> when <see langword="null"/>.
    /// </param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public SqsConsumer(IAmazonSQS sqs, SqsConsumerOptions options, JsonTypeInfo<T> typeInfo, ISqsMessageHandler<T> handler, ILogger? logger = null, TimeProvider? timeProvider = null, Func<double>? jitter = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _jitter = jitter is null ? Random.Shared.NextDouble : SerializedJitter.Of(jitter);
        _sqs = sqs ?? throw new ArgumentNullException(nameof(sqs));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _typeInfo = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
        _logger = logger ?? NullLogger.Instance;
        options.Validate();
        _queueName = SqsTelemetry.QueueName(options.QueueUrl);
    }

    /// <summary>Receives and handles messages until <paramref name="stoppingToken"/> is cancelled, then stops gracefully.</summary>
    /// <param name="stoppingToken">Stops receiving; handlers in flight then get the shutdown timeout to finish.</param>
    /// <returns>A task that completes once every handler has finished or been cancelled.</returns>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
        using var handlersStop = new CancellationTokenSource();
        var inFlight = new ConcurrentDictionary<Task, byte>();
        var receiveFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            // Ask for as many messages as there are free handler slots, so none waits hidden without a handler.
            var taken = 1;
            while (taken < _options.MaxMessagesPerReceive && slots.Wait(0))
            {
                taken++;
            }

            List<Message> messages;
            try
            {
                messages = await ReceiveAsync(taken, stoppingToken).ConfigureAwait(false);
                receiveFailures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                slots.Release(taken);
                break;
            }
            catch (Exception ex)
            {
                slots.Release(taken);
                var delay = RetryBackoff.Delay(receiveFailures++, _options.ReceiveErrorDelay, TimeSpan.FromSeconds(30), _jitter());

                // The wait starts before the log says so: whoever reads the log (a test moving a fake clock) finds it running.
                var wait = Task.Delay(delay, _timeProvider, stoppingToken);
                MessagingLog.ReceiveFailed(_logger, ex, _queueName, delay);
                try
                {
                    await wait.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                continue;
            }

            if (messages.Count < taken)
            {
                slots.Release(taken - messages.Count);
            }

            // Messages of one FIFO group run in order on one chain; others each on their own.
            foreach (var chain in messages.GroupBy(m => GroupOf(m) ?? m.MessageId))
            {
                var ordered = chain.ToList();
                var task = HandleChainAsync(ordered, slots, handlersStop.Token);
                inFlight.TryAdd(task, 0);
                _ = task.ContinueWith(t => inFlight.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }

        await DrainAsync(inFlight, handlersStop).ConfigureAwait(false);
    }

    private async Task DrainAsync(ConcurrentDictionary<Task, byte> inFlight, CancellationTokenSource handlersStop)
    {
        var running = inFlight.Keys.ToArray();
        if (running.Length == 0)
        {
            return;
        }

        // The shutdown timeout starts before the log says the consumer is stopping (see the receive backoff).
        var timeout = Task.Delay(_options.ShutdownTimeout, _timeProvider);
        MessagingLog.Stopping(_logger, _queueName, running.Length);
        var all = Task.WhenAll(running);
        if (await Task.WhenAny(all, timeout).ConfigureAwait(false) != all)
        {
            MessagingLog.StopTimedOut(_logger, _queueName, inFlight.Count);
            await handlersStop.CancelAsync().ConfigureAwait(false);

            // Real time on purpose: a grace period for cancelled handlers to unwind, not a setting a test needs to move.
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        }
    }

    private async Task<List<Message>> ReceiveAsync(int count, CancellationToken cancellationToken)
    {
        using var operation = SqsTelemetry.StartReceive(_options.QueueUrl);
        try
        {
            var response = await _sqs.ReceiveMessageAsync(
                new ReceiveMessageRequest
                {
                    QueueUrl = _options.QueueUrl,
                    MaxNumberOfMessages = count,
                    WaitTimeSeconds = _options.WaitTimeSeconds,
                    VisibilityTimeout = _options.VisibilityTimeoutSeconds,
                    MessageAttributeNames = All,
                    MessageSystemAttributeNames = All,
                },
                cancellationToken).ConfigureAwait(false);
            var messages = response.Messages ?? [];
            operation.Activity?.SetTag(TelemetryAttributes.MessagingBatchMessageCount, messages.Count);
            SqsTelemetry.MessagesReceived(_options.QueueUrl, messages.Count);
            if (messages.Count > 0)
            {
                MessagingLog.Received(_logger, _queueName, messages.Count);
            }

            return messages;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            operation.RecordFailure(ex);
            throw;
        }
    }

    private async Task HandleChainAsync(List<Message> chain, SemaphoreSlim slots, CancellationToken handlerToken)
    {
        await Task.Yield();
        var failed = false;
        foreach (var message in chain)
        {
            try
            {
                // After a failure in a FIFO group the rest of the group is left, so order is kept on redelivery.
                if (!failed)
                {
                    failed = !await HandleOneAsync(message, handlerToken).ConfigureAwait(false);
                }
            }
            finally
            {
                slots.Release();
            }
        }
    }

    /// <summary>Handles one message; returns whether it succeeded (and was deleted).</summary>
    private async Task<bool> HandleOneAsync(Message message, CancellationToken handlerToken)
    {
        var messageAttributes = message.MessageAttributes;
        using var process = SqsTelemetry.StartProcess(_options.QueueUrl, message.MessageId, TraceContextAttributes.Extract(messageAttributes));
        using var extension = CancellationTokenSource.CreateLinkedTokenSource(handlerToken);
        var extender = ExtendVisibilityAsync(message, extension.Token);
        var receiveCount = 1;
        try
        {
            var received = new SqsReceivedMessage<T>(
                message.MessageId,
                message.ReceiptHandle,
                MessageBody.Deserialize(message.Body, _typeInfo, message.MessageId, _options.LogMessageContent),
                message.Body,
                message.Attributes,
                messageAttributes);
            receiveCount = received.ReceiveCount;
            if (_options.LogMessageContent)
            {
                MessagingLog.HandlingWithContent(_logger, _queueName, message.MessageId, message.Body);
            }

            await _handler.HandleAsync(received, handlerToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await StopAsync(extension, extender).ConfigureAwait(false);
            process.RecordFailure(ex);
            SqsTelemetry.MessagesFailed(_options.QueueUrl, 1, AwsErrors.ErrorType(ex));
            if (_options.LogMessageContent)
            {
                MessagingLog.HandlerFailedWithContent(_logger, ex, _queueName, message.MessageId, receiveCount, message.Body);
            }
            else
            {
                MessagingLog.HandlerFailed(_logger, ex, _queueName, message.MessageId, receiveCount);
            }

            await ReleaseAfterFailureAsync(message).ConfigureAwait(false);
            return false;
        }

        await StopAsync(extension, extender).ConfigureAwait(false);
        if (!await DeleteAsync(message, handlerToken).ConfigureAwait(false))
        {
            // Handled but not deleted: SQS delivers it again, so a FIFO group must not move past it.
            return false;
        }

        MessagingLog.Handled(_logger, _queueName, message.MessageId);
        return true;
    }

    private static async Task StopAsync(CancellationTokenSource extension, Task extender)
    {
        await extension.CancelAsync().ConfigureAwait(false);
        await extender.ConfigureAwait(false);
    }

    // Keeps the message hidden while its handler runs: every half visibility timeout, another full timeout.
    private async Task ExtendVisibilityAsync(Message message, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(_options.VisibilityTimeoutSeconds / 2.0);
        while (true)
        {
            try
            {
                await Task.Delay(interval, _timeProvider, cancellationToken).ConfigureAwait(false);
                using var operation = SqsTelemetry.StartSettle(_options.QueueUrl, "ChangeMessageVisibility");
                try
                {
                    await _sqs.ChangeMessageVisibilityAsync(
                        new ChangeMessageVisibilityRequest
                        {
                            QueueUrl = _options.QueueUrl,
                            ReceiptHandle = message.ReceiptHandle,
                            VisibilityTimeout = _options.VisibilityTimeoutSeconds,
                        },
                        cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    operation.RecordFailure(ex);
                    MessagingLog.VisibilityExtensionFailed(_logger, ex, _queueName, message.MessageId);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> DeleteAsync(Message message, CancellationToken cancellationToken)
    {
        using var operation = SqsTelemetry.StartSettle(_options.QueueUrl, "DeleteMessage");
        try
        {
            await _sqs.DeleteMessageAsync(new DeleteMessageRequest { QueueUrl = _options.QueueUrl, ReceiptHandle = message.ReceiptHandle }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            MessagingLog.DeleteFailed(_logger, ex, _queueName, message.MessageId);
            return false;
        }
    }

    private async Task ReleaseAfterFailureAsync(Message message)
    {
        if (_options.FailureVisibilityTimeoutSeconds is not { } seconds)
        {
            return;
        }

        using var operation = SqsTelemetry.StartSettle(_options.QueueUrl, "ChangeMessageVisibility");
        try
        {
            await _sqs.ChangeMessageVisibilityAsync(
                new ChangeMessageVisibilityRequest { QueueUrl = _options.QueueUrl, ReceiptHandle = message.ReceiptHandle, VisibilityTimeout = seconds },
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The message still returns when its visibility timeout ends; nothing is lost.
            operation.RecordFailure(ex);
            MessagingLog.VisibilityExtensionFailed(_logger, ex, _queueName, message.MessageId);
        }
    }

    private static string? GroupOf(Message message) =>
        message.Attributes is not null && message.Attributes.TryGetValue("MessageGroupId", out var group) ? group : null;
}
