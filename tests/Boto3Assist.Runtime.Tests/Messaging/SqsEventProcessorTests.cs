using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Amazon.SQS.Model;
using Boto3Assist.Messaging;
using Boto3Assist.Observability;
using Boto3Assist.Runtime.Tests.Infrastructure;

namespace Boto3Assist.Runtime.Tests.Messaging;

public sealed class SqsEventProcessorTests
{
    private static readonly MessagingJsonContext Json = MessagingJsonContext.Default;

    // The shape of the example event in the AWS Lambda developer guide ("Using Lambda with Amazon SQS").
    private const string DocumentedEvent = """
        {
          "Records": [
            {
              "messageId": "059f36b4-87a3-44ab-83d2-661975830a7d",
              "receiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...",
              "body": "{\"OrderId\":\"o-1\",\"Total\":10.5}",
              "attributes": {
                "ApproximateReceiveCount": "2",
                "SentTimestamp": "1545082649183",
                "SenderId": "AIDAIENQZJOLO23YVJ4VO",
                "ApproximateFirstReceiveTimestamp": "1545082649185"
              },
              "messageAttributes": {
                "tenant": { "stringValue": "acme", "stringListValues": [], "binaryListValues": [], "dataType": "String" },
                "blob": { "binaryValue": "AQID", "stringListValues": [], "binaryListValues": [], "dataType": "Binary" }
              },
              "md5OfBody": "e4e68fb7bd0e697a0ae8f1bb342846b3",
              "eventSource": "aws:sqs",
              "eventSourceARN": "arn:aws:sqs:us-east-2:123456789012:my-queue",
              "awsRegion": "us-east-2"
            },
            {
              "messageId": "2e1424d4-f796-459a-8184-9c92662be6da",
              "receiptHandle": "AQEBzWwaftRI0KuVm4tP+/7q1rGgNqicHq...",
              "body": "{\"OrderId\":\"poison\",\"Total\":0}",
              "attributes": { "ApproximateReceiveCount": "1", "SentTimestamp": "1545082650636" },
              "messageAttributes": {},
              "md5OfBody": "e4e68fb7bd0e697a0ae8f1bb342846b3",
              "eventSource": "aws:sqs",
              "eventSourceARN": "arn:aws:sqs:us-east-2:123456789012:my-queue",
              "awsRegion": "us-east-2"
            },
            {
              "messageId": "bad-json-id",
              "receiptHandle": "AQEB...",
              "body": "not json",
              "attributes": {},
              "messageAttributes": {},
              "eventSource": "aws:sqs",
              "eventSourceARN": "arn:aws:sqs:us-east-2:123456789012:my-queue",
              "awsRegion": "us-east-2"
            }
          ]
        }
        """;

    [Fact]
    public void Parses_every_field_of_a_documented_event()
    {
        var sqsEvent = SqsEvent.Parse(DocumentedEvent);

        Assert.Equal(3, sqsEvent.Records.Count);
        var first = sqsEvent.Records[0];
        Assert.Equal("059f36b4-87a3-44ab-83d2-661975830a7d", first.MessageId);
        Assert.Equal("AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...", first.ReceiptHandle);
        Assert.Equal("{\"OrderId\":\"o-1\",\"Total\":10.5}", first.Body);
        Assert.Equal("2", first.Attributes["ApproximateReceiveCount"]);
        Assert.Equal("acme", first.MessageAttributes["tenant"].StringValue);
        Assert.Equal([1, 2, 3], first.MessageAttributes["blob"].BinaryValue.ToArray());
        Assert.Equal("Binary", first.MessageAttributes["blob"].DataType);
        Assert.Equal("arn:aws:sqs:us-east-2:123456789012:my-queue", first.EventSourceArn);
        Assert.Equal("my-queue", first.QueueName);
        Assert.Equal("us-east-2", first.AwsRegion);
        Assert.Equal("aws:sqs", first.EventSource);
        Assert.False(first.IsFifo);
    }

    [Fact]
    public async Task Reports_only_the_failed_records_as_batch_item_failures()
    {
        var handled = new List<SqsReceivedMessage<OrderPlaced>>();
        var handler = new DelegateMessageHandler<OrderPlaced>((m, _) =>
        {
            if (m.Body.OrderId == "poison")
            {
                throw new InvalidOperationException("poison");
            }

            lock (handled) { handled.Add(m); }
            return Task.CompletedTask;
        });

        var response = await SqsEventProcessor.ProcessAsync(SqsEvent.Parse(DocumentedEvent), Json.OrderPlaced, handler);

        Assert.Equal(["2e1424d4-f796-459a-8184-9c92662be6da", "bad-json-id"], response.FailedMessageIds);
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"2e1424d4-f796-459a-8184-9c92662be6da"},{"itemIdentifier":"bad-json-id"}]}""", response.ToJson());
        var message = Assert.Single(handled);
        Assert.Equal(new OrderPlaced("o-1", 10.5m), message.Body);
        Assert.Equal(2, message.ReceiveCount);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1545082649183), message.SentAt);
    }

    [Fact]
    public async Task An_all_successful_batch_returns_an_empty_failure_list()
    {
        var json = DocumentedEvent.Replace("poison", "o-2").Replace("\"not json\"", "\"{\\\"OrderId\\\":\\\"o-3\\\",\\\"Total\\\":3}\"");
        var response = await SqsEventProcessor.ProcessAsync(SqsEvent.Parse(json), Json.OrderPlaced, new DelegateMessageHandler<OrderPlaced>((_, _) => Task.CompletedTask));

        Assert.Empty(response.FailedMessageIds);
        Assert.Equal("""{"batchItemFailures":[]}""", response.ToJson());
    }

    [Fact]
    public async Task Fifo_records_stop_at_the_first_failure_and_report_the_rest_unprocessed()
    {
        var records = Enumerable.Range(0, 4).Select(i => $$"""
            {"messageId":"m{{i}}","receiptHandle":"r{{i}}","body":"{\"OrderId\":\"o-{{i}}\",\"Total\":{{i}}}",
             "attributes":{"MessageGroupId":"g"},"messageAttributes":{},"eventSource":"aws:sqs",
             "eventSourceARN":"arn:aws:sqs:us-east-1:123456789012:orders.fifo","awsRegion":"us-east-1"}
            """);
        var sqsEvent = SqsEvent.Parse("{\"Records\":[" + string.Join(',', records) + "]}");
        var seen = new List<string>();
        var handler = new DelegateMessageHandler<OrderPlaced>((m, _) =>
        {
            seen.Add(m.Body.OrderId);
            return m.Body.OrderId == "o-1" ? throw new InvalidOperationException("fails") : Task.CompletedTask;
        });

        var response = await SqsEventProcessor.ProcessAsync(sqsEvent, Json.OrderPlaced, handler);

        Assert.True(sqsEvent.Records[0].IsFifo);
        Assert.Equal(["o-0", "o-1"], seen);
        Assert.Equal(["m1", "m2", "m3"], response.FailedMessageIds);
    }

    [Fact]
    public async Task The_trace_context_of_a_real_sent_message_makes_the_lambda_span_a_child_of_the_sender()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "lambda");
        using var capture = new TelemetryCapture();
        await new SqsMessageSender(sqs).SendAsync(queue, new OrderPlaced("traced", 5), Json.OrderPlaced);
        var message = Assert.Single(await SqsQueues.DrainAsync(sqs, queue, 1));
        var arn = await SqsQueues.ArnAsync(sqs, queue);

        // What Lambda would deliver for this message, written with the same field names Lambda uses.
        var eventJson = LambdaEventFor(message, arn);
        var handled = 0;
        var response = await SqsEventProcessor.ProcessAsync(SqsEvent.Parse(eventJson), Json.OrderPlaced, new DelegateMessageHandler<OrderPlaced>((m, _) =>
        {
            Assert.Equal("traced", m.Body.OrderId);
            handled++;
            return Task.CompletedTask;
        }));

        Assert.Empty(response.FailedMessageIds);
        Assert.Equal(1, handled);
        var send = capture.ActivitiesWithTag(TelemetryAttributes.SqsQueueUrl, queue).Single(a => a.Kind == ActivityKind.Producer);
        var process = capture.ActivitiesWithTag(TelemetryAttributes.CloudResourceId, arn).Single(a => a.Kind == ActivityKind.Consumer);
        Assert.Equal(send.TraceId, process.TraceId);
        Assert.Equal(send.SpanId, process.ParentSpanId);
        Assert.Equal(queue.Split('/').Last(), process.GetTagItem(TelemetryAttributes.MessagingDestinationName));
    }

    [Fact]
    public async Task Standard_queue_records_run_concurrently_up_to_the_limit()
    {
        var records = Enumerable.Range(0, 12).Select(i => $$$"""
            {"messageId":"m{{{i}}}","receiptHandle":"r","body":"{\"OrderId\":\"o-{{{i}}}\",\"Total\":1}","eventSourceARN":"arn:aws:sqs:us-east-1:123456789012:orders"}
            """);
        var sqsEvent = SqsEvent.Parse("{\"Records\":[" + string.Join(',', records) + "]}");
        var running = 0;
        var peak = 0;
        var threeRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateMessageHandler<OrderPlaced>(async (_, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            lock (sqsEvent) { peak = Math.Max(peak, now); }
            if (now == 3)
            {
                threeRunning.TrySetResult();
            }

            // No handler finishes before three run at once (a timeout, not a hang, if they never do).
            await threeRunning.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            Interlocked.Decrement(ref running);
        });

        var response = await SqsEventProcessor.ProcessAsync(sqsEvent, Json.OrderPlaced, handler, new SqsEventProcessorOptions { MaxConcurrency = 3 });

        Assert.Empty(response.FailedMessageIds);
        Assert.Equal(3, peak);
    }

    [Theory]
    [InlineData("{}", "$.OrderId is null or missing, but 'OrderId' is not nullable")]
    [InlineData("{\"OrderId\":null,\"Total\":1}", "$.OrderId is null or missing")]
    [InlineData("{\"OrderId\":\"a\",\"Total\":1,\"OrderId\":\"b\"}", "property $.OrderId appears twice")]
    [InlineData("{\"OrderId\":\"a\",\"Total\":1,\"Extra\":{\"x\":1,\"x\":2}}", "property $.Extra.x appears twice")]
    [InlineData("not json SECRET-RAW", "not valid JSON at $ (line 1, byte offset 1)")]
    [InlineData("{\"OrderId\":\"a\",\"Total\":\"SECRET\"}", "does not fit the type at $.Total")]
    public async Task Bodies_that_are_not_json_leave_members_null_or_repeat_a_property_fail_by_path_without_the_body(string body, string reason)
    {
        var record = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["messageId"] = "m1",
            ["receiptHandle"] = "r",
            ["body"] = body,
            ["eventSourceARN"] = "arn:aws:sqs:us-east-1:123456789012:orders",
        });
        var calls = 0;
        var logger = new CapturingLogger();
        using var capture = new TelemetryCapture();

        var response = await SqsEventProcessor.ProcessAsync(
            SqsEvent.Parse("{\"Records\":[" + record + "]}"),
            Json.OrderPlaced,
            new DelegateMessageHandler<OrderPlaced>((_, _) => { Interlocked.Increment(ref calls); return Task.CompletedTask; }),
            logger: logger);

        Assert.Equal(0, calls);
        Assert.Equal("m1", Assert.Single(response.FailedMessageIds)); // to the dead-letter path
        var log = Assert.Single(logger.Entries, e => e.Id.Id == 3011).Text;
        Assert.True(log.Contains(reason, StringComparison.Ordinal), log);
        Assert.DoesNotContain("SECRET", logger.AllText, StringComparison.Ordinal);
        var span = capture.Activities.Single(a => a.Kind == ActivityKind.Consumer && (string?)a.GetTagItem(TelemetryAttributes.MessagingMessageId) == "m1");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Contains(reason, span.StatusDescription, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", span.StatusDescription, StringComparison.Ordinal);
        Assert.All(span.Events.SelectMany(e => e.Tags), tag => Assert.DoesNotContain("SECRET", tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[]", "no \"Records\" array")]
    [InlineData("{\"Records\":[{\"receiptHandle\":\"r\",\"body\":\"b\"}]}", "Records[0] of the SQS event has no string \"messageId\"")]
    [InlineData("{\"Records\":[{\"messageId\":\"m\",\"receiptHandle\":\"r\",\"body\":\"b\",\"messageAttributes\":{\"a\":{\"binaryValue\":\"***\"}}}]}", "messageAttributes.a.binaryValue")]
    [InlineData("{\"Records\":", "not valid JSON")]
    public void Malformed_events_fail_with_a_typed_error_naming_the_problem(string json, string expected)
    {
        var ex = Assert.Throws<SqsEventFormatException>(() => SqsEvent.Parse(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parses_from_a_stream()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(DocumentedEvent));
        var sqsEvent = await SqsEvent.ParseAsync(stream);
        Assert.Equal(3, sqsEvent.Records.Count);
    }

    private static string LambdaEventFor(Message message, string arn)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("Records");
            writer.WriteStartObject();
            writer.WriteString("messageId", message.MessageId);
            writer.WriteString("receiptHandle", message.ReceiptHandle);
            writer.WriteString("body", message.Body);
            writer.WriteStartObject("attributes");
            foreach (var (k, v) in message.Attributes ?? [])
            {
                writer.WriteString(k, v);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("messageAttributes");
            foreach (var (k, v) in message.MessageAttributes ?? [])
            {
                writer.WriteStartObject(k);
                writer.WriteString("stringValue", v.StringValue);
                writer.WriteString("dataType", v.DataType);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteString("eventSource", "aws:sqs");
            writer.WriteString("eventSourceARN", arn);
            writer.WriteString("awsRegion", "us-east-1");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
