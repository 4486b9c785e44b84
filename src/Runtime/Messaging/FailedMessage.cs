namespace Boto3Assist.Messaging;

/// <summary>A message SQS did not accept, after the sender's bounded retries.</summary>
/// <param name="Index">The position of the message in what was passed to the sender.</param>
/// <param name="Code">The SQS error code (or the exception type when the whole request failed).</param>
/// <param name="Message">The error message.</param>
/// <param name="SenderFault">Whether SQS blamed the request (not retried) rather than itself.</param>
/// <param name="Attempts">How many times the message was sent.</param>
public sealed record FailedMessage(int Index, string Code, string Message, bool SenderFault, int Attempts);
