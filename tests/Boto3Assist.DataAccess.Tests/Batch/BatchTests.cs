using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

[Collection(DynamoDbCollection.Name)]
public sealed class BatchTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private readonly RecordingDelays _delays = new();
    private FaultInjectingDynamoDbClient _client = null!;
    private DynamoDataContext _context = null!;

    public async Task InitializeAsync()
    {
        _client = fixture.CreateFaultyClient();
        _context = await fixture.CreateContextAsync("batch", _client, o =>
        {
            o.RetryPolicy = _delays.Policy(maxAttempts: 6);
            o.BatchParallelism = 4;
        });
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    private static List<Product> Products(string prefix, int count) => Enumerable.Range(0, count).Select(i => new Product { Sku = $"{prefix}-{i:0000}", Stock = i }).ToList();

    private async Task<int> CountAsync(string prefix)
        => await _context.Repository<Product>().ScanAsync(new DynamoScan<Product> { Segments = 4, Filter = Product.Fields.Sku.BeginsWith(prefix + "-") }).CountAsync();

    [Fact]
    public async Task Unprocessed_items_are_retried_until_every_item_is_written_exactly_once()
    {
        // One item in 5 comes back unprocessed the first 3 times it is offered: needs retries, never loses.
        _client.HoldBack = (key, offered) => (key.EndsWith('3') || key.EndsWith('7')) && offered < 3;
        var products = Products("unproc", 1000);
        var result = await _context.BatchWriter().PutRange(products).ExecuteAsync();

        Assert.Equal(1000, result.ItemsWritten);
        Assert.Equal(40, result.Requests);
        Assert.True(result.Retries > 0);
        Assert.Equal(1000, _client.PutsSent.Count(p => p.Key.StartsWith("unproc-", StringComparison.Ordinal)));
        Assert.All(_client.PutsSent.Where(p => p.Key.StartsWith("unproc-", StringComparison.Ordinal)), p => Assert.Equal(1, p.Value));
        Assert.Equal(1000, await CountAsync("unproc"));
        Assert.Equal(result.Retries, _delays.Delays.Count);
        Assert.All(_delays.Delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMilliseconds(800)));
    }

    [Fact]
    public async Task Items_that_stay_unprocessed_are_listed_exactly_in_the_exception()
    {
        // Six items are never processed: after 6 attempts they are reported, the rest written.
        var stuck = new[] { "stuck-0000", "stuck-0001", "stuck-0030", "stuck-0031", "stuck-0050", "stuck-0051" };
        _client.HoldBack = (key, _) => stuck.Contains(key);
        var products = Products("stuck", 60); // 3 requests: 25, 25, 10
        var error = await Assert.ThrowsAsync<DynamoBatchException>(() => _context.BatchWriter().PutRange(products).ExecuteAsync());

        Assert.Equal(6, error.Failures.Count);
        Assert.Equal(54, error.Processed);
        Assert.All(error.Failures, f => Assert.Contains("still unprocessed after 6 attempts", f.Reason, StringComparison.Ordinal));
        var failedSkus = error.Failures.Select(f => f.Key["Sku"].S).ToHashSet();
        Assert.Equal(stuck.ToHashSet(), failedSkus);
        var stored = await _context.Repository<Product>().ScanAsync(new DynamoScan<Product> { Filter = Product.Fields.Sku.BeginsWith("stuck-") }).Select(p => p.Sku).ToHashSetAsync();
        Assert.Equal(54, stored.Count);
        Assert.Empty(stored.Intersect(failedSkus));
        Assert.Equal(60, stored.Count + failedSkus.Count);

        // Bounded: 5 retries per request, each delay under min(800 ms, 100 ms * 2^n).
        Assert.Equal(15, _delays.Delays.Count);
        Assert.Equal(
            new[] { 100, 200, 400, 800, 800 }.Select(ms => TimeSpan.FromMilliseconds(ms)),
            Enumerable.Range(0, 5).Select(n => _context.Options.RetryPolicy.BoundBeforeRetry(n)));
        Assert.All(_delays.Delays, d => Assert.True(d <= TimeSpan.FromMilliseconds(800)));
    }

    [Fact]
    public async Task Throttled_and_failing_batch_calls_are_retried()
    {
        _client.ThrottleFirstCalls = 2;
        _client.FailFirstCallsWith500 = 2;
        var result = await _context.BatchWriter().PutRange(Products("throttle", 30)).ExecuteAsync();
        Assert.Equal(30, result.ItemsWritten);
        Assert.Equal(4, result.Retries);
        Assert.Equal(30, await CountAsync("throttle"));
    }

    [Fact]
    public async Task Puts_and_deletes_mix_and_the_last_operation_of_a_key_wins()
    {
        await _context.BatchWriter().PutRange(Products("mix", 10)).ExecuteAsync();
        var writer = _context.BatchWriter();
        for (var i = 0; i < 5; i++)
        {
            writer.Delete<Product>(Product.Key($"mix-{i:0000}"));
        }

        writer.Put(new Product { Sku = "mix-0009", Title = "first" }).Put(new Product { Sku = "mix-0009", Title = "last" });
        Assert.Equal(6, writer.Count);
        var result = await writer.ExecuteAsync();
        Assert.Equal(6, result.ItemsWritten);
        Assert.Equal(5, await CountAsync("mix"));
        Assert.Equal("last", (await _context.Repository<Product>().GetAsync(Product.Key("mix-0009"), true))!.Title);
    }

    [Fact]
    public async Task Requests_stay_within_16_MB_and_items_over_400_KB_are_refused_before_sending()
    {
        var big = new string('x', 300 * 1024);
        var result = await _context.BatchWriter().PutRange(Enumerable.Range(0, 60).Select(i => new Product { Sku = $"big-{i:00}", Payload = big })).ExecuteAsync();
        Assert.Equal(60, result.ItemsWritten);
        Assert.True(result.Requests >= 3); // 60 items of 300 KB = 18 MB: more than one request even below 25 items each

        // The item over 400 KB is never sent and fails alone: its neighbour is written.
        var calls = _client.BatchCalls;
        var tooBig = new string('x', 401 * 1024);
        var error = await Assert.ThrowsAsync<DynamoBatchException>(() => _context.BatchWriter().Put(new Product { Sku = "huge", Payload = tooBig }).Put(new Product { Sku = "fine" }).ExecuteAsync());
        var failure = Assert.Single(error.Failures);
        Assert.Equal("huge", failure.Key["Sku"].S);
        Assert.Equal(DynamoLimit.ItemSize, failure.Refusal!.Limit);
        Assert.Contains("400 KB", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Processed);
        Assert.Equal(calls + 1, _client.BatchCalls);
        Assert.False(_client.PutsSent.ContainsKey("huge"));
        Assert.NotNull(await _context.Repository<Product>().GetAsync(Product.Key("fine"), true));
        Assert.Null(await _context.Repository<Product>().GetAsync(Product.Key("huge"), true));
    }

    [Fact]
    public async Task Batch_get_dedupes_chunks_by_100_retries_unprocessed_keys_and_maps_types()
    {
        await _context.BatchWriter().PutRange(Products("get", 250)).Put(new Customer { CustomerId = "bg", Name = "Batch" }).ExecuteAsync();
        _client.HoldBack = (key, offered) => key.EndsWith('7') && offered < 2;
        var getter = _context.BatchGetter();
        getter.AddRange<Product>(Enumerable.Range(0, 250).Select(i => (IReadOnlyDictionary<string, AttributeValue>)Product.Key($"get-{i:0000}")));
        getter.AddRange<Product>(Enumerable.Range(0, 50).Select(i => (IReadOnlyDictionary<string, AttributeValue>)Product.Key($"get-{i:0000}")));
        getter.Add<Product>(Product.Key("get-missing"));
        getter.Add<Customer>(Customer.Keys.PrimaryKey("bg"));
        Assert.Equal(252, getter.Count);

        var result = await getter.ExecuteAsync();
        Assert.Equal(250, result.OfType<Product>().Count);
        Assert.Equal("Batch", Assert.Single(result.OfType<Customer>()).Name);
        Assert.Equal(42, result.Find<Product>(Product.Key("get-0042"))!.Stock);
        Assert.Null(result.Find<Product>(Product.Key("get-missing")));
        Assert.True(result.Retries > 0);
    }

    [Fact]
    public async Task Batch_get_lists_keys_that_stay_unprocessed()
    {
        await _context.BatchWriter().PutRange(Products("getfail", 5)).ExecuteAsync();
        _client.HoldBack = (key, _) => key == "getfail-0003";
        var error = await Assert.ThrowsAsync<DynamoBatchException>(() => _context.BatchGetter().AddRange<Product>(Products("getfail", 5).Select(p => (IReadOnlyDictionary<string, AttributeValue>)p.ToKey())).ExecuteAsync());
        Assert.Equal("BatchGetItem", error.Operation);
        Assert.Equal("getfail-0003", Assert.Single(error.Failures).Key["Sku"].S);
        Assert.Equal(4, error.Processed);
    }
}
