using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Boto3Assist.Observability;

namespace Boto3Assist.Storage;

public sealed partial class S3ObjectStore
{
    /// <summary>The longest expiry S3 accepts for a presigned URL (SigV4): 7 days.</summary>
    public static readonly TimeSpan MaxPresignExpiry = TimeSpan.FromDays(7);

    /// <summary>A URL anyone can GET the object with until it expires.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="expiresIn">How long the URL works: more than zero, at most 7 days.</param>
    /// <param name="cancellationToken">Cancels the signing (it may fetch credentials).</param>
    /// <returns>The URL.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The expiry is not within (0, 7 days].</exception>
    public Task<Uri> PresignGetAsync(string bucket, string key, TimeSpan expiresIn, CancellationToken cancellationToken = default) =>
        PresignAsync(bucket, key, expiresIn, HttpVerb.GET, null, cancellationToken);

    /// <summary>A URL anyone can PUT the object with until it expires.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="expiresIn">How long the URL works: more than zero, at most 7 days.</param>
    /// <param name="contentType">When set, the upload must send this <c>Content-Type</c>.</param>
    /// <param name="cancellationToken">Cancels the signing (it may fetch credentials).</param>
    /// <returns>The URL.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The expiry is not within (0, 7 days].</exception>
    public Task<Uri> PresignPutAsync(string bucket, string key, TimeSpan expiresIn, string? contentType = null, CancellationToken cancellationToken = default) =>
        PresignAsync(bucket, key, expiresIn, HttpVerb.PUT, contentType, cancellationToken);

    private async Task<Uri> PresignAsync(string bucket, string key, TimeSpan expiresIn, HttpVerb verb, string? contentType, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (expiresIn <= TimeSpan.Zero || expiresIn > MaxPresignExpiry)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresIn), expiresIn, $"A presigned URL must expire after more than zero and at most {MaxPresignExpiry.TotalDays:0} days (the S3 SigV4 limit).");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var operation = S3Telemetry.Start(verb == HttpVerb.GET ? "PresignGetObject" : "PresignPutObject", bucket, key);
        try
        {
            var url = await _s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
            {
                BucketName = bucket,
                Key = key,
                Verb = verb,
                Expires = DateTime.UtcNow + expiresIn,
                Protocol = _options.PresignProtocol,
                ContentType = contentType,
            }).ConfigureAwait(false);
            return new Uri(url);
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            throw;
        }
    }
}
