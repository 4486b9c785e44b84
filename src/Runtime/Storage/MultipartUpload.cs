using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Boto3Assist.Observability;
using Microsoft.Extensions.Logging;

namespace Boto3Assist.Storage;

/// <summary>
/// Uploads a stream as an S3 multipart upload: parts read in order, uploaded several at a time, completed in order;
/// any failure aborts the upload so no orphaned parts keep costing storage.
/// </summary>
internal sealed class MultipartUpload
{
    private readonly IAmazonS3 _s3;
    private readonly S3StoreOptions _options;
    private readonly ILogger _logger;

    public MultipartUpload(IAmazonS3 s3, S3StoreOptions options, ILogger logger)
    {
        _s3 = s3;
        _options = options;
        _logger = logger;
    }

    /// <summary>Uploads <paramref name="firstPart"/> (when given) and then the rest of <paramref name="stream"/>.</summary>
    public async Task<S3PutResult> UploadAsync(string bucket, string key, Stream stream, byte[]? firstPart, int firstPartLength, string? contentType, CancellationToken cancellationToken)
    {
        using var operation = S3Telemetry.Start("MultipartUpload", bucket, key);
        var uploadId = await InitiateAsync(bucket, key, contentType, cancellationToken).ConfigureAwait(false);
        operation.Activity?.SetTag(TelemetryAttributes.S3UploadId, uploadId);
        StorageLog.MultipartStarted(_logger, bucket, key, uploadId);
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(_options.MaxParallelParts);
        var uploads = new List<Task<PartETag>>();
        try
        {
            var partNumber = 0;
            while (true)
            {
                byte[] buffer;
                int length;
                if (partNumber == 0 && firstPart is not null)
                {
                    (buffer, length) = (firstPart, firstPartLength);
                }
                else
                {
                    buffer = ArrayPool<byte>.Shared.Rent(_options.PartSize);
                    length = await ReadFullAsync(stream, buffer, _options.PartSize, failFast.Token).ConfigureAwait(false);
                }

                if (length == 0 && partNumber > 0)
                {
                    Return(buffer, firstPart);
                    break;
                }

                if (partNumber == _options.MaxParts)
                {
                    Return(buffer, firstPart);
                    throw new InvalidOperationException(
                        $"Uploading '{key}' to '{bucket}' needs more than {_options.MaxParts} parts of {_options.PartSize} bytes, the S3 limit; raise S3StoreOptions.PartSize. The upload was aborted.");
                }

                await slots.WaitAsync(failFast.Token).ConfigureAwait(false);
                partNumber++;

                // A failed part stops reading at once: the upload is lost anyway, and is aborted below.
                if (uploads.Any(u => u.IsFaulted))
                {
                    slots.Release();
                    Return(buffer, firstPart);
                    break;
                }

                uploads.Add(UploadPartAsync(bucket, key, uploadId, partNumber, buffer, length, firstPart, slots, failFast.Token));
                if (length < _options.PartSize)
                {
                    break;
                }
            }

            var parts = await Task.WhenAll(uploads).ConfigureAwait(false);
            using var complete = S3Telemetry.Start("CompleteMultipartUpload", bucket, key, [new(TelemetryAttributes.S3UploadId, uploadId)]);
            try
            {
                var response = await _s3.CompleteMultipartUploadAsync(
                    new CompleteMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = uploadId, PartETags = parts.OrderBy(p => p.PartNumber).ToList() },
                    cancellationToken).ConfigureAwait(false);
                return new S3PutResult(response.ETag, response.VersionId, parts.Length);
            }
            catch (Exception ex)
            {
                complete.RecordFailure(ex);
                throw;
            }
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            StorageLog.MultipartAborting(_logger, ex, bucket, key, uploadId);
            await failFast.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(uploads).ConfigureAwait(false);
            }
            catch
            {
                // The parts' own errors are already part of the failure being reported.
            }

            await AbortAsync(bucket, key, uploadId).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<string> InitiateAsync(string bucket, string key, string? contentType, CancellationToken cancellationToken)
    {
        using var operation = S3Telemetry.Start("CreateMultipartUpload", bucket, key);
        try
        {
            var response = await _s3.InitiateMultipartUploadAsync(
                new InitiateMultipartUploadRequest { BucketName = bucket, Key = key, ContentType = contentType },
                cancellationToken).ConfigureAwait(false);
            return response.UploadId;
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            throw;
        }
    }

    private async Task<PartETag> UploadPartAsync(
        string bucket, string key, string uploadId, int partNumber, byte[] buffer, int length, byte[]? firstPart, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        using var operation = S3Telemetry.Start("UploadPart", bucket, key, [new(TelemetryAttributes.S3UploadId, uploadId), new(TelemetryAttributes.S3PartNumber, partNumber)]);
        try
        {
            using var content = new MemoryStream(buffer, 0, length, writable: false);
            var response = await _s3.UploadPartAsync(
                new UploadPartRequest
                {
                    BucketName = bucket,
                    Key = key,
                    UploadId = uploadId,
                    PartNumber = partNumber,
                    PartSize = length,
                    InputStream = content,
                },
                cancellationToken).ConfigureAwait(false);

            // Checksums the SDK computed for the part must be repeated on completion, or S3 rejects it.
            return new PartETag
            {
                PartNumber = partNumber,
                ETag = response.ETag,
                ChecksumCRC32 = response.ChecksumCRC32,
                ChecksumCRC32C = response.ChecksumCRC32C,
                ChecksumCRC64NVME = response.ChecksumCRC64NVME,
                ChecksumSHA1 = response.ChecksumSHA1,
                ChecksumSHA256 = response.ChecksumSHA256,
            };
        }
        catch (Exception ex)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                operation.RecordFailure(ex);
            }

            throw;
        }
        finally
        {
            Return(buffer, firstPart);
            slots.Release();
        }
    }

    private async Task AbortAsync(string bucket, string key, string uploadId)
    {
        using var operation = S3Telemetry.Start("AbortMultipartUpload", bucket, key, [new(TelemetryAttributes.S3UploadId, uploadId)]);
        try
        {
            // Not cancellable: an abandoned upload keeps its parts (and their cost) until someone aborts it.
            await _s3.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = uploadId }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            StorageLog.AbortFailed(_logger, ex, bucket, key, uploadId);
        }
    }

    /// <summary>Reads until <paramref name="count"/> bytes or the end of the stream.</summary>
    internal static async Task<int> ReadFullAsync(Stream stream, byte[] buffer, int count, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < count)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total, count - total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private static void Return(byte[] buffer, byte[]? firstPart)
    {
        if (!ReferenceEquals(buffer, firstPart))
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
