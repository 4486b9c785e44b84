using System.Collections.Concurrent;
using System.Diagnostics;
using Amazon.SQS.Model;
using Boto3Assist.Messaging;
using Boto3Assist.Observability;
using Boto3Assist.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Boto3Assist.Runtime.Tests.Messaging;

public sealed class SqsConsumerTests
{
    private static readonly MessagingJsonContext Json = MessagingJsonContext.Default;

    [Fact]
    public async Task Handles_every_message_within_the_concurrency_limit_deletes_them_and_continues_the_senders_trace()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "consume");
        using var capture = new TelemetryCapture();
        await new SqsMessageSender(sqs).SendManyAsync(queue, Enumerable.Range(0, 30).Select(i => new OrderPlaced("o-" + i, i)), Json.OrderPlaced);

        var handled = new ConcurrentDictionary<string, int>();
        var running = 0;
        var maxRunning = 0;
        var handler = new DelegateMessageHandler<OrderPlaced>(async (message, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            await Task.Delay(50, ct);
            handled.AddOrUpdate(message.Body.OrderId, 1, (_, n) => n + 1);
            Interlocked.Decrement(ref running);
        });
        using var stop = new CancellationTokenSource();
        var consumer = new SqsConsumer<OrderPlaced>(sqs, new SqsConsumerOptions { QueueUrl = queue, MaxConcurrency = 4, WaitTimeSeconds = 1 }, Json.OrderPlaced, handler);
        var run = consumer.RunAsync(stop.Token);

        await TelemetryCapture.WaitUntilAsync(() => handled.Count == 30, TimeSpan.FromSeconds(30), "30 handled messages");
        await TelemetryCapture.WaitUntilAsync(
            () => capture.ActivitiesWithTag(TelemetryAttributes.SqsQueueUrl, queue).Count(a => a.DisplayName == "settle " + queue.Split('/').Last()) == 30,
            TimeSpan.FromSeconds(10),
            "30 deletes");
        stop.Cancel();
        await run;

        Assert.All(handled.Values, n => Assert.Equal(1, n));
        Assert.InRange(maxRunning, 1, 4);
        Assert.Equal(0, await SqsQueues.ApproximateCountAsync(sqs, queue));
        var spans = capture.ActivitiesWithTag(TelemetryAttributes.SqsQueueUrl, queue);
        var sends = spans.Where(s => s.Kind == ActivityKind.Producer).ToDictionary(s => s.SpanId);
        var processes = spans.Where(s => s.Kind == ActivityKind.Consumer).ToList();
        Assert.Equal(30, processes.Count);
        Assert.All(processes, p =>
        {
            Assert.True(sends.ContainsKey(p.ParentSpanId), "the process span is a child of a send span");
            Assert.Equal(sends[p.ParentSpanId].TraceId, p.TraceId);
            Assert.Equal(p.ParentSpanId, Assert.Single(p.Links).Context.SpanId);
            Assert.Null(p.GetTagItem(TelemetryAttributes.RpcSystem));
        });
        var received = capture.MeasurementsOf(TelemetryMetricNames.MessagesReceived, TelemetryAttributes.MessagingDestinationName, queue.Split('/').Last());
        Assert.Equal(30, received.Sum(m => m.Value));
    }

    [Fact]
    public async Task A_handler_slower_than_the_visibility_timeout_keeps_its_message_hidden_and_sees_it_once()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "slow");
        await new SqsMessageSender(sqs).SendAsync(queue, new OrderPlaced("slow", 1), Json.OrderPlaced);
        var calls = 0;
        var finished = new TaskCompletionSource();
        var handler = new DelegateMessageHandler<OrderPlaced>(async (_, ct) =>
        {
            Interlocked.Increment(ref calls);
            await Task.Delay(TimeSpan.FromSeconds(7), ct); // 2.3 visibility timeouts
            finished.TrySetResult();
        });
        using var stop = new CancellationTokenSource();
        var consumer = new SqsConsumer<OrderPlaced>(sqs, new SqsConsumerOptions { QueueUrl = queue, VisibilityTimeoutSeconds = 3, WaitTimeSeconds = 1 }, Json.OrderPlaced, handler);
        var run = consumer.RunAsync(stop.Token);

        // Meanwhile a competing receiver polls: without the extension it would get the message after 3 s.
        var stolen = 0;
        while (!finished.Task.IsCompleted)
        {
            var other = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queue, WaitTimeSeconds = 1 });
            stolen += other.Messages?.Count ?? 0;
        }

        await Task.Delay(500);
        stop.Cancel();
        await run;
        Assert.Equal(0, stolen);
        Assert.Equal(1, calls);
        Assert.Equal(0, await SqsQueues.ApproximateCountAsync(sqs, queue));
    }

    [Fact]
    public async Task Failed_messages_are_left_for_redrive_to_the_dead_letter_queue_while_the_rest_of_the_batch_succeeds()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var deadLetters = await SqsQueues.CreateAsync(sqs, "dlq");
        var redrive = $"{{\"deadLetterTargetArn\":\"{await SqsQueues.ArnAsync(sqs, deadLetters)}\",\"maxReceiveCount\":\"2\"}}";
        var queue = await SqsQueues.CreateAsync(sqs, "work", attributes: new() { ["RedrivePolicy"] = redrive });
        using var capture = new TelemetryCapture();
        var logger = new CapturingLogger();
        await new SqsMessageSender(sqs).SendManyAsync(queue, Enumerable.Range(0, 6).Select(i => new OrderPlaced(i == 3 ? "poison" : "o-" + i, i)), Json.OrderPlaced);
        var poisonCalls = 0;
        var succeeded = new ConcurrentBag<string>();
        var handler = new DelegateMessageHandler<OrderPlaced>((message, _) =>
        {
            if (message.Body.OrderId == "poison")
            {
                Interlocked.Increment(ref poisonCalls);
                throw new InvalidOperationException("cannot handle " + message.Body.OrderId);
            }

            succeeded.Add(message.Body.OrderId);
            return Task.CompletedTask;
        });
        using var stop = new CancellationTokenSource();
        var consumer = new SqsConsumer<OrderPlaced>(
            sqs,
            new SqsConsumerOptions { QueueUrl = queue, WaitTimeSeconds = 1, FailureVisibilityTimeoutSeconds = 0 },
            Json.OrderPlaced,
            handler,
            logger);
        var run = consumer.RunAsync(stop.Token);

        var dead = new List<Message>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (dead.Count == 0 && DateTime.UtcNow < deadline)
        {
            dead.AddRange((await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = deadLetters, WaitTimeSeconds = 1 })).Messages ?? []);
        }

        stop.Cancel();
        await run;
        Assert.Contains("poison", Assert.Single(dead).Body, StringComparison.Ordinal);
        Assert.Equal(2, poisonCalls);
        Assert.Equal(5, succeeded.Distinct().Count());
        Assert.Equal(0, await SqsQueues.ApproximateCountAsync(sqs, queue));
        var failures = capture.MeasurementsOf(TelemetryMetricNames.MessagesFailed, TelemetryAttributes.MessagingDestinationName, queue.Split('/').Last());
        Assert.Equal(2, failures.Sum(f => f.Value));
        Assert.All(failures, f => Assert.Equal(typeof(InvalidOperationException).FullName, f.Tag(TelemetryAttributes.ErrorType)));
        var failedSpans = capture.ActivitiesWithTag(TelemetryAttributes.SqsQueueUrl, queue).Where(a => a.Status == ActivityStatusCode.Error).ToList();
        Assert.Equal(2, failedSpans.Count);
        Assert.All(failedSpans, s => Assert.Equal(ActivityKind.Consumer, s.Kind));

        // Bodies stay out of the logs unless the user opts in.
        Assert.Contains(logger.Entries, e => e.Id.Id == 3011);
        Assert.DoesNotContain("\"Total\"", logger.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_are_logged_only_when_the_user_opts_in()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "logged");
        await new SqsMessageSender(sqs).SendAsync(queue, new OrderPlaced("secret-order", 99, "card 4111"), Json.OrderPlaced);
        var logger = new CapturingLogger();
        var handled = new TaskCompletionSource();
        var handler = new DelegateMessageHandler<OrderPlaced>((_, _) =>
        {
            handled.TrySetResult();
            throw new InvalidOperationException("boom");
        });
        using var stop = new CancellationTokenSource();
        var run = new SqsConsumer<OrderPlaced>(sqs, new SqsConsumerOptions { QueueUrl = queue, WaitTimeSeconds = 1, LogMessageContent = true }, Json.OrderPlaced, handler, logger).RunAsync(stop.Token);
        await handled.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await TelemetryCapture.WaitUntilAsync(() => logger.Entries.Any(e => e.Id.Id == 3012), TimeSpan.FromSeconds(5), "the failure log");
        stop.Cancel();
        await run;

        Assert.Contains("card 4111", logger.Entries.Single(e => e.Id.Id == 3012).Text, StringComparison.Ordinal);
        Assert.Contains(logger.Entries, e => e.Id.Id == 3014 && e.Text.Contains("secret-order", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_that_is_not_valid_json_fails_with_a_typed_error_and_is_not_deleted()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "badjson");
        await sqs.SendMessageAsync(queue, "{not json");
        using var capture = new TelemetryCapture();
        var calls = 0;
        var handler = new DelegateMessageHandler<OrderPlaced>((_, _) => { Interlocked.Increment(ref calls); return Task.CompletedTask; });
        using var stop = new CancellationTokenSource();
        var run = new SqsConsumer<OrderPlaced>(sqs, new SqsConsumerOptions { QueueUrl = queue, WaitTimeSeconds = 1, VisibilityTimeoutSeconds = 30 }, Json.OrderPlaced, handler).RunAsync(stop.Token);
        await TelemetryCapture.WaitUntilAsync(() => capture.ActivitiesWithTag(TelemetryAttributes.SqsQueueUrl, queue).Any(a => a.Kind == ActivityKind.Consumer), TimeSpan.FromSeconds(15), "the process span");
        stop.Cancel();
        await run;

        Assert.Equal(0, calls);
        var span = capture.ActivitiesWithTag(TelemetryAttributes.SqsQueueUrl, queue).Single(a => a.Kind == ActivityKind.Consumer);
        Assert.Equal(typeof(MessageBodyException).FullName, span.GetTagItem(TelemetryAttributes.ErrorType));
        Assert.Equal(1, await SqsQueues.ApproximateCountAsync(sqs, queue)); // in flight, not deleted
    }

    [Fact]
    public async Task Bodies_not_json_half_empty_or_with_a_repeated_property_go_to_the_dead_letter_queue_and_are_logged_by_path_only()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var deadLetters = await SqsQueues.CreateAsync(sqs, "strictdlq");
        var redrive = $"{{\"deadLetterTargetArn\":\"{await SqsQueues.ArnAsync(sqs, deadLetters)}\",\"maxReceiveCount\":\"1\"}}";
        var queue = await SqsQueues.CreateAsync(sqs, "strict", attributes: new() { ["RedrivePolicy"] = redrive });
        using var capture = new TelemetryCapture();
        var logger = new CapturingLogger();
        await sqs.SendMessageAsync(queue, "not json SECRET-RAW");
        await sqs.SendMessageAsync(queue, "{}");
        await sqs.SendMessageAsync(queue, "{\"OrderId\":\"SECRET-A\",\"Total\":1,\"OrderId\":\"SECRET-B\"}");
        await new SqsMessageSender(sqs).SendAsync(queue, new OrderPlaced("good", 1), Json.OrderPlaced);
        var handled = new ConcurrentQueue<string>();
        var handler = new DelegateMessageHandler<OrderPlaced>((m, _) => { handled.Enqueue(m.Body.OrderId); return Task.CompletedTask; });
        using var stop = new CancellationTokenSource();
        var run = new SqsConsumer<OrderPlaced>(sqs, new SqsConsumerOptions { QueueUrl = queue, WaitTimeSeconds = 1, FailureVisibilityTimeoutSeconds = 0 }, Json.OrderPlaced, handler, logger).RunAsync(stop.Token);

        var dead = await SqsQueues.DrainAsync(sqs, deadLetters, 3, TimeSpan.FromSeconds(30));
        stop.Cancel();
        await run;

        Assert.Equal(["good"], handled);
        Assert.Equal(3, dead.Count);
        var failures = logger.Entries.Where(e => e.Id.Id == 3011).Select(e => e.Text).ToList();
        Assert.Contains(failures, f => f.Contains("not valid JSON at $ (line 1, byte offset 1)", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("$.OrderId is null or missing", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("property $.OrderId appears twice", StringComparison.Ordinal));
        Assert.DoesNotContain("SECRET", logger.AllText, StringComparison.Ordinal);
        var spans = capture.ActivitiesWithTag(TelemetryAttributes.SqsQueueUrl, queue).Where(a => a.Kind == ActivityKind.Consumer && a.Status == ActivityStatusCode.Error).ToList();
        Assert.Equal(3, spans.Count);
        Assert.All(spans, s => Assert.DoesNotContain("SECRET", s.StatusDescription ?? string.Empty, StringComparison.Ordinal));
        Assert.All(spans.SelectMany(s => s.Events).SelectMany(e => e.Tags), tag => Assert.DoesNotContain("SECRET", tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_lets_handlers_in_flight_finish_and_delete_their_message_but_receives_nothing_new()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "graceful");
        await new SqsMessageSender(sqs).SendAsync(queue, new OrderPlaced("first", 1), Json.OrderPlaced);
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var completed = 0;
        var sawCancellation = false;
        var handler = new DelegateMessageHandler<OrderPlaced>(async (_, ct) =>
        {
            started.TrySetResult();
            await release.Task;
            sawCancellation = ct.IsCancellationRequested;
            Interlocked.Increment(ref completed);
        });
        var logger = new CapturingLogger();
        using var stop = new CancellationTokenSource();
        var run = new SqsConsumer<OrderPlaced>(sqs, new SqsConsumerOptions { QueueUrl = queue, WaitTimeSeconds = 1, MaxConcurrency = 1 }, Json.OrderPlaced, handler, logger, new FakeTimeProvider()).RunAsync(stop.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await new SqsMessageSender(sqs).SendAsync(queue, new OrderPlaced("second", 2), Json.OrderPlaced);
        stop.Cancel();

        // The handler finishes only once the consumer is stopping (event 3018): it is in flight during the stop.
        await TelemetryCapture.WaitUntilAsync(() => logger.Entries.Any(e => e.Id.Id == 3018), TimeSpan.FromSeconds(10), "the stopping log");
        release.SetResult();
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, completed);
        Assert.False(sawCancellation);
        var left = await SqsQueues.DrainAsync(sqs, queue, 1, TimeSpan.FromSeconds(3));
        Assert.Contains("second", Assert.Single(left).Body, StringComparison.Ordinal); // the first was deleted, the second never received
    }

    [Fact]
    public async Task Handlers_still_running_after_the_shutdown_timeout_are_cancelled()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "timeout");
        await new SqsMessageSender(sqs).SendAsync(queue, new OrderPlaced("stuck", 1), Json.OrderPlaced);
        var started = new TaskCompletionSource();
        var handler = new DelegateMessageHandler<OrderPlaced>(async (_, ct) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        using var stop = new CancellationTokenSource();
        var clock = new FakeTimeProvider();
        var logger = new CapturingLogger();
        var run = new SqsConsumer<OrderPlaced>(sqs, new SqsConsumerOptions { QueueUrl = queue, WaitTimeSeconds = 1, ShutdownTimeout = TimeSpan.FromSeconds(30) }, Json.OrderPlaced, handler, logger, clock).RunAsync(stop.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(15));
        stop.Cancel();
        await TelemetryCapture.WaitUntilAsync(() => logger.Entries.Any(e => e.Id.Id == 3018), TimeSpan.FromSeconds(10), "the stopping log");

        // Short of the shutdown timeout the handler keeps running; at the timeout it is cancelled.
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(run.IsCompleted);
        Assert.DoesNotContain(logger.Entries, e => e.Id.Id == 3019);
        clock.Advance(TimeSpan.FromSeconds(1));
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains(logger.Entries, e => e.Id.Id == 3019);
        Assert.Equal(1, await SqsQueues.ApproximateCountAsync(sqs, queue)); // cancelled, so not deleted
    }

    [Fact]
    public async Task Messages_of_one_fifo_group_are_handled_in_order()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "ordered", fifo: true);
        var messages = Enumerable.Range(0, 8).Select(i => new OutgoingMessage<OrderPlaced>(new OrderPlaced("o-" + i, i)) { GroupId = i % 2 == 0 ? "even" : "odd", DeduplicationId = "d-" + i });
        await new SqsMessageSender(sqs).SendManyAsync(queue, messages, Json.OrderPlaced);
        var seen = new ConcurrentQueue<(string Group, int Value)>();
        var handler = new DelegateMessageHandler<OrderPlaced>(async (m, ct) =>
        {
            // Later messages of a group finish sooner when run concurrently: only ordering keeps them in order.
            await Task.Delay(40 - (5 * (int)m.Body.Total), ct);
            seen.Enqueue((m.GroupId!, (int)m.Body.Total));
        });
        using var stop = new CancellationTokenSource();
        var run = new SqsConsumer<OrderPlaced>(sqs, new SqsConsumerOptions { QueueUrl = queue, WaitTimeSeconds = 1, MaxConcurrency = 8 }, Json.OrderPlaced, handler).RunAsync(stop.Token);
        await TelemetryCapture.WaitUntilAsync(() => seen.Count == 8, TimeSpan.FromSeconds(20), "8 messages");
        stop.Cancel();
        await run;

        Assert.Equal([0, 2, 4, 6], seen.Where(s => s.Group == "even").Select(s => s.Value));
        Assert.Equal([1, 3, 5, 7], seen.Where(s => s.Group == "odd").Select(s => s.Value));
    }

    [Fact]
    public void Options_out_of_range_are_rejected_with_the_setting_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SqsConsumerOptions { QueueUrl = "http://q/1/x", MaxMessagesPerReceive = 11 }.Validate());
        Assert.Contains("MaxMessagesPerReceive", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentException>(() => new SqsConsumerOptions().Validate());
        Assert.Contains("QueueUrl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_handled_but_not_deleted_is_delivered_again_and_not_reported_as_a_handler_failure()
    {
        var server = await SharedServers.FauxqsAsync();
        using var injector = new SqsBatchFaultInjector();
        using var sqs = injector.CreateClient(server.CreateSqsConfig());
        var queue = await SqsQueues.CreateAsync(sqs, "nodelete");
        await new SqsMessageSender(sqs).SendAsync(queue, new OrderPlaced("again", 1), Json.OrderPlaced);
        var deletes = 0;
        injector.FailRequest = (action, _) => action == "DeleteMessage" && Interlocked.Increment(ref deletes) <= 3; // the first delete (and the SDK's 2 retries) fail
        var deliveries = new ConcurrentQueue<int>();
        var logger = new CapturingLogger();
        var handler = new DelegateMessageHandler<OrderPlaced>((m, _) => { deliveries.Enqueue(m.ReceiveCount); return Task.CompletedTask; });
        using var stop = new CancellationTokenSource();
        var run = new SqsConsumer<OrderPlaced>(sqs, new SqsConsumerOptions { QueueUrl = queue, WaitTimeSeconds = 1, VisibilityTimeoutSeconds = 1 }, Json.OrderPlaced, handler, logger).RunAsync(stop.Token);
        await TelemetryCapture.WaitUntilAsync(() => deliveries.Count == 2 && logger.Entries.Any(e => e.Id.Id == 3013), TimeSpan.FromSeconds(20), "a second delivery, then a delete");
        stop.Cancel();
        await run;

        Assert.Equal([1, 2], deliveries);
        Assert.Contains(logger.Entries, e => e.Id.Id == 3017);
        Assert.DoesNotContain(logger.Entries, e => e.Id.Id == 3011);
        Assert.Equal(0, await SqsQueues.ApproximateCountAsync(sqs, queue));
    }

    [Fact]
    public async Task Receive_errors_are_logged_and_retried_with_backoff_until_stopped()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var missing = server.ServiceUrl + "000000000000/no-such-queue-" + Guid.NewGuid().ToString("N")[..8];
        var logger = new CapturingLogger();
        var handler = new DelegateMessageHandler<OrderPlaced>((_, _) => Task.CompletedTask);
        using var stop = new CancellationTokenSource();
        var clock = new FakeTimeProvider();
        var jitter = new Random(7);
        var expected = new Random(7);
        var options = new SqsConsumerOptions { QueueUrl = missing, WaitTimeSeconds = 1, ReceiveErrorDelay = TimeSpan.FromSeconds(1) };
        var run = new SqsConsumer<OrderPlaced>(sqs, options, Json.OrderPlaced, handler, logger, clock, jitter.NextDouble).RunAsync(stop.Token);

        // Each failed receive waits on the fake clock: full jitter below 1, 2, 4 s, from the seeded source.
        for (var failure = 1; failure <= 3; failure++)
        {
            await TelemetryCapture.WaitUntilAsync(() => logger.Entries.Count(e => e.Id.Id == 3016) >= failure, TimeSpan.FromSeconds(20), $"failed receive {failure}");
            var delay = TimeSpan.FromMilliseconds(expected.NextDouble() * (1000 * Math.Pow(2, failure - 1)));
            Assert.Contains("Delay=" + delay, logger.Entries.Where(e => e.Id.Id == 3016).Last().Text, StringComparison.Ordinal);
            Assert.Equal(failure, logger.Entries.Count(e => e.Id.Id == 3016)); // no other receive before the clock moves
            clock.Advance(delay);
        }

        stop.Cancel();
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("no-such-queue", logger.Entries.First(e => e.Id.Id == 3016).Text, StringComparison.Ordinal);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
