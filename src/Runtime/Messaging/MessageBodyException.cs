using System;

namespace Boto3Assist.Messaging;

/// <summary>
/// A message body is not valid JSON for the expected type (or names a property twice, or leaves a non-nullable member
/// null); the message is treated as failed (and redriven). The message names the JSON path and position, never the
/// body's content.
/// </summary>
public sealed class MessageBodyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="messageType">The expected body type.</param>
    /// <param name="messageId">The SQS message id.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The JSON error, if any (it may quote the body).</param>
    /// <param name="jsonPath">Where in the body the problem is, such as <c>$.Lines[2].Sku</c>.</param>
    public MessageBodyException(Type messageType, string messageId, string reason, Exception? innerException = null, string? jsonPath = null)
        : base($"The body of message {messageId} is not a valid {messageType.Name}: {reason}", innerException)
    {
        MessageType = messageType;
        MessageId = messageId;
        JsonPath = jsonPath;
    }

    /// <summary>Where in the body the problem is (a JSON path such as <c>$.Lines[2].Sku</c>), when known.</summary>
    public string? JsonPath { get; }

    /// <summary>The expected body type.</summary>
    public Type MessageType { get; }

    /// <summary>The SQS message id.</summary>
    public string MessageId { get; }
}
