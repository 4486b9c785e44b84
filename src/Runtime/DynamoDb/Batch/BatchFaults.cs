using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// How a failed batch call is treated. Batch puts, deletes and gets are idempotent, so besides throttling and 5xx
/// errors, calls that got no answer at all (a client timeout, a broken connection, an I/O error) are retried too.
/// Of those, all but throttling may have been applied by DynamoDB before the answer was lost.
/// </summary>
internal static class BatchFaults
{
    /// <summary>
    /// Whether to retry the call. The caller has already let its own cancellation through, so an
    /// <see cref="OperationCanceledException"/> here is a timeout (the HTTP client's or the SDK's).
    /// </summary>
    public static bool IsRetryable(Exception error) =>
        DynamoRetryableErrors.IsRetryable(error) || error is OperationCanceledException || IsConnectionError(error);

    /// <summary>
    /// Whether DynamoDB may have applied the request although the call failed: no answer, or a server error after
    /// which nobody knows. Throttling and validation errors are answers: nothing was applied.
    /// </summary>
    public static bool MayHaveBeenApplied(Exception error) => error switch
    {
        ProvisionedThroughputExceededException or ThrottlingException or RequestLimitExceededException => false,
        OperationCanceledException => true,
        InternalServerErrorException => true,
        AmazonServiceException service when (int)service.StatusCode >= 500 => true,
        _ => IsConnectionError(error),
    };

    /// <summary>A timeout or a broken connection anywhere in the exception chain.</summary>
    public static bool IsConnectionError(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is TimeoutException or IOException or SocketException or HttpRequestException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The error as a reason: its type and service error code, never its message (which may quote values).</summary>
    public static string Describe(Exception error) =>
        error is AmazonServiceException { ErrorCode: { Length: > 0 } code } && code != error.GetType().Name
            ? $"{error.GetType().Name} ({code})"
            : error.GetType().Name;
}
