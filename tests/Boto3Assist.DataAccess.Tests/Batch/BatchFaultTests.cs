using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

/// <summary>
/// Batch writes and gets under network faults injected on the client's HTTP pipeline (SDK retries off), against
/// DynamoDB Local: timeouts and broken connections are retried like throttling, every item ends up reported as
/// written, not written or unknown, and what each report says is checked against what is really stored.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class BatchFaultTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private readonly RecordingDelays _delays = new();
    private readonly HttpFaultInjector _faults = new();
    private Amazon.DynamoDBv2.AmazonDynamoDBClient _client = null!;
    private DynamoDataContext _context = null!;

    public async Task InitializeAsync()
    {
        _client = _faults.CreateClient(fixture.Local.CreateClientConfig());
        _context = await fixture.CreateContextAsync("batchfaults", _client, o =>
        {
            o.RetryPolicy = _delays.Policy(maxAttempts: 4);
            o.BatchParallelism = 1; // one request at a time: which request a fault hits is exact
        });
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _faults.Dispose();
        return Task.CompletedTask;
    }

    private static List<Product> Products(string prefix, int count) => Enumerable.Range(0, count).Select(i => new Product { Sku = $"{prefix}-{i:0000}", Stock = i }).ToList();

    private async Task<HashSet<string>> StoredAsync(string prefix)
        => await _context.Repository<Product>().ScanAsync(new DynamoScan<Product> { Filter = Product.Fields.Sku.BeginsWith(prefix + "-") }).Select(p => p.Sku).ToHashSetAsync();

    private static string Sku(DynamoBatchItem item) => item.Key["Sku"].S;

    [Fact]
    public async Task Timeouts_broken_connections_and_500s_are_retried_and_every_item_is_written()
    {
        // Requests 2, 4, 6 and 8 (of 12) meet a fault once each; the retries send them again.
        _faults.Choose = (action, call, _) => action != "BatchWriteItem" ? HttpFault.None : call switch
        {
            2 => HttpFault.TimeoutAfterApplied,
            4 => HttpFault.ConnectionResetBeforeSending,
            6 => HttpFault.ConnectionResetAfterApplied,
            8 => HttpFault.ServerErrorAfterApplied,
            _ => HttpFault.None,
        };

        var result = await _context.BatchWriter().PutRange(Products("flaky", 300)).ExecuteAsync();

        Assert.Equal(300, result.ItemsWritten);
        Assert.Equal(12, result.Requests);
        Assert.Equal(4, result.Retries);
        Assert.Equal(16, _faults.Calls("BatchWriteItem"));
        Assert.Equal(Products("flaky", 300).Select(p => p.Sku).ToHashSet(), await StoredAsync("flaky"));
    }

    [Fact]
    public async Task Requests_that_never_get_an_answer_are_reported_unknown_and_throttled_ones_not_written()
    {
        // 100 items, 4 requests: the first always times out after the server applied it, the second always breaks
        // with a 500 after it was applied, the third is always throttled (never applied), the fourth goes through.
        _faults.Choose = (action, _, body) => action != "BatchWriteItem" ? HttpFault.None
            : body.Contains("\"ans-0000\"", StringComparison.Ordinal) ? HttpFault.TimeoutAfterApplied
            : body.Contains("\"ans-0025\"", StringComparison.Ordinal) ? HttpFault.ServerErrorAfterApplied
            : body.Contains("\"ans-0050\"", StringComparison.Ordinal) ? HttpFault.Throttled
            : HttpFault.None;

        var error = await Assert.ThrowsAsync<DynamoBatchException>(() => _context.BatchWriter().PutRange(Products("ans", 100)).ExecuteAsync());

        var stored = await StoredAsync("ans");
        var unknown = error.Failures.Where(f => f.Outcome == DynamoBatchOutcome.Unknown).Select(f => f.Key["Sku"].S).ToHashSet();
        var notWritten = error.Failures.Where(f => f.Outcome == DynamoBatchOutcome.NotProcessed).Select(f => f.Key["Sku"].S).ToHashSet();
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"ans-{i:0000}").ToHashSet(), unknown);
        Assert.Equal(Enumerable.Range(50, 25).Select(i => $"ans-{i:0000}").ToHashSet(), notWritten);
        Assert.Equal(25, error.Processed);

        // Each report is true of the table: unknown writes were in fact applied, "not written" ones are absent.
        Assert.Subset(stored, unknown);
        Assert.Empty(stored.Intersect(notWritten));
        Assert.Equal(75, stored.Count);
        Assert.All(error.Failures.Where(f => f.Outcome == DynamoBatchOutcome.Unknown), f => Assert.Contains("still failing after 4 attempts", f.Reason, StringComparison.Ordinal));
        Assert.Contains("50 unknown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_mid_batch_throws_with_every_item_written_not_written_or_unknown()
    {
        // The third request is applied by the server, then the caller cancels before its answer arrives.
        _faults.Choose = (action, call, _) => action == "BatchWriteItem" && call == 3 ? HttpFault.CancelAfterApplied : HttpFault.None;
        var products = Products("cancel", 300);

        var error = await Assert.ThrowsAsync<DynamoBatchCanceledException>(() => _context.BatchWriter().PutRange(products).ExecuteAsync(_faults.CancelCaller.Token));

        Assert.Equal("BatchWriteItem", error.Operation);
        Assert.Equal(_faults.CancelCaller.Token, error.CancellationToken);
        Assert.Equal(products.Select(p => p.Sku).Order(), error.Processed.Concat(error.NotProcessed).Concat(error.Unknown).Select(Sku).Order());
        Assert.Equal(products.Take(50).Select(p => p.Sku), error.Processed.Select(Sku).Order());
        Assert.Equal(products.Skip(50).Take(25).Select(p => p.Sku), error.Unknown.Select(Sku).Order());
        Assert.Equal(225, error.NotProcessed.Count);
        var stored = await StoredAsync("cancel");
        Assert.Subset(stored, error.Processed.Select(Sku).ToHashSet());
        Assert.Empty(stored.Intersect(error.NotProcessed.Select(Sku)));
        Assert.Equal(75, stored.Count); // the unknown 25 were applied
        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    [Fact]
    public async Task Batch_get_retries_timeouts_and_broken_connections()
    {
        await _context.BatchWriter().PutRange(Products("getflaky", 250)).ExecuteAsync();
        _faults.Choose = (action, call, _) => action != "BatchGetItem" ? HttpFault.None : call switch
        {
            1 => HttpFault.TimeoutAfterApplied,
            3 => HttpFault.ConnectionResetBeforeSending,
            _ => HttpFault.None,
        };

        var result = await _context.BatchGetter().AddRange<Product>(Products("getflaky", 250).Select(p => (IReadOnlyDictionary<string, AttributeValue>)p.ToKey())).ExecuteAsync();

        Assert.Equal(250, result.OfType<Product>().Count);
        Assert.Equal(2, result.Retries);
        Assert.Equal(7, result.Find<Product>(Product.Key("getflaky-0007"))!.Stock);
    }

    [Fact]
    public async Task Cancelling_a_batch_get_throws_with_the_items_read_and_the_keys_not_read()
    {
        await _context.BatchWriter().PutRange(Products("getcancel", 250)).ExecuteAsync();
        _faults.Choose = (action, call, _) => action == "BatchGetItem" && call == 2 ? HttpFault.CancelAfterApplied : HttpFault.None;

        var error = await Assert.ThrowsAsync<DynamoBatchCanceledException>(() => _context.BatchGetter()
            .AddRange<Product>(Products("getcancel", 250).Select(p => (IReadOnlyDictionary<string, AttributeValue>)p.ToKey()))
            .ExecuteAsync(_faults.CancelCaller.Token));

        Assert.Equal("BatchGetItem", error.Operation);
        Assert.Equal(100, error.Processed.Count);
        Assert.Equal(150, error.NotProcessed.Count);
        Assert.Empty(error.Unknown); // a read has no effect: never unknown
        Assert.Equal(error.Processed.Select(Sku).Order(), error.ItemsRead.Cast<Product>().Select(p => p.Sku).Order());
        Assert.Equal(250, error.Processed.Concat(error.NotProcessed).Select(Sku).Distinct().Count());
    }
}
