using System;

namespace Boto3Assist.Messaging;

/// <summary>The JSON given as a Lambda SQS event is not one: it names the record and the field that is wrong.</summary>
public sealed class SqsEventFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, and where.</param>
    /// <param name="innerException">The JSON error, if any.</param>
    public SqsEventFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
