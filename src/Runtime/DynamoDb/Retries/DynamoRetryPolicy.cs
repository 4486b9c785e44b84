using System;
using System.Threading;
using System.Threading.Tasks;
using Boto3Assist.Retries;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The one bounded retry policy of the data access layer: exponential backoff with full jitter
/// (a random delay between zero and <c>min(MaxDelay, BaseDelay * 2^retry)</c>), at most <see cref="MaxAttempts"/> attempts.
/// Used for throttling and 5xx errors of single-item calls and for unprocessed items and keys of batch calls.
/// The AWS client's own retries stay as configured on the client.
/// </summary>
public sealed class DynamoRetryPolicy
{
    private readonly int _maxAttempts = 8;
    private readonly TimeSpan _baseDelay = TimeSpan.FromMilliseconds(50);
    private readonly TimeSpan _maxDelay = TimeSpan.FromSeconds(5);

    /// <summary>The default policy: 8 attempts, 50 ms base delay, 5 s maximum delay.</summary>
    public static DynamoRetryPolicy Default { get; } = new();

    /// <summary>Attempts in all, the first one included (1 = no retry). At least 1.</summary>
    public int MaxAttempts
    {
        get => _maxAttempts;
        init => _maxAttempts = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxAttempts), value, "MaxAttempts must be at least 1.");
    }

    /// <summary>The delay cap of the first retry; doubled for each further retry.</summary>
    public TimeSpan BaseDelay
    {
        get => _baseDelay;
        init => _baseDelay = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(BaseDelay), value, "BaseDelay cannot be negative.");
    }

    /// <summary>The largest delay between two attempts.</summary>
    public TimeSpan MaxDelay
    {
        get => _maxDelay;
        init => _maxDelay = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(MaxDelay), value, "MaxDelay cannot be negative.");
    }

    private readonly Func<TimeSpan, CancellationToken, Task>? _delay;

    /// <summary>The clock the waits between attempts are measured by; a fake clock in tests makes them take no real time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Waits between attempts: by default <see cref="Task.Delay(TimeSpan, System.TimeProvider, CancellationToken)"/> on
    /// <see cref="TimeProvider"/>. Replace it in tests to record delays without sleeping.
    /// </summary>
    public Func<TimeSpan, CancellationToken, Task> Delay
    {
        get => _delay ?? ((delay, ct) => Task.Delay(delay, TimeProvider, ct));
        init => _delay = value;
    }

    /// <summary>
    /// A number in [0, 1) for the jitter; by default <see cref="Random.Shared"/>. For reproducible delays pass a seeded
    /// source, for example <c>new Random(42).NextDouble</c> (not thread-safe: one per policy used from one flow), or a constant.
    /// </summary>
    public Func<double> Jitter { get; init; } = static () => Random.Shared.NextDouble();

    /// <summary>The delay before retry number <paramref name="retry"/> (0 for the first retry), with full jitter.</summary>
    /// <param name="retry">The retry number, from 0.</param>
    /// <returns>A delay between zero and the capped exponential bound.</returns>
    public TimeSpan DelayBeforeRetry(int retry) => RetryBackoff.Delay(retry, BaseDelay, MaxDelay, Jitter());

    /// <summary>The upper bound of the delay before retry number <paramref name="retry"/>: <c>min(MaxDelay, BaseDelay * 2^retry)</c>.</summary>
    /// <param name="retry">The retry number, from 0.</param>
    /// <returns>The bound.</returns>
    public TimeSpan BoundBeforeRetry(int retry) => RetryBackoff.Bound(retry, BaseDelay, MaxDelay);

    /// <summary>
    /// Runs <paramref name="operation"/>, retrying throttling and 5xx errors (<see cref="DynamoRetryableErrors"/>)
    /// up to <see cref="MaxAttempts"/> attempts; the last error is rethrown as it was.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="operation">The call.</param>
    /// <param name="cancellationToken">Cancels the call and the waits.</param>
    /// <param name="onRetry">Told of each error that is about to be retried (for telemetry), if given.</param>
    /// <returns>The result of the first successful attempt.</returns>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken, Action<Exception>? onRetry = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (attempt < MaxAttempts && DynamoRetryableErrors.IsRetryable(error) && !cancellationToken.IsCancellationRequested)
            {
                onRetry?.Invoke(error);
                await Delay(DelayBeforeRetry(attempt - 1), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
