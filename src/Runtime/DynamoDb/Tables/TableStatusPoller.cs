using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>Waits, with bounded exponential backoff and jitter, until a table and all its global indexes are ACTIVE.</summary>
internal static class TableStatusPoller
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>Real tables with several indexes can take minutes; past this the caller gets a clear error, not a hang.</summary>
    internal static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Returns the description of the table once it and its indexes are ACTIVE.</summary>
    /// <exception cref="TimeoutException">Not ACTIVE within <see cref="Timeout"/>.</exception>
    public static async Task<TableDescription> WaitUntilActiveAsync(IAmazonDynamoDB client, string tableName, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Timeout;
        var delay = FirstDelay;
        while (true)
        {
            var table = (await client.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken).ConfigureAwait(false)).Table;
            var pending = PendingPart(table);
            if (pending is null)
            {
                return table;
            }

            if (DateTime.UtcNow + delay > deadline)
            {
                throw new TimeoutException($"Table '{tableName}' was not ACTIVE after {Timeout.TotalMinutes:0} minutes: {pending}.");
            }

            // Equal jitter: half the delay fixed, half random, so concurrent creators do not poll in lockstep.
            var jittered = delay / 2 + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * delay.TotalMilliseconds / 2);
            await Task.Delay(jittered, cancellationToken).ConfigureAwait(false);
            delay = delay * 2 > MaxDelay ? MaxDelay : delay * 2;
        }
    }

    // What is still not ACTIVE, or null when everything is.
    private static string? PendingPart(TableDescription table)
    {
        if (table.TableStatus != TableStatus.ACTIVE)
        {
            return $"table status {table.TableStatus?.Value ?? "unknown"}";
        }

        if (table.GlobalSecondaryIndexes is { } indexes)
        {
            foreach (var index in indexes)
            {
                if (index.IndexStatus != IndexStatus.ACTIVE)
                {
                    return $"index '{index.IndexName}' status {index.IndexStatus?.Value ?? "unknown"}";
                }
            }
        }

        return null;
    }
}
