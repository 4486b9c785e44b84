using System;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The retry loop shared by batch writes and gets: send what is pending, keep what came back unprocessed, wait with
/// the retry policy's backoff and send again, at most <see cref="DynamoRetryPolicy.MaxAttempts"/> attempts. A throttled
/// or 5xx call counts as an attempt that processed nothing. What is still pending at the end is handed to
/// <c>fail</c>, with the reason; nothing is dropped silently.
/// </summary>
internal static class BatchRetryLoop
{
    /// <returns>The number of retries made.</returns>
    public static async Task<int> RunAsync<TPending>(
        DynamoRetryPolicy policy,
        TPending pending,
        Func<TPending, int> count,
        Func<TPending, CancellationToken, Task<TPending>> send,
        Action<TPending, string, Exception?> fail,
        Action<Exception?> onRetry,
        CancellationToken cancellationToken)
    {
        var retries = 0;
        for (var attempt = 1; ; attempt++)
        {
            Exception? error = null;
            try
            {
                pending = await send(pending, cancellationToken).ConfigureAwait(false);
                if (count(pending) == 0)
                {
                    return retries;
                }
            }
            catch (Exception failure) when (DynamoRetryableErrors.IsRetryable(failure) && !cancellationToken.IsCancellationRequested)
            {
                error = failure;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                fail(pending, $"the request failed: {failure.GetType().Name}: {failure.Message}", failure);
                return retries;
            }

            if (attempt >= policy.MaxAttempts)
            {
                fail(
                    pending,
                    error is null
                        ? $"still unprocessed after {attempt} attempts"
                        : $"still failing after {attempt} attempts: {error.GetType().Name}: {error.Message}",
                    error);
                return retries;
            }

            retries++;
            onRetry(error);
            await policy.Delay(policy.DelayBeforeRetry(attempt - 1), cancellationToken).ConfigureAwait(false);
        }
    }
}
