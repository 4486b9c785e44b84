using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Messaging;
using Boto3Assist.Observability;
using Boto3Assist.Storage;
using Microsoft.Extensions.Options;
using OrderWorker.Messages;
using OrderWorker.Models;

namespace OrderWorker;

/// <summary>
/// Processes one order: archives its receipt to S3, then stores the processed order in DynamoDB. Both writes are
/// idempotent (same key, same content), so a redelivered message does no harm.
/// </summary>
public sealed partial class OrderHandler(
    IAmazonDynamoDB dynamoDb,
    S3ObjectStore receipts,
    IOptions<WorkerSettings> settings,
    ProcessedOrders processed,
    ILogger<OrderHandler> logger) : ISqsMessageHandler<OrderPlaced>
{
    public async Task HandleAsync(SqsReceivedMessage<OrderPlaced> message, CancellationToken cancellationToken)
    {
        var order = message.Body;
        if (order.Lines.Count == 0)
        {
            throw new InvalidOrderException(order.OrderId, "it has no lines");
        }

        var total = order.Lines.Sum(l => l.Quantity * l.UnitPrice);
        var processedAt = DateTimeOffset.UtcNow;
        var receiptKey = $"receipts/{order.PlacedAt:yyyy/MM/dd}/{order.OrderId}.json";
        await receipts.PutJsonAsync(
            settings.Value.ReceiptBucket,
            receiptKey,
            new Receipt(order.OrderId, order.CustomerId, total, order.PlacedAt, processedAt, order.Lines),
            WorkerJsonContext.Default.Receipt,
            cancellationToken);

        var item = new ProcessedOrder
        {
            OrderId = order.OrderId,
            CustomerId = order.CustomerId,
            Total = total,
            ItemCount = order.Lines.Sum(l => l.Quantity),
            PlacedAt = order.PlacedAt,
            ProcessedAt = processedAt,
            ReceiptKey = receiptKey,
            Skus = order.Lines.Select(l => l.Sku).ToList(),
        };
        var table = settings.Value.TableName;
        using (var operation = DynamoDbTelemetry.StartOperation("PutItem", table))
        {
            try
            {
                var response = await dynamoDb.PutItemAsync(
                    new PutItemRequest { TableName = table, Item = item.ToItem(), ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL },
                    cancellationToken);
                DynamoDbTelemetry.RecordConsumedCapacity(operation, response.ConsumedCapacity);
            }
            catch (Exception ex)
            {
                DynamoDbTelemetry.RecordFailure(operation, ex);
                throw;
            }
        }

        processed.Add(order.OrderId);
        Processed(logger, order.OrderId, total, message.ReceiveCount);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Processed order {OrderId}: total {Total}, delivery {ReceiveCount}")]
    private static partial void Processed(ILogger logger, string orderId, decimal total, int receiveCount);
}
