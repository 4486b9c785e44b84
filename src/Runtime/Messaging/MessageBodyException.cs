using System;

namespace Boto3Assist.Messaging;

/// <summary>A message body is not valid JSON for the expected type; the message is treated as failed (and redriven).</summary>
public sealed class MessageBodyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="messageType">The expected body type.</param>
    /// <param name="messageId">The SQS message id.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The JSON error, if any.</param>
    public MessageBodyException(Type messageType, string messageId, string reason, Exception? innerException = null)
        : base($"The body of message {messageId} is not a valid {messageType.Name}: {reason}", innerException)
    {
        MessageType = messageType;
        MessageId = messageId;
    }

    /// <summary>The expected body type.</summary>
    public Type MessageType { get; }

    /// <summary>The SQS message id.</summary>
    public string MessageId { get; }
}
