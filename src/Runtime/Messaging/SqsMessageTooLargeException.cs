using System;

namespace Boto3Assist.Messaging;

/// <summary>A message (body and attributes) is larger than SQS accepts; nothing was sent.</summary>
public sealed class SqsMessageTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="messageType">The body type.</param>
    /// <param name="index">The position of the message in what was passed to the sender.</param>
    /// <param name="size">Its size in bytes (body, attribute names, types and values).</param>
    /// <param name="limit">The limit in bytes (<see cref="SqsSenderOptions.MaxMessageBytes"/>).</param>
    public SqsMessageTooLargeException(Type messageType, int index, int size, int limit)
        : base($"Message #{index} of type {messageType.Name} is {size} bytes (body and attributes); SQS accepts at most {limit} bytes. Store large payloads in S3 and send a reference.")
    {
        Index = index;
        Size = size;
        Limit = limit;
    }

    /// <summary>The position of the message in what was passed to the sender.</summary>
    public int Index { get; }

    /// <summary>Its size in bytes.</summary>
    public int Size { get; }

    /// <summary>The limit in bytes.</summary>
    public int Limit { get; }
}
