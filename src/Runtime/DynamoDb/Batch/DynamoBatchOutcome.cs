namespace Boto3Assist.DynamoDb;

/// <summary>What became of one item of a batch write or get.</summary>
public enum DynamoBatchOutcome
{
    /// <summary>Written (a put or delete DynamoDB confirmed), or read (found or confirmed absent).</summary>
    Processed,

    /// <summary>
    /// Not written or not read: never sent, or DynamoDB answered that it did not process it (unprocessed, throttled,
    /// refused). Safe to send again.
    /// </summary>
    NotProcessed,

    /// <summary>
    /// A write that was sent and got no answer (a timeout, a broken connection, a 5xx, or cancellation while it was in
    /// flight): it may or may not be stored. Batch puts and deletes are idempotent, so sending it again is safe; read
    /// the item to know. Reads are never unknown.
    /// </summary>
    Unknown,
}
