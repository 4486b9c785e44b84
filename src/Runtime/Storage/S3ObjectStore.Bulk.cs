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
    public Task<S3PutResult> CopyAsync(string sourceBucket, string sourceKey, string targetBucket, string targetKey, CancellationToken cancellationToken = default)
        => CopyAsync(sourceBucket, sourceKey, targetBucket, targetKey, sourceETag: null, cancellationToken);

    // With sourceETag, S3 copies only while the source still has it (x-amz-copy-source-if-match).
    private async Task<S3PutResult> CopyAsync(string sourceBucket, string sourceKey, string targetBucket, string targetKey, string? sourceETag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceBucket);
        ArgumentException.ThrowIfNullOrEmpty(sourceKey);
        ArgumentException.ThrowIfNullOrEmpty(targetBucket);
        ArgumentException.ThrowIfNullOrEmpty(targetKey);
        using var operation = S3Telemetry.Start("CopyObject", targetBucket, targetKey, [new(TelemetryAttributes.S3CopySource, sourceBucket + "/" + sourceKey)]);
        try
        {
            var response = await _s3.CopyObjectAsync(
                new CopyObjectRequest { SourceBucket = sourceBucket, SourceKey = sourceKey, DestinationBucket = targetBucket, DestinationKey = targetKey, ETagToMatch = sourceETag },
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
    /// Moves an object: copies it (only if the source is still the object inspected, by ETag), confirms the copy is that
    /// content, and only then deletes the source. Keys are compared as S3 will see them: the SDK drops a leading
    /// <c>/</c>, so <c>"k/f.txt"</c> and <c>"/k/f.txt"</c> are one object and moving one onto the other is refused.
    /// The copy is confirmed when the target is the object the copy made (its ETag) with the source's content: equal
    /// MD5 ETags, or equal checksums when S3 has them; only for multipart or KMS-encrypted objects without a checksum
    /// does the size stand in. When the copy cannot be confirmed the source is kept and an exception says so.
    /// </summary>
    /// <param name="sourceBucket">The source bucket.</param>
    /// <param name="sourceKey">The source key.</param>
    /// <param name="targetBucket">The target bucket.</param>
    /// <param name="targetKey">The target key.</param>
    /// <param name="cancellationToken">Cancels the move (before the source is deleted).</param>
    /// <returns>The target's entity tag and version.</returns>
    /// <exception cref="ArgumentException">Source and target are the same object as S3 sees keys.</exception>
    /// <exception cref="S3ObjectNotFoundException">The source does not exist.</exception>
    /// <exception cref="InvalidOperationException">The copy could not be confirmed; the source was kept.</exception>
    public async Task<S3PutResult> MoveAsync(string sourceBucket, string sourceKey, string targetBucket, string targetKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceBucket);
        ArgumentException.ThrowIfNullOrEmpty(sourceKey);
        ArgumentException.ThrowIfNullOrEmpty(targetBucket);
        ArgumentException.ThrowIfNullOrEmpty(targetKey);
        var from = S3Keys.AsSent(sourceKey);
        var to = S3Keys.AsSent(targetKey);
        if (from.Length == 0 || to.Length == 0)
        {
            throw new ArgumentException("A key of only '/' is empty once the SDK drops the leading '/'.", from.Length == 0 ? nameof(sourceKey) : nameof(targetKey));
        }

        if (string.Equals(sourceBucket, targetBucket, StringComparison.Ordinal) && string.Equals(from, to, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Moving '{sourceKey}' to '{targetKey}' in '{sourceBucket}' is moving the object onto itself (S3 sees both as '{from}'): it would be deleted.", nameof(targetKey));
        }

        var source = await HeadAsync(sourceBucket, from, cancellationToken).ConfigureAwait(false)
            ?? throw new S3ObjectNotFoundException(sourceBucket, from);
        var copy = await CopyAsync(sourceBucket, from, targetBucket, to, source.ETag, cancellationToken).ConfigureAwait(false);
        var target = await HeadAsync(targetBucket, to, cancellationToken).ConfigureAwait(false);
        if (CopyProblem(source, copy, target) is { } problem)
        {
            throw new InvalidOperationException($"The copy of '{from}' in '{sourceBucket}' to '{to}' in '{targetBucket}' could not be confirmed ({problem}); the source was kept.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var operation = S3Telemetry.Start("DeleteObject", sourceBucket, from))
        {
            try
            {
                await _s3.DeleteObjectAsync(new DeleteObjectRequest { BucketName = sourceBucket, Key = from }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                operation.RecordFailure(ex);
                throw;
            }
        }

        StorageLog.Moved(_logger, sourceBucket, from, targetBucket, to);
        return copy;
    }

    // Why the target is not (yet) a confirmed copy of the source, or null when it is.
    private static string? CopyProblem(GetObjectMetadataResponse source, S3PutResult copy, GetObjectMetadataResponse? target)
    {
        if (target is null)
        {
            return "the target does not exist";
        }

        if (copy.ETag is { Length: > 0 } made && !string.Equals(target.ETag, made, StringComparison.Ordinal))
        {
            return $"the target's ETag {target.ETag} is not the {made} the copy made: it was overwritten";
        }

        if (S3Keys.IsContentMd5(source.ETag) && S3Keys.IsContentMd5(target.ETag))
        {
            return string.Equals(source.ETag, target.ETag, StringComparison.Ordinal) ? null : $"ETag {target.ETag}, the source's is {source.ETag}";
        }

        foreach (var (name, from, to) in new[]
        {
            ("CRC64NVME", source.ChecksumCRC64NVME, target.ChecksumCRC64NVME),
            ("CRC32C", source.ChecksumCRC32C, target.ChecksumCRC32C),
            ("CRC32", source.ChecksumCRC32, target.ChecksumCRC32),
            ("SHA256", source.ChecksumSHA256, target.ChecksumSHA256),
            ("SHA1", source.ChecksumSHA1, target.ChecksumSHA1),
        })
        {
            if (!string.IsNullOrEmpty(from) && !string.IsNullOrEmpty(to))
            {
                return string.Equals(from, to, StringComparison.Ordinal) ? null : $"checksum {name} {to}, the source's is {from}";
            }
        }

        // Multipart or KMS-encrypted objects without a checksum: the size is all S3 says about the content.
        return target.ContentLength == source.ContentLength ? null : $"{target.ContentLength} bytes, the source has {source.ContentLength}";
    }
}
