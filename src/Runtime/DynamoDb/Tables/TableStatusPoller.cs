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
    public static Task<TableDescription> WaitUntilActiveAsync(IAmazonDynamoDB client, string tableName, CancellationToken cancellationToken)
        => WaitUntilActiveAsync(
            async ct => (await client.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, ct).ConfigureAwait(false)).Table,
            tableName,
            Timeout,
            TimeProvider.System,
            Random.Shared.NextDouble,
            cancellationToken);

    /// <summary>
    /// Polls <paramref name="describe"/> until the table and its global indexes are ACTIVE, for at most <paramref name="timeout"/>
    /// as measured by <paramref name="timeProvider"/>; <paramref name="jitter"/> gives numbers in [0, 1) for the delays
    /// (tests pass a fake clock and a fixed or seeded jitter, so the number of polls is exact).
    /// </summary>
    /// <exception cref="TimeoutException">Not ACTIVE within <paramref name="timeout"/>; the message says what is still pending.</exception>
    internal static async Task<TableDescription> WaitUntilActiveAsync(
        Func<CancellationToken, Task<TableDescription>> describe,
        string tableName,
        TimeSpan timeout,
        TimeProvider timeProvider,
        Func<double> jitter,
        CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow() + timeout;
        var delay = FirstDelay;
        while (true)
        {
            var table = await describe(cancellationToken).ConfigureAwait(false);
            var pending = PendingPart(table);
            if (pending is null)
            {
                return table;
            }

            var remaining = deadline - timeProvider.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Table '{tableName}' was not ACTIVE after {timeout.TotalSeconds:0.#} s: {pending}.");
            }

            // Equal jitter: half the delay fixed, half random, so concurrent creators do not poll in lockstep.
            var jittered = delay / 2 + TimeSpan.FromMilliseconds(Math.Clamp(jitter(), 0d, 1d) * delay.TotalMilliseconds / 2);
            await Task.Delay(jittered < remaining ? jittered : remaining, timeProvider, cancellationToken).ConfigureAwait(false);
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
