using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;

namespace Boto3Assist.DynamoDb.Tests.Tables;

/// <summary>
/// The wait for ACTIVE (DynamoDB Local creates tables instantly, so the CREATING states of real DynamoDB are played
/// by a describe function here): it polls until the table and every global index are ACTIVE, and gives up with a clear
/// error at the time limit. Time is a fake clock and the jitter fixed, so every count below is exact.
/// </summary>
public sealed class TableStatusPollerTests
{
    [Fact]
    public async Task Waits_until_the_table_and_every_global_index_are_active()
    {
        var states = new Queue<TableDescription>([
            Table(TableStatus.CREATING),
            Table(TableStatus.ACTIVE, IndexStatus.CREATING),
            Table(TableStatus.ACTIVE, IndexStatus.ACTIVE, IndexStatus.CREATING),
            Table(TableStatus.ACTIVE, IndexStatus.ACTIVE, IndexStatus.ACTIVE),
        ]);
        var calls = 0;

        var clock = new InstantClock();

        var result = await TableStatusPoller.WaitUntilActiveAsync(_ => { calls++; return Task.FromResult(states.Dequeue()); }, "t", TimeSpan.FromSeconds(30), clock, () => 0.5, CancellationToken.None);

        Assert.Equal(4, calls);
        // Equal jitter at 0.5: three quarters of 100, 200 and 400 ms.
        Assert.Equal([TimeSpan.FromMilliseconds(75), TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(300)], clock.Waits);
        Assert.Equal(TableStatus.ACTIVE, result.TableStatus);
        Assert.All(result.GlobalSecondaryIndexes, i => Assert.Equal(IndexStatus.ACTIVE, i.IndexStatus));
    }

    [Fact]
    public async Task Gives_up_at_the_time_limit_naming_what_is_still_pending()
    {
        var clock = new InstantClock();
        var started = clock.GetUtcNow();
        var calls = 0;

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => TableStatusPoller.WaitUntilActiveAsync(
            _ => { calls++; return Task.FromResult(Table(TableStatus.ACTIVE, IndexStatus.ACTIVE, IndexStatus.CREATING)); },
            "orders",
            TimeSpan.FromMilliseconds(700),
            clock,
            () => 1.0,
            CancellationToken.None));

        Assert.Equal(TimeSpan.FromMilliseconds(700), clock.GetUtcNow() - started);
        Assert.Contains("'orders'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("index 'gsi2' status CREATING", ex.Message, StringComparison.Ordinal);
        // Backoff: 100, 200, 400 ms, then the 0 ms left: far fewer polls than a fixed 100 ms interval would make.
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)], clock.Waits);
        Assert.Equal(4, calls);
    }

    [Fact]
    public async Task Cancellation_stops_the_wait()
    {
        using var cancellation = new CancellationTokenSource();
        var calls = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TableStatusPoller.WaitUntilActiveAsync(
            _ =>
            {
                // The caller gives up during the third poll.
                if (++calls == 3)
                {
                    cancellation.Cancel();
                }

                return Task.FromResult(Table(TableStatus.CREATING));
            },
            "t",
            TimeSpan.FromMinutes(1),
            new InstantClock(),
            () => 0.5,
            cancellation.Token));
        Assert.Equal(3, calls);
    }

    private static TableDescription Table(TableStatus status, params IndexStatus[] indexes) => new()
    {
        TableName = "tbl",
        TableStatus = status,
        GlobalSecondaryIndexes = indexes.Select((s, i) => new GlobalSecondaryIndexDescription { IndexName = $"gsi{i + 1}", IndexStatus = s }).ToList(),
    };
}
