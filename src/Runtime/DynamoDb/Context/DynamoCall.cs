using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Observability;

namespace Boto3Assist.DynamoDb;

/// <summary>Runs one DynamoDB call inside its telemetry span, with the context's bounded retry of throttling and 5xx errors.</summary>
internal static class DynamoCall
{
    /// <summary>
    /// TOTAL when someone listens to the capacity metrics or to the spans, NONE otherwise: DynamoDB then does not
    /// compute capacity nobody reads (about a tenth of a batch write's cost on DynamoDB Local).
    /// </summary>
    public static ReturnConsumedCapacity Capacity
        => TelemetryInstruments.ConsumedReadCapacity.Enabled || TelemetryInstruments.ConsumedWriteCapacity.Enabled || Boto3AssistTelemetry.ActivitySource.HasListeners()
            ? ReturnConsumedCapacity.TOTAL
            : ReturnConsumedCapacity.NONE;

    /// <summary>One call on one table, with the bounded retry.</summary>
    public static Task<TResponse> RunAsync<TResponse>(
        DynamoDataContext context,
        string operation,
        string tableName,
        Func<CancellationToken, Task<TResponse>> call,
        Func<TResponse, IEnumerable<ConsumedCapacity>?> capacity,
        CancellationToken cancellationToken)
        => RunAsync(context, operation, [tableName], call, capacity, retry: true, cancellationToken);

    /// <summary>
    /// One call on one table, with the bounded retry, whose response is mapped inside the span: an item the entity
    /// cannot read (<see cref="DynamoMappingException"/>) marks the call failed, as the caller sees it.
    /// </summary>
    public static Task<TResult> RunAsync<TResponse, TResult>(
        DynamoDataContext context,
        string operation,
        string tableName,
        Func<CancellationToken, Task<TResponse>> call,
        Func<TResponse, IEnumerable<ConsumedCapacity>?> capacity,
        Func<TResponse, TResult> map,
        CancellationToken cancellationToken)
        => RunAsync(context, operation, [tableName], call, capacity, map, retry: true, cancellationToken);

    /// <summary>
    /// One call on one or more tables; with <paramref name="retry"/> false the caller retries itself (the batch loop,
    /// which must re-send only what came back unprocessed).
    /// </summary>
    public static Task<TResponse> RunAsync<TResponse>(
        DynamoDataContext context,
        string operation,
        IReadOnlyList<string> tableNames,
        Func<CancellationToken, Task<TResponse>> call,
        Func<TResponse, IEnumerable<ConsumedCapacity>?> capacity,
        bool retry,
        CancellationToken cancellationToken)
        => RunAsync(context, operation, tableNames, call, capacity, static response => response, retry, cancellationToken);

    private static async Task<TResult> RunAsync<TResponse, TResult>(
        DynamoDataContext context,
        string operation,
        IReadOnlyList<string> tableNames,
        Func<CancellationToken, Task<TResponse>> call,
        Func<TResponse, IEnumerable<ConsumedCapacity>?> capacity,
        Func<TResponse, TResult> map,
        bool retry,
        CancellationToken cancellationToken)
    {
        using var span = tableNames.Count == 1 ? DynamoDbTelemetry.StartOperation(operation, tableNames[0]) : DynamoDbTelemetry.StartOperation(operation, tableNames);
        try
        {
            var response = retry
                ? await context.Options.RetryPolicy.ExecuteAsync(call, cancellationToken, error => RecordRetry(operation, tableNames, error)).ConfigureAwait(false)
                : await call(cancellationToken).ConfigureAwait(false);
            DynamoDbTelemetry.RecordConsumedCapacity(span, capacity(response));
            return map(response);
        }
        catch (Exception error)
        {
            DynamoDbTelemetry.RecordFailure(span, error);
            throw;
        }
    }

    /// <summary>Counts a retry on every table of the call.</summary>
    public static void RecordRetry(string operation, IReadOnlyList<string> tableNames, Exception? error, string unprocessedReason = "UnprocessedItems")
    {
        foreach (var table in tableNames)
        {
            RecordRetry(operation, table, error, unprocessedReason);
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
