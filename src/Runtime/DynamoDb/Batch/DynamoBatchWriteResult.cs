namespace Boto3Assist.DynamoDb;

/// <summary>What a batch write did.</summary>
/// <param name="ItemsWritten">Puts and deletes applied (after removing duplicates of one key).</param>
/// <param name="Requests">BatchWriteItem requests in the first round (chunks of up to 25 items and 16 MB).</param>
/// <param name="Retries">Retries made for unprocessed items, throttling or 5xx errors.</param>
public sealed record DynamoBatchWriteResult(int ItemsWritten, int Requests, int Retries);
