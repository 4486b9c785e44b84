using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

[Collection(DynamoDbCollection.Name)]
public sealed class RetryTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private readonly RecordingDelays _delays = new();
    private FaultInjectingDynamoDbClient _client = null!;
    private DynamoDataContext _context = null!;

    public async Task InitializeAsync()
    {
        _client = fixture.CreateFaultyClient();
        _context = await fixture.CreateContextAsync("retry", _client, o => o.RetryPolicy = _delays.Policy(maxAttempts: 4, jitter: 0.5));
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Single_item_calls_retry_throttling_and_500s_with_jittered_backoff()
    {
        _client.ThrottleFirstCalls = 2;
        _client.FailFirstCallsWith500 = 1;
        await _context.Repository<Product>().PutAsync(new Product { Sku = "retry-1", Stock = 1 });
        Assert.Equal(3, _client.InjectedFaults);
        Assert.Equal(1, _client.PutsSent["retry-1"]);
        Assert.Equal([50, 100, 200], _delays.Delays.Select(d => d.TotalMilliseconds)); // jitter 0.5 of 100, 200, 400
    }

    [Fact]
    public async Task Retries_stop_after_max_attempts_and_the_last_error_surfaces()
    {
        _client.ThrottleFirstCalls = 10;
        await Assert.ThrowsAsync<ProvisionedThroughputExceededException>(() => _context.Repository<Product>().GetAsync(Product.Key("x")));
        Assert.Equal(4, _client.InjectedFaults);
        Assert.Equal(3, _delays.Delays.Count);
        _client.ThrottleFirstCalls = 0;
    }

    [Fact]
    public async Task Other_errors_are_not_retried()
    {
        await _context.Repository<Product>().CreateAsync(new Product { Sku = "retry-dup" });
        await Assert.ThrowsAsync<DynamoConditionFailedException>(() => _context.Repository<Product>().CreateAsync(new Product { Sku = "retry-dup" }));
        Assert.Empty(_delays.Delays);
    }

    [Fact]
    public void Full_jitter_stays_under_the_capped_exponential_bound()
    {
        var policy = new DynamoRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(1) };
        for (var retry = 0; retry < 40; retry++)
        {
            var bound = TimeSpan.FromMilliseconds(Math.Min(1000, 10 * Math.Pow(2, retry)));
            Assert.Equal(bound, policy.BoundBeforeRetry(retry));
            for (var i = 0; i < 50; i++)
            {
                Assert.InRange(policy.DelayBeforeRetry(retry), TimeSpan.Zero, bound);
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => new DynamoRetryPolicy { MaxAttempts = 0 });
    }
}
