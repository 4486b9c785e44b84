namespace Boto3Assist.Observability;

/// <summary>
/// The OpenTelemetry semantic-convention attribute names (and the few values) the library sets on spans and metrics,
/// so users can query them without guessing spellings.
/// </summary>
public static class TelemetryAttributes
{
    /// <summary><c>rpc.system</c>: always <c>aws-api</c> for AWS SDK calls.</summary>
    public const string RpcSystem = "rpc.system";

    /// <summary><c>rpc.service</c>: <c>DynamoDB</c>, <c>SQS</c> or <c>S3</c>.</summary>
    public const string RpcService = "rpc.service";

    /// <summary><c>rpc.method</c>: the AWS API action, such as <c>PutItem</c>.</summary>
    public const string RpcMethod = "rpc.method";

    /// <summary><c>error.type</c>: the AWS error code, or the exception type when there is none.</summary>
    public const string ErrorType = "error.type";

    /// <summary><c>aws.request_id</c>: the request id AWS returned.</summary>
    public const string AwsRequestId = "aws.request_id";

    /// <summary><c>aws.dynamodb.table_names</c>: the tables an operation touches (a string array).</summary>
    public const string DynamoDbTableNames = "aws.dynamodb.table_names";

    /// <summary><c>aws.dynamodb.consumed_capacity</c>: the consumed capacity, one JSON object per table (a string array).</summary>
    public const string DynamoDbConsumedCapacity = "aws.dynamodb.consumed_capacity";

    /// <summary><c>aws.dynamodb.table</c>: metric dimension naming one table (metrics carry one table, not an array).</summary>
    public const string DynamoDbTable = "aws.dynamodb.table";

    /// <summary><c>messaging.system</c>: always <c>aws_sqs</c> for SQS.</summary>
    public const string MessagingSystem = "messaging.system";

    /// <summary><c>messaging.destination.name</c>: the queue name.</summary>
    public const string MessagingDestinationName = "messaging.destination.name";

    /// <summary><c>messaging.operation.type</c>: <c>send</c>, <c>receive</c>, <c>process</c> or <c>settle</c>.</summary>
    public const string MessagingOperationType = "messaging.operation.type";

    /// <summary><c>messaging.operation.name</c>: the SQS action.</summary>
    public const string MessagingOperationName = "messaging.operation.name";

    /// <summary><c>messaging.message.id</c>: the SQS message id.</summary>
    public const string MessagingMessageId = "messaging.message.id";

    /// <summary><c>messaging.batch.message_count</c>: how many messages a batch operation carries.</summary>
    public const string MessagingBatchMessageCount = "messaging.batch.message_count";

    /// <summary><c>aws.sqs.queue.url</c>: the queue URL.</summary>
    public const string SqsQueueUrl = "aws.sqs.queue.url";

    /// <summary><c>cloud.resource_id</c>: the ARN of the resource (the queue, for messages from a Lambda event).</summary>
    public const string CloudResourceId = "cloud.resource_id";

    /// <summary><c>aws.s3.bucket</c>: the bucket name.</summary>
    public const string S3Bucket = "aws.s3.bucket";

    /// <summary><c>aws.s3.key</c>: the object key (never set when the key is not a single object).</summary>
    public const string S3Key = "aws.s3.key";

    /// <summary><c>aws.s3.copy_source</c>: <c>bucket/key</c> of a copy source.</summary>
    public const string S3CopySource = "aws.s3.copy_source";

    /// <summary><c>aws.s3.upload_id</c>: the multipart upload id.</summary>
    public const string S3UploadId = "aws.s3.upload_id";

    /// <summary><c>aws.s3.part_number</c>: the multipart part number.</summary>
    public const string S3PartNumber = "aws.s3.part_number";

    /// <summary><c>boto3assist.retry.reason</c>: why an operation was retried (metric dimension).</summary>
    public const string RetryReason = "boto3assist.retry.reason";

    /// <summary>The value of <see cref="RpcSystem"/>.</summary>
    public const string AwsApi = "aws-api";

    /// <summary>The value of <see cref="MessagingSystem"/> for SQS.</summary>
    public const string AwsSqs = "aws_sqs";
}
