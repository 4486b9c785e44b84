using System;
using System.IO;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Boto3Assist.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Boto3Assist.Storage;

/// <summary>
/// A thin, typed layer over S3: JSON objects (source-generated metadata, no reflection), streams and files with
/// multipart upload for large ones, existence checks, listing, copy, move, bulk delete and presigned URLs. Every call
/// is traced and timed on the <c>Boto3Assist</c> source and meter.
/// </summary>
public sealed partial class S3ObjectStore
{
    private readonly IAmazonS3 _s3;
    private readonly S3StoreOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates a store.</summary>
    /// <param name="s3">The S3 client.</param>
    /// <param name="options">Upload, listing and presign settings; defaults when <see langword="null"/>.</param>
    /// <param name="logger">Where to log; nothing is logged when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public S3ObjectStore(IAmazonS3 s3, S3StoreOptions? options = null, ILogger<S3ObjectStore>? logger = null)
    {
        _s3 = s3 ?? throw new ArgumentNullException(nameof(s3));
        _options = options ?? new S3StoreOptions();
        _options.Validate();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Stores a value as a JSON object.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">The source-generated JSON metadata of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>What S3 returned.</returns>
    public async Task<S3PutResult> PutJsonAsync<T>(string bucket, string key, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        using var content = new MemoryStream(bytes, writable: false);
        return await PutStreamAsync(bucket, key, content, _options.JsonContentType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a JSON object as a value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="typeInfo">The source-generated JSON metadata of <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The value.</returns>
    /// <exception cref="S3ObjectNotFoundException">There is no such object.</exception>
    /// <exception cref="JsonException">The object is not valid JSON for <typeparamref name="T"/>.</exception>
    public async Task<T?> GetJsonAsync<T>(string bucket, string key, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        await using var stream = await OpenReadAsync(bucket, key, cancellationToken).ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores a stream. Seekable streams shorter than <see cref="S3StoreOptions.MultipartThreshold"/> go in one PUT;
    /// longer ones, and streams of unknown length longer than one part, are uploaded in parallel parts.
    /// </summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="content">The content, read from its current position to its end; not closed.</param>
    /// <param name="contentType">The content type, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the upload (a multipart upload is then aborted).</param>
    /// <returns>What S3 returned.</returns>
    public async Task<S3PutResult> PutStreamAsync(string bucket, string key, Stream content, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek)
        {
            if (content.Length - content.Position < _options.MultipartThreshold)
            {
                return await PutSingleAsync(bucket, key, content, contentType, cancellationToken).ConfigureAwait(false);
            }

            return await new MultipartUpload(_s3, _options, _logger).UploadAsync(bucket, key, content, null, 0, contentType, cancellationToken).ConfigureAwait(false);
        }

        // Unknown length: read one part; if the stream ends within it, one PUT is enough.
        var first = new byte[_options.PartSize];
        var length = await MultipartUpload.ReadFullAsync(content, first, first.Length, cancellationToken).ConfigureAwait(false);
        if (length < first.Length)
        {
            using var small = new MemoryStream(first, 0, length, writable: false);
            return await PutSingleAsync(bucket, key, small, contentType, cancellationToken).ConfigureAwait(false);
        }

        return await new MultipartUpload(_s3, _options, _logger).UploadAsync(bucket, key, content, first, length, contentType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a file (in parts when it is large).</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="path">The file.</param>
    /// <param name="contentType">The content type, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>What S3 returned.</returns>
    public async Task<S3PutResult> PutFileAsync(string bucket, string key, string path, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return await PutStreamAsync(bucket, key, file, contentType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens an object for reading. The caller disposes the stream.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The object's content.</returns>
    /// <exception cref="S3ObjectNotFoundException">There is no such object.</exception>
    public async Task<Stream> OpenReadAsync(string bucket, string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentException.ThrowIfNullOrEmpty(key);
        using var operation = S3Telemetry.Start("GetObject", bucket, key);
        try
        {
            var response = await _s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, cancellationToken).ConfigureAwait(false);
            return response.ResponseStream;
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            throw IsNotFound(ex) ? new S3ObjectNotFoundException(bucket, key, ex) : ex;
        }
    }

    /// <summary>Downloads an object to a file (replacing it).</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="S3ObjectNotFoundException">There is no such object.</exception>
    public async Task DownloadToFileAsync(string bucket, string key, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var source = await OpenReadAsync(bucket, key, cancellationToken).ConfigureAwait(false);

        // Written beside the target and moved into place, so a failed download never leaves a truncated file.
        var partial = path + ".partial";
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await source.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }

        File.Move(partial, path, overwrite: true);
    }

    /// <summary>Whether an object exists (a HEAD request).</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see langword="true"/> when it exists.</returns>
    public async Task<bool> ExistsAsync(string bucket, string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return await HeadAsync(bucket, key, cancellationToken).ConfigureAwait(false) is not null;
    }

    private async Task<GetObjectMetadataResponse?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        using var operation = S3Telemetry.Start("HeadObject", bucket, key);
        try
        {
            // ChecksumMode: S3 returns the object's stored checksums, which MoveAsync compares.
            return await _s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = key, ChecksumMode = ChecksumMode.ENABLED }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsNotFound(ex))
        {
            // A missing object is an answer, not an error of the operation.
            return null;
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            throw;
        }
    }

    private async Task<S3PutResult> PutSingleAsync(string bucket, string key, Stream content, string? contentType, CancellationToken cancellationToken)
    {
        using var operation = S3Telemetry.Start("PutObject", bucket, key);
        try
        {
            var response = await _s3.PutObjectAsync(
                new PutObjectRequest { BucketName = bucket, Key = key, InputStream = content, ContentType = contentType, AutoCloseStream = false },
                cancellationToken).ConfigureAwait(false);
            return new S3PutResult(response.ETag, response.VersionId, 0);
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            throw;
        }
    }

    private static bool IsNotFound(Exception exception) =>
        exception is AmazonS3Exception s3 && (s3.StatusCode == HttpStatusCode.NotFound || s3.ErrorCode is "NoSuchKey" or "NotFound");
}
