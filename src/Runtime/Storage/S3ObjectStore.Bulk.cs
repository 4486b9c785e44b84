using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3.Model;
using Boto3Assist.Observability;

namespace Boto3Assist.Storage;

public sealed partial class S3ObjectStore
{
    /// <summary>The most keys one DeleteObjects request may carry.</summary>
    public const int MaxKeysPerDelete = 1000;

    /// <summary>Lists the objects under a prefix, fetching pages as the caller enumerates.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="prefix">Only keys starting with this; every key when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The objects, in key order.</returns>
    public async IAsyncEnumerable<S3ObjectInfo> ListAsync(string bucket, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        string? continuation = null;
        do
        {
            ListObjectsV2Response page;
            using (var operation = S3Telemetry.Start("ListObjectsV2", bucket))
            {
                try
                {
                    page = await _s3.ListObjectsV2Async(
                        new ListObjectsV2Request { BucketName = bucket, Prefix = prefix, MaxKeys = _options.ListPageSize, ContinuationToken = continuation },
                        cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    operation.RecordFailure(ex);
                    throw;
                }
            }

            foreach (var item in page.S3Objects ?? [])
            {
                yield return new S3ObjectInfo(item.Key, item.Size ?? 0, item.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime(), TimeSpan.Zero) : null, item.ETag);
            }

            continuation = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (continuation is not null);
    }

    /// <summary>Deletes any number of keys, 1000 per request. Keys that do not exist count as deleted (S3 semantics).</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">Cancels the deletion between requests.</param>
    /// <returns>How many keys were deleted.</returns>
    /// <exception cref="S3DeleteException">S3 refused some keys; the exception lists them.</exception>
    public async Task<int> DeleteManyAsync(string bucket, IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentNullException.ThrowIfNull(keys);
        var deleted = 0;
        var failures = new List<S3DeleteFailure>();
        foreach (var chunk in keys.Chunk(MaxKeysPerDelete))
        {
            using var operation = S3Telemetry.Start("DeleteObjects", bucket);
            try
            {
                var response = await _s3.DeleteObjectsAsync(
                    new DeleteObjectsRequest { BucketName = bucket, Objects = chunk.Select(k => new KeyVersion { Key = k }).ToList(), Quiet = false },
                    cancellationToken).ConfigureAwait(false);
                deleted += response.DeletedObjects?.Count ?? 0;
                foreach (var error in response.DeleteErrors ?? [])
                {
                    failures.Add(new S3DeleteFailure(error.Key, error.Code ?? "Unknown", error.Message ?? string.Empty));
                }
            }
            catch (Exception ex)
            {
                operation.RecordFailure(ex);
                throw;
            }
        }

        return failures.Count > 0 ? throw new S3DeleteException(bucket, failures, deleted) : deleted;
    }

    /// <summary>Copies an object (server side; objects up to 5 GB).</summary>
    /// <param name="sourceBucket">The source bucket.</param>
    /// <param name="sourceKey">The source key.</param>
    /// <param name="targetBucket">The target bucket.</param>
    /// <param name="targetKey">The target key.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>The target's entity tag and version.</returns>
    /// <exception cref="S3ObjectNotFoundException">The source does not exist.</exception>
    public async Task<S3PutResult> CopyAsync(string sourceBucket, string sourceKey, string targetBucket, string targetKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceBucket);
        ArgumentException.ThrowIfNullOrEmpty(sourceKey);
        ArgumentException.ThrowIfNullOrEmpty(targetBucket);
        ArgumentException.ThrowIfNullOrEmpty(targetKey);
        using var operation = S3Telemetry.Start("CopyObject", targetBucket, targetKey, [new(TelemetryAttributes.S3CopySource, sourceBucket + "/" + sourceKey)]);
        try
        {
            var response = await _s3.CopyObjectAsync(
                new CopyObjectRequest { SourceBucket = sourceBucket, SourceKey = sourceKey, DestinationBucket = targetBucket, DestinationKey = targetKey },
                cancellationToken).ConfigureAwait(false);
            return new S3PutResult(response.ETag, response.VersionId, 0);
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            throw IsNotFound(ex) ? new S3ObjectNotFoundException(sourceBucket, sourceKey, ex) : ex;
        }
    }

    /// <summary>
    /// Moves an object: copies it, confirms the copy exists with the source's size, and only then deletes the source.
    /// When the copy cannot be confirmed the source is kept and an exception says so.
    /// </summary>
    /// <param name="sourceBucket">The source bucket.</param>
    /// <param name="sourceKey">The source key.</param>
    /// <param name="targetBucket">The target bucket.</param>
    /// <param name="targetKey">The target key.</param>
    /// <param name="cancellationToken">Cancels the move (before the source is deleted).</param>
    /// <returns>The target's entity tag and version.</returns>
    /// <exception cref="S3ObjectNotFoundException">The source does not exist.</exception>
    /// <exception cref="InvalidOperationException">The copy could not be confirmed; the source was kept.</exception>
    public async Task<S3PutResult> MoveAsync(string sourceBucket, string sourceKey, string targetBucket, string targetKey, CancellationToken cancellationToken = default)
    {
        if (sourceBucket == targetBucket && sourceKey == targetKey)
        {
            throw new ArgumentException($"Moving '{sourceKey}' in '{sourceBucket}' onto itself would delete it.", nameof(targetKey));
        }

        var source = await HeadAsync(sourceBucket, sourceKey, cancellationToken).ConfigureAwait(false)
            ?? throw new S3ObjectNotFoundException(sourceBucket, sourceKey);
        var copy = await CopyAsync(sourceBucket, sourceKey, targetBucket, targetKey, cancellationToken).ConfigureAwait(false);
        var target = await HeadAsync(targetBucket, targetKey, cancellationToken).ConfigureAwait(false);
        if (target is null || target.ContentLength != source.ContentLength)
        {
            throw new InvalidOperationException(
                $"The copy of '{sourceKey}' ({source.ContentLength} bytes) to '{targetKey}' in '{targetBucket}' could not be confirmed "
                + $"({(target is null ? "it does not exist" : target.ContentLength + " bytes")}); the source was kept.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var operation = S3Telemetry.Start("DeleteObject", sourceBucket, sourceKey))
        {
            try
            {
                await _s3.DeleteObjectAsync(new DeleteObjectRequest { BucketName = sourceBucket, Key = sourceKey }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                operation.RecordFailure(ex);
                throw;
            }
        }

        StorageLog.Moved(_logger, sourceBucket, sourceKey, targetBucket, targetKey);
        return copy;
    }
}
