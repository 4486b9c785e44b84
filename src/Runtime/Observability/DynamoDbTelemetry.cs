using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.Observability;

/// <summary>
/// Spans and metrics for DynamoDB operations. Every DynamoDB call the library makes starts an
/// <see cref="AwsOperation"/> here, records its consumed capacity, retries, throttles and unprocessed items, and
/// disposes the operation when the call ends.
/// </summary>
public static class DynamoDbTelemetry
{
    /// <summary>The value of <c>rpc.service</c> for DynamoDB.</summary>
    public const string ServiceName = "DynamoDB";

    /// <summary>Starts the span and timer of a DynamoDB operation on one table.</summary>
    /// <param name="operation">The DynamoDB action, such as <c>PutItem</c> or <c>Query</c>.</param>
    /// <param name="tableName">The table.</param>
    /// <returns>The operation; dispose it when the call ends.</returns>
    public static AwsOperation StartOperation(string operation, string tableName)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        // The table array is built only for a span: with nobody listening an operation costs one small object.
        var started = AwsOperation.Start(ServiceName, operation, ActivityKind.Client, TelemetryAttributes.DynamoDbTable, tableName);
        started.Activity?.SetTag(TelemetryAttributes.DynamoDbTableNames, new[] { tableName });
        return started;
    }

    /// <summary>Starts the span and timer of a DynamoDB operation on several tables (BatchGetItem, TransactWriteItems...).</summary>
    /// <param name="operation">The DynamoDB action.</param>
    /// <param name="tableNames">The tables, at least one.</param>
    /// <returns>The operation; dispose it when the call ends.</returns>
    public static AwsOperation StartOperation(string operation, IReadOnlyCollection<string> tableNames)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentNullException.ThrowIfNull(tableNames);
        if (tableNames.Count == 0)
        {
            throw new ArgumentException("At least one table name is needed.", nameof(tableNames));
        }

        var names = new string[tableNames.Count];
        var i = 0;
        foreach (var name in tableNames)
        {
            names[i++] = name;
        }

        Array.Sort(names, StringComparer.Ordinal);

        // Metrics carry one dimension value; several tables are joined so the series stays bounded and stable.
        return AwsOperation.Start(
            ServiceName,
            operation,
            ActivityKind.Client,
            TelemetryAttributes.DynamoDbTable,
            string.Join(',', names),
            [new KeyValuePair<string, object?>(TelemetryAttributes.DynamoDbTableNames, names)]);
    }

    /// <summary>
    /// Records the capacity a call consumed: <c>aws.dynamodb.consumed_capacity</c> on the span and the read or write
    /// capacity counters. When DynamoDB reports only <c>CapacityUnits</c> (ReturnConsumedCapacity TOTAL), reads and
    /// writes are told apart by the operation name.
    /// </summary>
    /// <param name="operation">The operation that consumed it.</param>
    /// <param name="capacity">The response's consumed capacity; nothing is recorded when <see langword="null"/>.</param>
    public static void RecordConsumedCapacity(AwsOperation operation, ConsumedCapacity? capacity)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (capacity is null)
        {
            return;
        }

        RecordConsumedCapacity(operation, [capacity]);
    }

    /// <summary>Records the capacity a multi-table call consumed (BatchGetItem, BatchWriteItem, transactions).</summary>
    /// <param name="operation">The operation that consumed it.</param>
    /// <param name="capacities">One entry per table; nothing is recorded when <see langword="null"/> or empty.</param>
    public static void RecordConsumedCapacity(AwsOperation operation, IEnumerable<ConsumedCapacity>? capacities)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (capacities is null)
        {
            return;
        }

        List<string>? spanValues = operation.Activity is null ? null : new List<string>();
        var isRead = IsReadOperation(operation.Method);
        foreach (var capacity in capacities)
        {
            if (capacity is null)
            {
                continue;
            }

            var table = string.IsNullOrEmpty(capacity.TableName) ? DefaultTable(operation) : capacity.TableName;
            var read = capacity.ReadCapacityUnits ?? 0;
            var write = capacity.WriteCapacityUnits ?? 0;
            if (capacity.ReadCapacityUnits is null && capacity.WriteCapacityUnits is null)
            {
                if (isRead)
                {
                    read = capacity.CapacityUnits ?? 0;
                }
                else
                {
                    write = capacity.CapacityUnits ?? 0;
                }
            }

            var tags = new TagList
            {
                { TelemetryAttributes.DynamoDbTable, table },
                { TelemetryAttributes.RpcMethod, operation.Method },
            };
            if (read > 0)
            {
                TelemetryInstruments.ConsumedReadCapacity.Add(read, tags);
            }

            if (write > 0)
            {
                TelemetryInstruments.ConsumedWriteCapacity.Add(write, tags);
            }

            spanValues?.Add(CapacityJson(table, capacity));
        }

        if (spanValues is { Count: > 0 })
        {
            operation.Activity!.SetTag(TelemetryAttributes.DynamoDbConsumedCapacity, spanValues.ToArray());
        }
    }

    /// <summary>Counts a retry the library makes (unprocessed items, a conditional transaction conflict...).</summary>
    /// <param name="operation">The DynamoDB action retried.</param>
    /// <param name="tableName">The table.</param>
    /// <param name="reason">Why, such as <c>UnprocessedItems</c> or <c>ProvisionedThroughputExceededException</c>.</param>
    public static void RecordRetry(string operation, string tableName, string reason) =>
        TelemetryInstruments.Retries.Add(1, new TagList
        {
            { TelemetryAttributes.RpcService, ServiceName },
            { TelemetryAttributes.RpcMethod, operation },
            { TelemetryAttributes.DynamoDbTable, tableName },
            { TelemetryAttributes.RetryReason, reason },
        });

    /// <summary>
    /// Counts a throttled request the library handled itself (for example by retrying). Failures passed to
    /// <see cref="RecordFailure"/> are counted there already.
    /// </summary>
    /// <param name="operation">The DynamoDB action.</param>
    /// <param name="tableName">The table.</param>
    public static void RecordThrottle(string operation, string tableName) =>
        TelemetryInstruments.Throttles.Add(1, new TagList
        {
            { TelemetryAttributes.RpcService, ServiceName },
            { TelemetryAttributes.RpcMethod, operation },
            { TelemetryAttributes.DynamoDbTable, tableName },
        });

    /// <summary>Counts items a batch call returned unprocessed.</summary>
    /// <param name="tableName">The table.</param>
    /// <param name="count">How many; nothing is recorded when zero or less.</param>
    public static void RecordUnprocessedItems(string tableName, int count)
    {
        if (count <= 0)
        {
            return;
        }

        TelemetryInstruments.UnprocessedItems.Add(count, new TagList { { TelemetryAttributes.DynamoDbTable, tableName } });
    }

    /// <summary>Marks the operation failed (see <see cref="AwsOperation.RecordFailure"/>).</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="exception">What went wrong.</param>
    public static void RecordFailure(AwsOperation operation, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.RecordFailure(exception);
    }

    /// <summary>Whether a DynamoDB action reads (so a bare <c>CapacityUnits</c> is read capacity).</summary>
    internal static bool IsReadOperation(string operation) =>
        operation.StartsWith("Get", StringComparison.Ordinal)
        || operation.StartsWith("BatchGet", StringComparison.Ordinal)
        || operation.StartsWith("TransactGet", StringComparison.Ordinal)
        || operation.StartsWith("Query", StringComparison.Ordinal)
        || operation.StartsWith("Scan", StringComparison.Ordinal);

    private static string DefaultTable(AwsOperation operation) =>
        operation.Activity?.GetTagItem(TelemetryAttributes.DynamoDbTableNames) is string[] { Length: > 0 } names ? names[0] : "unknown";

    // The semantic convention records each ConsumedCapacity as the JSON DynamoDB returned.
    private static string CapacityJson(string table, ConsumedCapacity capacity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("TableName", table);
            WriteUnits(writer, "CapacityUnits", capacity.CapacityUnits);
            WriteUnits(writer, "ReadCapacityUnits", capacity.ReadCapacityUnits);
            WriteUnits(writer, "WriteCapacityUnits", capacity.WriteCapacityUnits);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteUnits(Utf8JsonWriter writer, string name, double? units)
    {
        if (units is { } value)
        {
            writer.WriteNumber(name, value);
        }
    }
}
