using System;

namespace Boto3Assist.DynamoDb;

/// <summary>The JSON is not a Lambda DynamoDB stream event; the message names the record and member path, never a value.</summary>
public sealed class DynamoStreamEventFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, and where.</param>
    public DynamoStreamEventFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, and where.</param>
    /// <param name="innerException">The JSON error.</param>
    public DynamoStreamEventFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
