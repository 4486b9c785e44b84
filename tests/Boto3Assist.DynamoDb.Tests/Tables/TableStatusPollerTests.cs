using System.Diagnostics;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Tests.Tables;

/// <summary>
/// The wait for ACTIVE (DynamoDB Local creates tables instantly, so the CREATING states of real DynamoDB are played
/// by a describe function here): it polls until the table and every global index are ACTIVE, and gives up with a clear
/// error at the time limit.
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

        var result = await TableStatusPoller.WaitUntilActiveAsync(_ => { calls++; return Task.FromResult(states.Dequeue()); }, "t", TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(4, calls);
        Assert.Equal(TableStatus.ACTIVE, result.TableStatus);
        Assert.All(result.GlobalSecondaryIndexes, i => Assert.Equal(IndexStatus.ACTIVE, i.IndexStatus));
    }

    [Fact]
    public async Task Gives_up_at_the_time_limit_naming_what_is_still_pending()
    {
        var clock = Stopwatch.StartNew();
        var calls = 0;

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => TableStatusPoller.WaitUntilActiveAsync(
            _ => { calls++; return Task.FromResult(Table(TableStatus.ACTIVE, IndexStatus.ACTIVE, IndexStatus.CREATING)); },
            "orders",
            TimeSpan.FromMilliseconds(700),
            CancellationToken.None));

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(650), TimeSpan.FromSeconds(5));
        Assert.Contains("'orders'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("index 'gsi2' status CREATING", ex.Message, StringComparison.Ordinal);
        // Backoff: 100 ms doubling (with jitter), so far fewer polls than a fixed 100 ms interval would make.
        Assert.InRange(calls, 2, 6);
    }

    [Fact]
    public async Task Cancellation_stops_the_wait()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TableStatusPoller.WaitUntilActiveAsync(
            _ => Task.FromResult(Table(TableStatus.CREATING)),
            "t",
            TimeSpan.FromMinutes(1),
            cancellation.Token));
    }

    private static TableDescription Table(TableStatus status, params IndexStatus[] indexes) => new()
    {
        TableName = "tbl",
        TableStatus = status,
        GlobalSecondaryIndexes = indexes.Select((s, i) => new GlobalSecondaryIndexDescription { IndexName = $"gsi{i + 1}", IndexStatus = s }).ToList(),
    };
}
