using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The retry loop shared by batch writes and gets: send what is pending, keep what came back unprocessed, wait with
/// the retry policy's backoff and send again, at most <see cref="DynamoRetryPolicy.MaxAttempts"/> attempts. A call
/// that was throttled, failed with a 5xx or got no answer (timeout, broken connection) counts as an attempt that
/// processed nothing; every item's <see cref="BatchEntry.Progress"/> records what is known (confirmed, or maybe applied),
/// so the caller can report each one as processed, not processed or unknown. What is still pending at the end is
/// handed to <c>fail</c>, with the reason; nothing is dropped silently. The caller's cancellation goes through as it is,
/// leaving the items of a call in flight marked as such.
/// </summary>
internal static class BatchRetryLoop
{
    /// <param name="policy">Attempts and backoff.</param>
    /// <param name="pending">The items of one request.</param>
    /// <param name="send">Sends the items; returns those DynamoDB handed back unprocessed.</param>
    /// <param name="fail">Told of the items given up on, with the reason and the last error.</param>
    /// <param name="onRetry">Told of each retry (the error, or null for unprocessed items), for telemetry.</param>
    /// <param name="cancellationToken">Cancels the calls and the waits.</param>
    /// <returns>The number of retries made.</returns>
    public static async Task<int> RunAsync(
        DynamoRetryPolicy policy,
        List<BatchEntry> pending,
        Func<List<BatchEntry>, CancellationToken, Task<List<BatchEntry>>> send,
        Action<List<BatchEntry>, string, Exception?> fail,
        Action<Exception?> onRetry,
        CancellationToken cancellationToken)
    {
        var retries = 0;
        for (var attempt = 1; ; attempt++)
        {
            Exception? error = null;
            foreach (var entry in pending)
            {
                entry.Progress.Sending();
            }

            try
            {
                var unprocessed = await send(pending, cancellationToken).ConfigureAwait(false);
                var left = new HashSet<BatchEntry>(unprocessed, ReferenceEqualityComparer.Instance);
                foreach (var entry in pending)
                {
                    entry.Progress.Answered(processed: !left.Contains(entry));
                }

                pending = unprocessed;
                if (pending.Count == 0)
                {
                    return retries;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception failure) when (BatchFaults.IsRetryable(failure))
            {
                error = failure;
                NoAnswer(pending, failure);
            }
            catch (Exception failure)
            {
                NoAnswer(pending, failure);
                fail(pending, $"the request failed: {BatchFaults.Describe(failure)}", failure);
                return retries;
            }

            if (attempt >= policy.MaxAttempts)
            {
                fail(
                    pending,
                    error is null ? $"still unprocessed after {attempt} attempts" : $"still failing after {attempt} attempts: {BatchFaults.Describe(error)}",
                    error);
                return retries;
            }

            retries++;
            onRetry(error);
            await policy.Delay(policy.DelayBeforeRetry(attempt - 1), cancellationToken).ConfigureAwait(false);
        }
    }

    private static void NoAnswer(List<BatchEntry> pending, Exception failure)
    {
        var mayHaveBeenApplied = BatchFaults.MayHaveBeenApplied(failure);
        foreach (var entry in pending)
        {
            entry.Progress.NoAnswer(mayHaveBeenApplied);
        }
    }
}
