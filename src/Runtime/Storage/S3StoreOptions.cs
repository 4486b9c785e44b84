using System;
using Amazon.S3;

namespace Boto3Assist.Storage;

/// <summary>How <see cref="S3ObjectStore"/> uploads, lists and presigns.</summary>
public sealed class S3StoreOptions
{
    /// <summary>The smallest S3 multipart part (except the last one).</summary>
    public const int MinPartSize = 5 * 1024 * 1024;

    /// <summary>Streams at least this long (or of unknown length that turn out longer) are uploaded in parts.</summary>
    public long MultipartThreshold { get; set; } = 16 * 1024 * 1024;

    /// <summary>The size of each part, at least 5 MiB. Memory use is about <see cref="MaxParallelParts"/> times this.</summary>
    public int PartSize { get; set; } = 8 * 1024 * 1024;

    /// <summary>How many parts upload at once.</summary>
    public int MaxParallelParts { get; set; } = 4;

    /// <summary>Keys per ListObjectsV2 page (1 to 1000).</summary>
    public int ListPageSize { get; set; } = 1000;

    /// <summary>The protocol of presigned URLs: HTTPS for AWS; HTTP for a local server on plain HTTP.</summary>
    public Protocol PresignProtocol { get; set; } = Protocol.HTTPS;

    /// <summary>The most parts of one multipart upload: the S3 limit, 10,000 (lowered only by tests).</summary>
    internal int MaxParts { get; set; } = 10_000;

    /// <summary>The content type of JSON objects.</summary>
    public string JsonContentType { get; set; } = "application/json";

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (PartSize < MinPartSize)
        {
            throw new ArgumentException($"{nameof(S3StoreOptions)}.{nameof(PartSize)} must be at least {MinPartSize} bytes (5 MiB), the S3 minimum; it is {PartSize}.");
        }

        if (MultipartThreshold < PartSize)
        {
            throw new ArgumentException($"{nameof(S3StoreOptions)}.{nameof(MultipartThreshold)} must be at least {nameof(PartSize)} ({PartSize}); it is {MultipartThreshold}.");
        }

        if (MaxParallelParts < 1)
        {
            throw new ArgumentException($"{nameof(S3StoreOptions)}.{nameof(MaxParallelParts)} must be at least 1.");
        }

        if (ListPageSize is < 1 or > 1000)
        {
            throw new ArgumentException($"{nameof(S3StoreOptions)}.{nameof(ListPageSize)} must be 1 to 1000.");
        }
    }
}
