using Amazon.DynamoDBv2;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.Testing;
using OrderWorker.Models;

namespace OrderWorker;

/// <summary>
/// fauxqs (SQS, S3) and DynamoDB Local started on 127.0.0.1 with the queue (and its dead-letter queue), bucket and
/// table the worker needs: used when no endpoints are configured, so the sample runs anywhere with Node and Java.
/// </summary>
public sealed class LocalEnvironment : IAsyncDisposable
{
    private LocalEnvironment(FauxqsServer fauxqs, DynamoDbLocal dynamoDb, string queueUrl, string deadLetterQueueUrl)
    {
        Fauxqs = fauxqs;
        DynamoDb = dynamoDb;
        QueueUrl = queueUrl;
        DeadLetterQueueUrl = deadLetterQueueUrl;
    }

    public FauxqsServer Fauxqs { get; }

    public DynamoDbLocal DynamoDb { get; }

    public string QueueUrl { get; }

    public string DeadLetterQueueUrl { get; }

    public static async Task<LocalEnvironment> StartAsync(WorkerSettings settings, CancellationToken cancellationToken)
    {
        var fauxqsStart = FauxqsServer.StartAsync(cancellationToken: cancellationToken);
        var dynamoStart = DynamoDbLocal.StartAsync(cancellationToken: cancellationToken);
        var fauxqs = await fauxqsStart;
        var dynamoDb = await dynamoStart;
        using var sqs = fauxqs.CreateSqsClient();
        var deadLetters = await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = "orders-dlq" }, cancellationToken);
        var arn = (await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = deadLetters.QueueUrl, AttributeNames = ["QueueArn"] }, cancellationToken)).Attributes["QueueArn"];

        // After two failed deliveries SQS moves a message to the dead-letter queue.
        var queue = await sqs.CreateQueueAsync(
            new CreateQueueRequest
            {
                QueueName = "orders",
                Attributes = new() { ["RedrivePolicy"] = $"{{\"deadLetterTargetArn\":\"{arn}\",\"maxReceiveCount\":\"2\"}}" },
            },
            cancellationToken);
        using var s3 = fauxqs.CreateS3Client();
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = settings.ReceiptBucket }, cancellationToken);
        using var dynamo = dynamoDb.CreateClient();
        await DynamoTableCreator.CreateIfNotExistsAsync(dynamo, ProcessedOrder.Metadata.Table, settings.TableName, cancellationToken);
        return new LocalEnvironment(fauxqs, dynamoDb, queue.QueueUrl, deadLetters.QueueUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await Fauxqs.DisposeAsync();
        await DynamoDb.DisposeAsync();
    }
}
