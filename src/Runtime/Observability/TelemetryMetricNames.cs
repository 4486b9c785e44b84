namespace Boto3Assist.Observability;

/// <summary>The names of the instruments on the <c>Boto3Assist</c> meter.</summary>
public static class TelemetryMetricNames
{
    /// <summary>Histogram, seconds: the duration of each DynamoDB, SQS or S3 operation the library performs.</summary>
    public const string OperationDuration = "boto3assist.operation.duration";

    /// <summary>Counter, capacity units: read capacity consumed, per table.</summary>
    public const string ConsumedReadCapacity = "boto3assist.dynamodb.consumed_read_capacity";

    /// <summary>Counter, capacity units: write capacity consumed, per table.</summary>
    public const string ConsumedWriteCapacity = "boto3assist.dynamodb.consumed_write_capacity";

    /// <summary>Counter: retries the library made (unprocessed items, failed batch entries, throttles).</summary>
    public const string Retries = "boto3assist.retries";

    /// <summary>Counter: throttled requests (ProvisionedThroughputExceeded, ThrottlingException, SlowDown...).</summary>
    public const string Throttles = "boto3assist.throttles";

    /// <summary>Counter: items DynamoDB returned unprocessed from a batch, per table.</summary>
    public const string UnprocessedItems = "boto3assist.dynamodb.unprocessed_items";

    /// <summary>Counter: messages sent to SQS, per queue.</summary>
    public const string MessagesSent = "boto3assist.messaging.messages_sent";

    /// <summary>Counter: messages received from SQS, per queue.</summary>
    public const string MessagesReceived = "boto3assist.messaging.messages_received";

    /// <summary>Counter: messages whose send or handler failed, per queue.</summary>
    public const string MessagesFailed = "boto3assist.messaging.messages_failed";
}
