using System;
using System.Net;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Boto3Assist.DynamoDb;

/// <summary>Which errors of a DynamoDB call are worth retrying: throttling and server-side (5xx) failures.</summary>
public static class DynamoRetryableErrors
{
    /// <summary>
    /// <see langword="true"/> for <see cref="ProvisionedThroughputExceededException"/>, <see cref="ThrottlingException"/>,
    /// <see cref="RequestLimitExceededException"/>, <see cref="InternalServerErrorException"/> and any service error with a 5xx status.
    /// </summary>
    /// <param name="error">The error.</param>
    /// <returns>Whether to retry.</returns>
    public static bool IsRetryable(Exception error) => error switch
    {
        ProvisionedThroughputExceededException => true,
        ThrottlingException => true,
        RequestLimitExceededException => true,
        InternalServerErrorException => true,
        AmazonServiceException service when (int)service.StatusCode >= 500 => true,
        AmazonServiceException service when service.StatusCode == HttpStatusCode.TooManyRequests => true,
        AmazonServiceException service when service.ErrorCode is "ThrottlingException" or "Throttling" or "RequestLimitExceeded" => true,
        _ => false,
    };
}
