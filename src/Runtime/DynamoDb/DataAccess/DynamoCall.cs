using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Observability;

namespace Boto3Assist.DynamoDb;

/// <summary>Runs one DynamoDB call inside its telemetry span, with the context's bounded retry of throttling and 5xx errors.</summary>
internal static class DynamoCall
{
    public static async Task<TResponse> RunAsync<TResponse>(
        DynamoDataContext context,
        string operation,
        string tableName,
        Func<CancellationToken, Task<TResponse>> call,
        Func<TResponse, IEnumerable<ConsumedCapacity>?> capacity,
        CancellationToken cancellationToken)
    {
        using var span = DynamoDbTelemetry.StartOperation(operation, tableName);
        try
        {
            var response = await context.Options.RetryPolicy.ExecuteAsync(
                call,
                cancellationToken,
                error => RecordRetry(operation, tableName, error)).ConfigureAwait(false);
            DynamoDbTelemetry.RecordConsumedCapacity(span, capacity(response));
            return response;
        }
        catch (Exception error)
        {
            DynamoDbTelemetry.RecordFailure(span, error);
            throw;
        }
    }

    /// <summary>Counts a retry: of a failed call (<paramref name="error"/>) or of unprocessed batch entries (null).</summary>
    public static void RecordRetry(string operation, string tableName, Exception? error, string unprocessedReason = "UnprocessedItems")
    {
        if (error is ProvisionedThroughputExceededException or ThrottlingException or RequestLimitExceededException)
        {
            DynamoDbTelemetry.RecordThrottle(operation, tableName);
        }

        DynamoDbTelemetry.RecordRetry(operation, tableName, error?.GetType().Name ?? unprocessedReason);
    }

    public static IEnumerable<ConsumedCapacity>? One(ConsumedCapacity? capacity) => capacity is null ? null : [capacity];
}
