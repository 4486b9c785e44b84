using System;
using System.Net;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Boto3Assist.DynamoDb;

/// <summary>Which errors of a DynamoDB call are worth retrying: throttling, server-side (5xx) failures and damaged answers.</summary>
public static class DynamoRetryableErrors
{
    /// <summary>
    /// <see langword="true"/> for <see cref="ProvisionedThroughputExceededException"/>, <see cref="ThrottlingException"/>,
    /// <see cref="RequestLimitExceededException"/>, <see cref="InternalServerErrorException"/>, any service error with a 5xx status,
    /// and <see cref="DynamoResponseChecksumException"/> (an answer damaged on the way, which the SDK client retries too).
    /// </summary>
    /// <param name="error">The error.</param>
    /// <returns>Whether to retry.</returns>
    public static bool IsRetryable(Exception error) => error switch
    {
        ProvisionedThroughputExceededException => true,
        ThrottlingException => true,
        RequestLimitExceededException => true,
        InternalServerErrorException => true,
        DynamoResponseChecksumException => true,
        AmazonServiceException service when (int)service.StatusCode >= 500 => true,
        AmazonServiceException service when service.StatusCode == HttpStatusCode.TooManyRequests => true,
        AmazonServiceException service when service.ErrorCode is "ThrottlingException" or "Throttling" or "RequestLimitExceeded" => true,
        _ => false,
    };
}
