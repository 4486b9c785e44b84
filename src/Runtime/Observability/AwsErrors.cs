using System;
using Amazon.Runtime;

namespace Boto3Assist.Observability;

/// <summary>How AWS failures are named on telemetry, and which ones are throttling.</summary>
internal static class AwsErrors
{
    // Error codes AWS services use when they throttle a caller (DynamoDB, SQS, S3 and the shared ones).
    private static readonly string[] ThrottleCodes =
    [
        "ProvisionedThroughputExceededException",
        "ThrottlingException",
        "Throttling",
        "RequestLimitExceeded",
        "RequestThrottled",
        "RequestThrottledException",
        "TooManyRequestsException",
        "SlowDown",
        "ThrottledException",
        "KMS.ThrottlingException",
    ];

    /// <summary>The AWS error code when there is one, else the exception type name.</summary>
    public static string ErrorType(Exception exception) =>
        exception is AmazonServiceException { ErrorCode: { Length: > 0 } code } ? code : exception.GetType().FullName ?? exception.GetType().Name;

    /// <summary>Whether AWS rejected the request because the caller is going too fast.</summary>
    public static bool IsThrottle(Exception exception) =>
        exception is AmazonServiceException service
        && (service.StatusCode == System.Net.HttpStatusCode.TooManyRequests
            || (service.ErrorCode is { Length: > 0 } code && Array.IndexOf(ThrottleCodes, code) >= 0));
}
