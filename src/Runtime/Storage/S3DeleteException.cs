using System;
using System.Collections.Generic;
using System.Linq;

namespace Boto3Assist.Storage;

/// <summary>One key S3 did not delete, with its reason.</summary>
/// <param name="Key">The key.</param>
/// <param name="Code">The S3 error code.</param>
/// <param name="Message">The S3 error message.</param>
public sealed record S3DeleteFailure(string Key, string Code, string Message);

/// <summary>Some keys of a delete were not deleted; <see cref="Failures"/> lists them.</summary>
public sealed class S3DeleteException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="failures">The keys not deleted.</param>
    /// <param name="deleted">How many keys were deleted.</param>
    public S3DeleteException(string bucket, IReadOnlyList<S3DeleteFailure> failures, int deleted)
        : base($"{failures.Count} key(s) were not deleted from bucket '{bucket}' ({deleted} were): "
            + string.Join("; ", failures.Take(5).Select(f => $"'{f.Key}': {f.Code} ({f.Message})"))
            + (failures.Count > 5 ? $"; and {failures.Count - 5} more." : "."))
    {
        Bucket = bucket;
        Failures = failures;
        Deleted = deleted;
    }

    /// <summary>The bucket.</summary>
    public string Bucket { get; }

    /// <summary>The keys not deleted.</summary>
    public IReadOnlyList<S3DeleteFailure> Failures { get; }

    /// <summary>How many keys were deleted.</summary>
    public int Deleted { get; }
}
