namespace Boto3Assist.DynamoDb;

/// <summary>What happened to the item of a stream record.</summary>
public enum DynamoStreamEventName
{
    /// <summary><c>INSERT</c>: a new item.</summary>
    Insert = 0,

    /// <summary><c>MODIFY</c>: an existing item changed.</summary>
    Modify = 1,

    /// <summary><c>REMOVE</c>: an item was deleted (by a request, or by TTL: see <see cref="DynamoStreamRecord.IsTimeToLiveExpiry"/>).</summary>
    Remove = 2,
}
