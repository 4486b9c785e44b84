using Amazon.DynamoDBv2;
using Amazon.SQS;
using Amazon.SQS.Model;
using Boto3Assist.Messaging;
using Boto3Assist.Storage;
using OrderWorker.Messages;
using OrderWorker.Models;

namespace OrderWorker;

/// <summary>Sends a few orders (one of them invalid), waits for the worker, and checks DynamoDB, S3 and both queues.</summary>
public static class Demo
{
    public static IReadOnlyList<OrderPlaced> Orders { get; } =
    [
        new("o-1001", "c-1", DateTimeOffset.Parse("2026-11-24T09:15:00Z"), [new("SKU-RED", 2, 9.99m), new("SKU-BLUE", 1, 25m)]),
        new("o-1002", "c-2", DateTimeOffset.Parse("2026-11-24T09:16:00Z"), [new("SKU-GREEN", 10, 1.5m)]),
        new("o-1003", "c-1", DateTimeOffset.Parse("2026-11-24T10:00:00Z"), [new("SKU-RED", 1, 9.99m)]),
        new("o-1004", "c-3", DateTimeOffset.Parse("2026-11-24T11:30:00Z"), [.. Enumerable.Range(1, 12).Select(i => new OrderLine("SKU-" + i, i, 2m))]),
        new("o-1005", "c-2", DateTimeOffset.Parse("2026-11-24T12:00:00Z"), [new("SKU-GOLD", 1, 499m)]),
    ];

    /// <summary>An order with no lines: the handler rejects it twice, then SQS moves it to the dead-letter queue.</summary>
    public static OrderPlaced InvalidOrder { get; } = new("o-bad", "c-9", DateTimeOffset.Parse("2026-11-24T13:00:00Z"), []);

    public static Task SendAsync(SqsMessageSender sender, string queueUrl, CancellationToken cancellationToken) =>
        sender.SendManyAsync(queueUrl, [.. Orders, InvalidOrder], WorkerJsonContext.Default.OrderPlaced, cancellationToken);

    public static async Task WaitAsync(ProcessedOrders processed, IAmazonSQS sqs, string deadLetterQueueUrl, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Orders.All(o => processed.Contains(o.OrderId)) || await CountAsync(sqs, deadLetterQueueUrl, cancellationToken) == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"After {timeout.TotalSeconds:0} s only {processed.Ids.Count} of {Orders.Count} orders were processed.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>Returns the problems found; none means every order is stored, archived and gone from the queue.</summary>
    public static async Task<List<string>> VerifyAsync(
        IAmazonDynamoDB dynamoDb, S3ObjectStore receipts, IAmazonSQS sqs, WorkerSettings settings, string deadLetterQueueUrl, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var order in Orders)
        {
            var expectedTotal = order.Lines.Sum(l => l.Quantity * l.UnitPrice);
            var item = await dynamoDb.GetItemAsync(settings.TableName, ProcessedOrder.Keys.PrimaryKey(order.OrderId), consistentRead: true, cancellationToken);
            if (item.Item is not { Count: > 0 })
            {
                problems.Add($"{order.OrderId}: not in DynamoDB");
                continue;
            }

            var stored = ProcessedOrder.FromItem(item.Item);
            if (stored.Total != expectedTotal || stored.CustomerId != order.CustomerId || stored.Skus.Count != order.Lines.Count)
            {
                problems.Add($"{order.OrderId}: DynamoDB holds {stored}");
            }

            var receipt = await receipts.GetJsonAsync(settings.ReceiptBucket, stored.ReceiptKey, WorkerJsonContext.Default.Receipt, cancellationToken);
            if (receipt is null || receipt.Total != expectedTotal || receipt.Lines.Count != order.Lines.Count)
            {
                problems.Add($"{order.OrderId}: receipt {stored.ReceiptKey} is {receipt}");
            }
        }

        var dead = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = deadLetterQueueUrl, WaitTimeSeconds = 1 }, cancellationToken);
        if (dead.Messages is not [var only] || !only.Body.Contains(InvalidOrder.OrderId, StringComparison.Ordinal))
        {
            problems.Add($"the dead-letter queue should hold only {InvalidOrder.OrderId}; it holds {dead.Messages?.Count ?? 0} message(s)");
        }

        return problems;
    }

    private static async Task<int> CountAsync(IAmazonSQS sqs, string queueUrl, CancellationToken cancellationToken)
    {
        var attributes = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = queueUrl, AttributeNames = ["ApproximateNumberOfMessages"] }, cancellationToken);
        return int.Parse(attributes.Attributes["ApproximateNumberOfMessages"], System.Globalization.CultureInfo.InvariantCulture);
    }
}
