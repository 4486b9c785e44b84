using System;

namespace Boto3Assist.Storage;

/// <summary>The JSON given as an S3 event notification is not one: it names the record and the field that is wrong.</summary>
public sealed class S3EventFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, and where.</param>
    /// <param name="innerException">The JSON error, if any.</param>
    public S3EventFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
