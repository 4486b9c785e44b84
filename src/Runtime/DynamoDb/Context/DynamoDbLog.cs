using Microsoft.Extensions.Logging;

namespace Boto3Assist.DynamoDb;

/// <summary>The data access layer's log messages (source-generated). Keys and items are never logged.</summary>
internal static partial class DynamoDbLog
{
    [LoggerMessage(
        EventId = 2001,
        Level = LogLevel.Warning,
        Message = "Continuation tokens are not signed: DynamoDataAccessOptions.ContinuationTokenKey is not set, so a client can forge a start key within its own query. Set a secret of 32 random bytes (base64 in configuration as DynamoDb:ContinuationTokenKey), the same on every instance.")]
    public static partial void UnsignedContinuationTokens(ILogger logger);
}
