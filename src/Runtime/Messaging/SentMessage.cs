namespace Boto3Assist.Messaging;

/// <summary>A message SQS accepted.</summary>
/// <param name="Index">The position of the message in what was passed to the sender.</param>
/// <param name="MessageId">The id SQS assigned.</param>
/// <param name="SequenceNumber">The FIFO sequence number, or <see langword="null"/> for standard queues.</param>
public sealed record SentMessage(int Index, string MessageId, string? SequenceNumber);
