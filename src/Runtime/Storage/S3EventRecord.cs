using System;

namespace Boto3Assist.Storage;

/// <summary>One S3 event notification record (event structure version 2.x).</summary>
/// <param name="EventName">Such as <c>ObjectCreated:Put</c> or <c>ObjectRemoved:Delete</c>.</param>
/// <param name="EventTime">When the event happened.</param>
/// <param name="AwsRegion">The bucket's region.</param>
/// <param name="BucketName">The bucket.</param>
/// <param name="BucketArn">The bucket ARN, when present.</param>
/// <param name="Key">The object key, already URL-decoded (S3 sends it URL-encoded, spaces as <c>+</c>).</param>
/// <param name="Size">The object size in bytes; absent for deletions.</param>
/// <param name="ETag">The entity tag, when present.</param>
/// <param name="VersionId">The version id, for versioned buckets.</param>
/// <param name="Sequencer">Orders events of one key: compare as strings of equal length.</param>
/// <param name="ConfigurationId">The notification configuration that sent it.</param>
public sealed record S3EventRecord(
    string EventName,
    DateTimeOffset EventTime,
    string? AwsRegion,
    string BucketName,
    string? BucketArn,
    string Key,
    long? Size,
    string? ETag,
    string? VersionId,
    string? Sequencer,
    string? ConfigurationId)
{
    /// <summary>Whether an object was created (put, post, copy, multipart completion).</summary>
    public bool IsObjectCreated => EventName.StartsWith("ObjectCreated:", StringComparison.Ordinal);

    /// <summary>Whether an object was removed (delete or delete-marker creation).</summary>
    public bool IsObjectRemoved => EventName.StartsWith("ObjectRemoved:", StringComparison.Ordinal);
}
