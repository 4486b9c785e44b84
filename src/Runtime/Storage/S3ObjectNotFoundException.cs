using System;

namespace Boto3Assist.Storage;

/// <summary>The object does not exist.</summary>
public sealed class S3ObjectNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <param name="innerException">The S3 error.</param>
    public S3ObjectNotFoundException(string bucket, string key, Exception? innerException = null)
        : base($"The object '{key}' does not exist in bucket '{bucket}'.", innerException)
    {
        Bucket = bucket;
        Key = key;
    }

    /// <summary>The bucket.</summary>
    public string Bucket { get; }

    /// <summary>The key.</summary>
    public string Key { get; }
}
