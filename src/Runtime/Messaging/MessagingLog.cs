using System;
using Microsoft.Extensions.Logging;

namespace Boto3Assist.Messaging;

/// <summary>
/// The library's SQS log messages (source-generated). Message bodies and attribute values only appear in the
/// <c>*WithContent</c> variants, which are used only when the user opted in.
/// </summary>
internal static partial class MessagingLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Sent {Count} message(s) to {Queue}")]
    public static partial void Sent(ILogger logger, string queue, int count);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Retrying {Count} message(s) to {Queue} after {Code} (attempt {Attempt})")]
    public static partial void RetryingEntries(ILogger logger, string queue, int count, string code, int attempt);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "{Count} message(s) were not sent to {Queue}")]
    public static partial void SendFailed(ILogger logger, string queue, int count);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Received {Count} message(s) from {Queue}")]
    public static partial void Received(ILogger logger, string queue, int count);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "Handler failed for message {MessageId} from {Queue} (receive count {ReceiveCount}); left for redrive")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string queue, string messageId, int receiveCount);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Error, Message = "Handler failed for message {MessageId} from {Queue} (receive count {ReceiveCount}); left for redrive. Body: {Body}")]
    public static partial void HandlerFailedWithContent(ILogger logger, Exception exception, string queue, string messageId, int receiveCount, string body);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Debug, Message = "Handled message {MessageId} from {Queue}")]
    public static partial void Handled(ILogger logger, string queue, string messageId);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Debug, Message = "Handling message {MessageId} from {Queue}. Body: {Body}")]
    public static partial void HandlingWithContent(ILogger logger, string queue, string messageId, string body);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Warning, Message = "Extending the visibility of message {MessageId} in {Queue} failed")]
    public static partial void VisibilityExtensionFailed(ILogger logger, Exception exception, string queue, string messageId);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Error, Message = "Receiving from {Queue} failed; retrying in {Delay}")]
    public static partial void ReceiveFailed(ILogger logger, Exception exception, string queue, TimeSpan delay);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Error, Message = "Deleting handled message {MessageId} from {Queue} failed; it will be delivered again")]
    public static partial void DeleteFailed(ILogger logger, Exception exception, string queue, string messageId);

    [LoggerMessage(EventId = 3018, Level = LogLevel.Information, Message = "Consumer of {Queue} stopping; waiting for {InFlight} message(s) in flight")]
    public static partial void Stopping(ILogger logger, string queue, int inFlight);

    [LoggerMessage(EventId = 3019, Level = LogLevel.Warning, Message = "Consumer of {Queue} stopped with {InFlight} handler(s) still running after the shutdown timeout; they were cancelled")]
    public static partial void StopTimedOut(ILogger logger, string queue, int inFlight);
}
