namespace Boto3Assist.Storage;

/// <summary>What S3 returned for a stored object.</summary>
/// <param name="ETag">The entity tag.</param>
/// <param name="VersionId">The version id, when the bucket is versioned.</param>
/// <param name="PartCount">How many parts were uploaded (0 for a single PUT).</param>
public sealed record S3PutResult(string? ETag, string? VersionId, int PartCount);
