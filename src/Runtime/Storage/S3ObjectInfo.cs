using System;

namespace Boto3Assist.Storage;

/// <summary>An object found by a listing.</summary>
/// <param name="Key">The key.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="LastModified">When it was last written, or <see langword="null"/> when S3 did not say.</param>
/// <param name="ETag">The entity tag.</param>
public sealed record S3ObjectInfo(string Key, long Size, DateTimeOffset? LastModified, string? ETag);
