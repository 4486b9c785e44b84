using System;
using Microsoft.Extensions.Logging;

namespace Boto3Assist.Storage;

/// <summary>The library's S3 log messages (source-generated). Object contents are never logged.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Uploading {Key} to {Bucket} in parts (upload {UploadId})")]
    public static partial void MultipartStarted(ILogger logger, string bucket, string key, string uploadId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Multipart upload {UploadId} of {Key} to {Bucket} failed; aborting it")]
    public static partial void MultipartAborting(ILogger logger, Exception exception, string bucket, string key, string uploadId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Aborting multipart upload {UploadId} of {Key} in {Bucket} failed; abort it later or let a lifecycle rule remove it")]
    public static partial void AbortFailed(ILogger logger, Exception exception, string bucket, string key, string uploadId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "Moved {SourceKey} in {SourceBucket} to {TargetKey} in {TargetBucket}")]
    public static partial void Moved(ILogger logger, string sourceBucket, string sourceKey, string targetBucket, string targetKey);
}
