using Microsoft.Extensions.Time.Testing;

namespace Boto3Assist.DynamoDb.Tests.Infrastructure;

/// <summary>
/// A fake clock for code that waits in one flow (a poller, a retry loop): every timer it creates moves the clock on by
/// the timer's due time and fires, so a wait of ten minutes takes no real time and the number of waits is exact.
/// </summary>
internal sealed class InstantClock : FakeTimeProvider
{
    private readonly List<TimeSpan> _waits = [];

    public InstantClock()
        : base(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>The due times of the timers created so far, in order.</summary>
    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return _waits.ToArray();
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_waits)
            {
                _waits.Add(dueTime);
            }

            // After CreateTimer has returned, so the waiting task is fully set up before its timer fires.
            ThreadPool.UnsafeQueueUserWorkItem(_ => Advance(dueTime), null);
        }

        return timer;
    }
}
