using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Amazon.SQS.Model;
using Boto3Assist.Messaging;
using Boto3Assist.Observability;
using Boto3Assist.Runtime.Tests.Infrastructure;

namespace Boto3Assist.Runtime.Tests.Messaging;

public sealed class SqsMessageSenderTests
{
    private static readonly MessagingJsonContext Json = MessagingJsonContext.Default;

    [Fact]
    public async Task Sends_one_typed_message_with_attributes_and_trace_context()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "single");
        using var capture = new TelemetryCapture();
        var sender = new SqsMessageSender(sqs);

        var sent = await sender.SendAsync(queue, new OutgoingMessage<OrderPlaced>(new OrderPlaced("o-1", 12.5m))
        {
            Attributes = new Dictionary<string, MessageAttributeValue> { ["tenant"] = new() { DataType = "String", StringValue = "acme" } },
        }, Json.OrderPlaced);

        var message = Assert.Single(await SqsQueues.DrainAsync(sqs, queue, 1));
        Assert.Equal(sent.MessageId, message.MessageId);
        Assert.Equal(new OrderPlaced("o-1", 12.5m), JsonSerializer.Deserialize(message.Body, Json.OrderPlaced));
        Assert.Equal("acme", message.MessageAttributes["tenant"].StringValue);
        var span = Assert.Single(capture.ActivitiesWithTag(TelemetryAttributes.SqsQueueUrl, queue));
        Assert.Equal(ActivityKind.Producer, span.Kind);
        Assert.Equal("aws_sqs", span.GetTagItem(TelemetryAttributes.MessagingSystem));
        Assert.Equal("send " + queue.Split('/').Last(), span.DisplayName);
        Assert.Equal(span.Id, message.MessageAttributes["traceparent"].StringValue);
        var sentCount = Assert.Single(capture.MeasurementsOf(TelemetryMetricNames.MessagesSent, TelemetryAttributes.MessagingDestinationName, queue.Split('/').Last()));
        Assert.Equal(1, sentCount.Value);
    }

    [Fact]
    public async Task Sends_any_number_in_batches_of_ten_in_input_order()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "many");
        using var capture = new TelemetryCapture();
        var sender = new SqsMessageSender(sqs);

        var orders = Enumerable.Range(0, 25).Select(i => new OrderPlaced("o-" + i, i)).ToList();
        var sent = await sender.SendManyAsync(queue, orders, Json.OrderPlaced);

        Assert.Equal(Enumerable.Range(0, 25), sent.Select(s => s.Index));
        Assert.Equal(25, sent.Select(s => s.MessageId).Distinct().Count());
        var received = await SqsQueues.DrainAsync(sqs, queue, 25);
        Assert.Equal(orders.Select(o => o.OrderId).Order(), received.Select(m => JsonSerializer.Deserialize(m.Body, Json.OrderPlaced)!.OrderId).Order());
        var batchSpans = capture.ActivitiesWithTag(TelemetryAttributes.SqsQueueUrl, queue).Where(a => (string?)a.GetTagItem(TelemetryAttributes.RpcMethod) == "SendMessageBatch").ToList();
        Assert.Equal([10, 10, 5], batchSpans.Select(s => (int?)s.GetTagItem(TelemetryAttributes.MessagingBatchMessageCount) ?? 1).Order().Reverse());
    }

    [Fact]
    public async Task Splits_batches_by_total_bytes_as_well_as_count()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "bytes");
        using var capture = new TelemetryCapture();
        var sender = new SqsMessageSender(sqs, new SqsSenderOptions { MaxMessageBytes = 10_000, PropagateTraceContext = false });

        // Each message is ~3 KB: three fit in 10,000 bytes, a fourth does not.
        var orders = Enumerable.Range(0, 7).Select(i => new OrderPlaced("o-" + i, i, new string('n', 3000))).ToList();
        await sender.SendManyAsync(queue, orders, Json.OrderPlaced);

        Assert.Equal(7, (await SqsQueues.DrainAsync(sqs, queue, 7)).Count);
        var batchSizes = capture.ActivitiesWithTag(TelemetryAttributes.SqsQueueUrl, queue).Select(s => (int?)s.GetTagItem(TelemetryAttributes.MessagingBatchMessageCount) ?? 1).Order().ToList();
        Assert.Equal([1, 3, 3], batchSizes);
    }

    [Fact]
    public async Task A_message_over_the_limit_fails_before_anything_is_sent()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "toolarge");
        var sender = new SqsMessageSender(sqs);

        var orders = new[] { new OrderPlaced("small", 1), new OrderPlaced("big", 2, new string('x', 1_048_576)) };
        var ex = await Assert.ThrowsAsync<SqsMessageTooLargeException>(() => sender.SendManyAsync(queue, orders, Json.OrderPlaced));

        Assert.Equal(1, ex.Index);
        Assert.Equal(1_048_576, ex.Limit);
        Assert.Contains("OrderPlaced", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, await SqsQueues.ApproximateCountAsync(sqs, queue));
    }

    [Fact]
    public async Task The_default_limit_accepts_messages_between_256_KiB_and_1_MiB()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "big");
        var sender = new SqsMessageSender(sqs);

        var orders = Enumerable.Range(0, 3).Select(i => new OrderPlaced("big-" + i, i, new string('x', 600_000))).ToList();
        var sent = await sender.SendManyAsync(queue, orders, Json.OrderPlaced);

        Assert.Equal(3, sent.Count);
        Assert.Equal(3, (await SqsQueues.DrainAsync(sqs, queue, 3)).Count);
    }

    [Fact]
    public async Task Fifo_group_and_deduplication_ids_are_honoured()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "orders", fifo: true);
        var sender = new SqsMessageSender(sqs);

        var messages = new[]
        {
            new OutgoingMessage<OrderPlaced>(new OrderPlaced("o-1", 1)) { GroupId = "customer-1", DeduplicationId = "o-1" },
            new OutgoingMessage<OrderPlaced>(new OrderPlaced("o-1", 1)) { GroupId = "customer-1", DeduplicationId = "o-1" },
            new OutgoingMessage<OrderPlaced>(new OrderPlaced("o-2", 2)) { GroupId = "customer-1", DeduplicationId = "o-2" },
        };
        var sent = await sender.SendManyAsync(queue, messages, Json.OrderPlaced);

        Assert.All(sent, s => Assert.False(string.IsNullOrEmpty(s.SequenceNumber)));
        var received = await SqsQueues.DrainAsync(sqs, queue, 3, TimeSpan.FromSeconds(4));
        Assert.Equal(["o-1", "o-2"], received.Select(m => JsonSerializer.Deserialize(m.Body, Json.OrderPlaced)!.OrderId));
        Assert.All(received, m => Assert.Equal("customer-1", m.Attributes["MessageGroupId"]));
    }

    [Fact]
    public async Task Delay_hides_the_message_until_it_passes()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "delay");
        var sender = new SqsMessageSender(sqs);

        await sender.SendManyAsync(queue, [new OutgoingMessage<OrderPlaced>(new OrderPlaced("late", 1)) { Delay = TimeSpan.FromSeconds(2) }], Json.OrderPlaced);
        var early = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queue, WaitTimeSeconds = 0 });
        Assert.Empty(early.Messages ?? []);
        var late = Assert.Single(await SqsQueues.DrainAsync(sqs, queue, 1, TimeSpan.FromSeconds(10)));

        // Measured by the server's own clock (sent and first-received timestamps), not the test machine's.
        var hidden = long.Parse(late.Attributes["ApproximateFirstReceiveTimestamp"], CultureInfo.InvariantCulture) - long.Parse(late.Attributes["SentTimestamp"], CultureInfo.InvariantCulture);
        Assert.True(hidden >= 2000, $"received {hidden} ms after it was sent");
    }

    [Fact]
    public async Task Entries_failed_on_the_server_side_are_retried_with_backoff_and_then_sent()
    {
        var server = await SharedServers.FauxqsAsync();
        using var injector = new SqsBatchFaultInjector();
        using var sqs = injector.CreateClient(server.CreateSqsConfig());
        var queue = await SqsQueues.CreateAsync(sqs, "retry");
        // The entries for o-3 and o-7 fail server-side on the first attempt only.
        injector.FailEntry = (call, body) => call == 1 && (body.Contains("\"o-3\"") || body.Contains("\"o-7\"")) ? ("InternalError", false) : null;
        using var capture = new TelemetryCapture();
        var sender = new SqsMessageSender(sqs, new SqsSenderOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(10) });

        var sent = await sender.SendManyAsync(queue, Enumerable.Range(0, 10).Select(i => new OrderPlaced("o-" + i, i)), Json.OrderPlaced);

        Assert.Equal(10, sent.Count);
        Assert.Equal(2, injector.BatchCalls);
        Assert.Equal(10, (await SqsQueues.DrainAsync(sqs, queue, 10)).Count);
        var retry = Assert.Single(capture.MeasurementsOf(TelemetryMetricNames.Retries, TelemetryAttributes.MessagingDestinationName, queue.Split('/').Last()));
        Assert.Equal("InternalError", retry.Tag(TelemetryAttributes.RetryReason));
    }

    [Fact]
    public async Task Entries_that_keep_failing_are_listed_in_a_typed_exception_after_bounded_retries()
    {
        var server = await SharedServers.FauxqsAsync();
        using var injector = new SqsBatchFaultInjector();
        using var sqs = injector.CreateClient(server.CreateSqsConfig());
        var queue = await SqsQueues.CreateAsync(sqs, "giveup");
        injector.FailEntry = (_, body) => body.Contains("\"o-12\"") ? ("ServiceUnavailable", false)
            : body.Contains("\"o-4\"") ? ("InvalidMessageContents", true)
            : null;
        var sender = new SqsMessageSender(sqs, new SqsSenderOptions { MaxEntryRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(5) });

        var ex = await Assert.ThrowsAsync<SqsSendException>(() => sender.SendManyAsync(queue, Enumerable.Range(0, 15).Select(i => new OrderPlaced("o-" + i, i)), Json.OrderPlaced));

        Assert.Equal([4, 12], ex.Failed.Select(f => f.Index));
        Assert.Equal(new FailedMessage(4, "InvalidMessageContents", "injected", true, 1), ex.Failed[0]);
        Assert.Equal(new FailedMessage(12, "ServiceUnavailable", "injected", false, 3), ex.Failed[1]);
        Assert.Equal(13, ex.Sent.Count);
        Assert.DoesNotContain(ex.Sent, s => s.Index is 4 or 12);
        Assert.Equal(13, (await SqsQueues.DrainAsync(sqs, queue, 13)).Count);
        Assert.Contains("2 of 15", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_request_that_fails_as_a_whole_marks_its_entries_failed_and_keeps_the_others()
    {
        var server = await SharedServers.FauxqsAsync();
        using var injector = new SqsBatchFaultInjector();
        using var sqs = injector.CreateClient(server.CreateSqsConfig());
        var queue = await SqsQueues.CreateAsync(sqs, "wholefail");
        injector.FailRequest = (action, json) => action == "SendMessageBatch" && json.Contains("o-12", StringComparison.Ordinal);
        var sender = new SqsMessageSender(sqs, new SqsSenderOptions { MaxParallelBatches = 1 });

        var ex = await Assert.ThrowsAsync<SqsSendException>(() => sender.SendManyAsync(queue, Enumerable.Range(0, 15).Select(i => new OrderPlaced("o-" + i, i)), Json.OrderPlaced));

        Assert.Equal(Enumerable.Range(10, 5), ex.Failed.Select(f => f.Index));
        Assert.All(ex.Failed, f => Assert.Equal("InternalError", f.Code));
        Assert.Equal(Enumerable.Range(0, 10), ex.Sent.Select(s => s.Index));
        Assert.Equal("InternalError", Assert.IsType<Amazon.SQS.AmazonSQSException>(ex.InnerException).ErrorCode);
        Assert.Equal(10, (await SqsQueues.DrainAsync(sqs, queue, 10)).Count);
    }

    [Fact]
    public void Sender_options_out_of_range_are_rejected_with_the_setting_named()
    {
        using var sqs = new Amazon.SQS.AmazonSQSClient(new Amazon.Runtime.BasicAWSCredentials("a", "b"), new Amazon.SQS.AmazonSQSConfig { ServiceURL = "http://127.0.0.1:1" });
        var ex = Assert.Throws<ArgumentException>(() => new SqsMessageSender(sqs, new SqsSenderOptions { MaxMessageBytes = 10 }));
        Assert.Contains("MaxMessageBytes", ex.Message, StringComparison.Ordinal);
    }
}
