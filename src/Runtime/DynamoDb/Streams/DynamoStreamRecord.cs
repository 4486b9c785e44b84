using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>One record of a DynamoDB stream, as Lambda delivers it.</summary>
public sealed class DynamoStreamRecord
{
    internal DynamoStreamRecord(
        string eventId,
        DynamoStreamEventName eventName,
        string sequenceNumber,
        IReadOnlyDictionary<string, AttributeValue> keys,
        IReadOnlyDictionary<string, AttributeValue>? newImage,
        IReadOnlyDictionary<string, AttributeValue>? oldImage,
        DateTimeOffset? approximateCreationDateTime,
        DynamoStreamViewType streamViewType,
        long? sizeBytes,
        string? eventSourceArn,
        string? awsRegion,
        string? userIdentityType,
        string? userIdentityPrincipalId)
    {
        EventId = eventId;
        EventName = eventName;
        SequenceNumber = sequenceNumber;
        Keys = keys;
        NewImage = newImage;
        OldImage = oldImage;
        ApproximateCreationDateTime = approximateCreationDateTime;
        StreamViewType = streamViewType;
        SizeBytes = sizeBytes;
        EventSourceArn = eventSourceArn;
        AwsRegion = awsRegion;
        UserIdentityType = userIdentityType;
        UserIdentityPrincipalId = userIdentityPrincipalId;
    }

    /// <summary>The record's unique id (<c>eventID</c>).</summary>
    public string EventId { get; }

    /// <summary>Insert, modify or remove.</summary>
    public DynamoStreamEventName EventName { get; }

    /// <summary>The position in the shard; what a partial batch response reports (<see cref="DynamoStreamBatchResponse"/>).</summary>
    public string SequenceNumber { get; }

    /// <summary>The key attributes of the item.</summary>
    public IReadOnlyDictionary<string, AttributeValue> Keys { get; }

    /// <summary>The item after the change (insert, modify; with view type NEW_IMAGE or NEW_AND_OLD_IMAGES).</summary>
    public IReadOnlyDictionary<string, AttributeValue>? NewImage { get; }

    /// <summary>The item before the change (modify, remove; with view type OLD_IMAGE or NEW_AND_OLD_IMAGES).</summary>
    public IReadOnlyDictionary<string, AttributeValue>? OldImage { get; }

    /// <summary>When the change was made, to the second (or finer when the stream says so).</summary>
    public DateTimeOffset? ApproximateCreationDateTime { get; }

    /// <summary>What the stream carries of each item.</summary>
    public DynamoStreamViewType StreamViewType { get; }

    /// <summary>The size of the record in bytes.</summary>
    public long? SizeBytes { get; }

    /// <summary>The stream ARN (<c>eventSourceARN</c>).</summary>
    public string? EventSourceArn { get; }

    /// <summary>The region.</summary>
    public string? AwsRegion { get; }

    /// <summary>The <c>userIdentity.type</c> (<c>Service</c> for a TTL deletion).</summary>
    public string? UserIdentityType { get; }

    /// <summary>The <c>userIdentity.principalId</c> (<c>dynamodb.amazonaws.com</c> for a TTL deletion).</summary>
    public string? UserIdentityPrincipalId { get; }

    /// <summary>
    /// <see langword="true"/> when this is a removal by TTL (DynamoDB's own service principal), not by a request: the
    /// AWS-documented way to tell an expiry from a delete.
    /// </summary>
    public bool IsTimeToLiveExpiry =>
        EventName == DynamoStreamEventName.Remove
        && string.Equals(UserIdentityType, "Service", StringComparison.Ordinal)
        && string.Equals(UserIdentityPrincipalId, "dynamodb.amazonaws.com", StringComparison.Ordinal);
}
