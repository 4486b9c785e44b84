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

    /// <summary>
    /// How far below <see cref="MaxPresignExpiry"/> the longest URL is signed. The SDK measures the expiry from its own
    /// (skew-corrected) clock, and past 7 days by its count it falls back to Signature Version 2; the margin keeps every
    /// URL SigV4.
    /// </summary>
    public static readonly TimeSpan PresignExpiryMargin = TimeSpan.FromMinutes(5);

    /// <summary>The shortest expiry signed: a shorter one (down to a tick) is raised to 1 second, not signed as 0.</summary>
    public static readonly TimeSpan MinPresignExpiry = TimeSpan.FromSeconds(1);

    // Added to the requested expiry so the SDK's whole-second count never falls below it by the microseconds between
    // our clock reading and its own.
    private static readonly TimeSpan SigningSlack = TimeSpan.FromMilliseconds(500);

    /// <summary>A URL anyone can GET the object with until it expires.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="expiresIn">
    /// How long the URL works: more than zero, at most 7 days; signed as at least <see cref="MinPresignExpiry"/> and at
    /// most 7 days minus <see cref="PresignExpiryMargin"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the signing (it may fetch credentials).</param>
    /// <returns>The URL, always Signature Version 4.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The expiry is not within (0, 7 days].</exception>
    public Task<Uri> PresignGetAsync(string bucket, string key, TimeSpan expiresIn, CancellationToken cancellationToken = default) =>
        PresignAsync(bucket, key, expiresIn, HttpVerb.GET, null, cancellationToken);

    /// <summary>A URL anyone can PUT the object with until it expires.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="expiresIn">
    /// How long the URL works: more than zero, at most 7 days; signed as at least <see cref="MinPresignExpiry"/> and at
    /// most 7 days minus <see cref="PresignExpiryMargin"/>.
    /// </param>
    /// <param name="contentType">When set, the upload must send this <c>Content-Type</c>.</param>
    /// <param name="cancellationToken">Cancels the signing (it may fetch credentials).</param>
    /// <returns>The URL, always Signature Version 4.</returns>
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

        var signedFor = expiresIn < MinPresignExpiry ? MinPresignExpiry
            : expiresIn > MaxPresignExpiry - PresignExpiryMargin ? MaxPresignExpiry - PresignExpiryMargin
            : expiresIn;
        cancellationToken.ThrowIfCancellationRequested();
        using var operation = S3Telemetry.Start(verb == HttpVerb.GET ? "PresignGetObject" : "PresignPutObject", bucket, key);
        try
        {
            var url = await _s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
            {
                BucketName = bucket,
                Key = key,
                Verb = verb,
                Expires = DateTime.UtcNow + signedFor + SigningSlack,
                Protocol = _options.PresignProtocol,
                ContentType = contentType,
            }).ConfigureAwait(false);
            return EnsureSigV4(new Uri(url));
        }
        catch (Exception ex)
        {
            operation.RecordFailure(ex);
            throw;
        }
    }

    // A URL that is not SigV4 with an expiry S3 honours is never handed out: S3 refuses SigV2 in most regions and
    // SigV2 expiries are not capped at 7 days.
    private static Uri EnsureSigV4(Uri url)
    {
        string? algorithm = null;
        string? expires = null;
        foreach (var part in url.Query.TrimStart('?').Split('&'))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? part : part.Substring(0, separator);
            var value = separator < 0 ? string.Empty : Uri.UnescapeDataString(part.Substring(separator + 1));
            if (string.Equals(name, "X-Amz-Algorithm", StringComparison.Ordinal))
            {
                algorithm = value;
            }
            else if (string.Equals(name, "X-Amz-Expires", StringComparison.Ordinal))
            {
                expires = value;
            }
        }

        if (algorithm != "AWS4-HMAC-SHA256"
            || !long.TryParse(expires, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds < MinPresignExpiry.TotalSeconds
            || seconds > MaxPresignExpiry.TotalSeconds)
        {
            throw new InvalidOperationException(
                $"The SDK signed a URL that is not Signature Version 4 with an expiry of 1 s to 7 days (algorithm {algorithm ?? "none"}, expires {expires ?? "none"}); it was not handed out.");
        }

        return url;
    }
}
