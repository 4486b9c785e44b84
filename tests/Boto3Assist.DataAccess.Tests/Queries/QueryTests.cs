using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

[Collection(DynamoDbCollection.Name)]
public sealed class QueryTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private DynamoDataContext _context = null!;
    private DynamoRepository<Order> _orders = null!;
    private FaultInjectingDynamoDbClient _counting = null!;

    public async Task InitializeAsync()
    {
        _context = await fixture.CreateContextAsync("query");
        _orders = _context.Repository<Order>();
        _counting = fixture.CreateFaultyClient();
        if (await _orders.GetAsync(Order.Keys.PrimaryKey("q1", Start, "o00"), true) is null)
        {
            await _context.Repository<Customer>().PutAsync(new Customer { CustomerId = "q1", Name = "Query" });
            var writer = _context.BatchWriter();
            for (var i = 0; i < 30; i++)
            {
                writer.Put(new Order { CustomerId = "q1", OrderId = "o" + i.ToString("00"), OrderDate = Start.AddDays(i), Status = i % 3 == 0 ? "SHIPPED" : "NEW", Total = i });
            }

            writer.Put(new Order { CustomerId = "q2", OrderId = "other", OrderDate = Start, Status = "SHIPPED", Total = 1 });
            await writer.ExecuteAsync();
        }
    }

    public Task DisposeAsync()
    {
        _counting.Dispose();
        return Task.CompletedTask;
    }

    private static DynamoQuery<Order> ByCustomer() => new(Order.Keys.PartitionKey("q1")) { SortKey = DynamoSortKeyCondition.BeginsWith(Order.Keys.SortKeyPrefix()) };

    [Fact]
    public async Task Partition_query_reads_only_this_entity_type_in_key_order()
    {
        var all = await _orders.QueryAsync(new DynamoQuery<Order>(Order.Keys.PartitionKey("q1"))).ToListAsync();
        Assert.Equal(30, all.Count); // the Customer item of the partition is filtered out by its discriminator
        Assert.Equal(all.OrderBy(o => o.OrderDate).Select(o => o.OrderId), all.Select(o => o.OrderId));
    }

    [Fact]
    public async Task Sort_key_conditions_order_limit_and_filter()
    {
        var day5 = Start.AddDays(5);
        var day9 = Start.AddDays(9);
        Assert.Equal(["o05"], await Ids(ByCustomer() with { SortKey = DynamoSortKeyCondition.BeginsWith(Order.Keys.SortKeyPrefix(day5)) }));
        Assert.Equal(["o05", "o06", "o07", "o08", "o09"], await Ids(ByCustomer() with { SortKey = DynamoSortKeyCondition.Between(Order.Keys.SortKey(day5, "o05"), Order.Keys.SortKey(day9, "o09")) }));
        Assert.Equal(5, (await Ids(ByCustomer() with { SortKey = DynamoSortKeyCondition.LessThan(Order.Keys.SortKeyPrefix(day5)) })).Count);
        Assert.Equal(6, (await Ids(ByCustomer() with { SortKey = DynamoSortKeyCondition.LessThanOrEqual(Order.Keys.SortKey(day5, "o05")) })).Count);
        Assert.Equal(24, (await Ids(ByCustomer() with { SortKey = DynamoSortKeyCondition.GreaterThan(Order.Keys.SortKey(day5, "o05")) })).Count);
        Assert.Equal(25, (await Ids(ByCustomer() with { SortKey = DynamoSortKeyCondition.GreaterThanOrEqual(Order.Keys.SortKey(day5, "o05")) })).Count);
        Assert.Equal(["o05"], await Ids(ByCustomer() with { SortKey = DynamoSortKeyCondition.EqualTo(Order.Keys.SortKey(day5, "o05")) }));
        Assert.Equal(["o29", "o28", "o27"], await Ids(ByCustomer() with { Descending = true, Limit = 3 }));
        Assert.Equal(["o03", "o06", "o09"], await Ids(ByCustomer() with { Filter = Order.Fields.Status.EqualTo("SHIPPED") & Order.Fields.Total.Between(1m, 10m) }));
    }

    [Fact]
    public async Task Global_index_query_with_its_key_builders_and_no_consistent_read()
    {
        var shipped = await _orders.QueryAsync(new DynamoQuery<Order>(Order.Keys.Gsi1.PartitionKey("SHIPPED"))
        {
            IndexName = Order.Keys.Gsi1.IndexName,
            SortKey = DynamoSortKeyCondition.GreaterThanOrEqual(Order.Keys.Gsi1.SortKey(Start.AddDays(3))),
        }).ToListAsync();
        Assert.Equal(9, shipped.Count); // days 3, 6, ..., 27
        Assert.All(shipped, o => Assert.Equal("SHIPPED", o.Status));

        var error = Assert.Throws<DynamoInvalidRequestException>(() => _orders.QueryAsync(new DynamoQuery<Order>("x") { IndexName = "gsi1", ConsistentRead = true }));
        Assert.Contains("consistent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_index_query_allows_consistent_reads()
    {
        var bigOnes = await _orders.QueryAsync(new DynamoQuery<Order>(Order.Keys.PartitionKey("q1"))
        {
            IndexName = Order.Keys.Lsi1.IndexName,
            SortKey = DynamoSortKeyCondition.GreaterThanOrEqual(Order.Keys.Lsi1.SortKey(25m)),
            ConsistentRead = true,
            Descending = true,
        }).ToListAsync();
        Assert.Equal(["o29", "o28", "o27", "o26", "o25"], bigOnes.Select(o => o.OrderId));

        var page = await _orders.QueryPageAsync(new DynamoQuery<Order>(Order.Keys.PartitionKey("q1")) { IndexName = "lsi1", PageSize = 4, ConsistentRead = true });
        var next = await _orders.QueryPageAsync(new DynamoQuery<Order>(Order.Keys.PartitionKey("q1")) { IndexName = "lsi1", PageSize = 4, ConsistentRead = true }, page.ContinuationToken);
        Assert.Equal(["o04", "o05", "o06", "o07"], next.Items.Select(o => o.OrderId)); // the token holds table and index keys
    }

    [Fact]
    public async Task Unknown_index_and_number_begins_with_are_refused()
    {
        var error = await Assert.ThrowsAsync<DynamoInvalidRequestException>(async () => await _orders.QueryAsync(new DynamoQuery<Order>("x") { IndexName = "nope" }).ToListAsync());
        Assert.Equal("nope", error.AttributeName);
        Assert.Contains("gsi1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enumeration_fetches_pages_on_demand()
    {
        var context = new DynamoDataContext(_counting, _context.Options);
        var calls = 0;
        var counted = new CountingQueries(_counting, () => calls++);
        var orders = context.Repository<Order>();
        await using var enumerator = orders.QueryAsync(ByCustomer() with { PageSize = 5 }).GetAsyncEnumerator();
        Assert.Equal(0, counted.Calls);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(await enumerator.MoveNextAsync());
        }

        Assert.Equal(1, counted.Calls);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal(2, counted.Calls);
    }

    [Fact]
    public async Task Pages_cover_the_query_exactly_once_with_url_safe_tokens()
    {
        var query = ByCustomer() with { PageSize = 7 };
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await _orders.QueryPageAsync(query, token);
            seen.AddRange(page.Items.Select(o => o.OrderId));
            token = page.ContinuationToken;
            Assert.True(token is null || token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'), token);
            pages++;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 30).Select(i => "o" + i.ToString("00")), seen);
        Assert.InRange(pages, 5, 6); // 7+7+7+7+2, plus possibly an empty last page
    }

    [Fact]
    public async Task Filtered_pages_are_filled_up_to_the_page_size()
    {
        var page = await _orders.QueryPageAsync(ByCustomer() with { PageSize = 4, Filter = Order.Fields.Status.EqualTo("SHIPPED") });
        Assert.Equal(["o00", "o03", "o06", "o09"], page.Items.Select(o => o.OrderId));
        Assert.NotNull(page.ContinuationToken);
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        var page = await _orders.QueryPageAsync(ByCustomer() with { PageSize = 3 });
        var token = page.ContinuationToken!;
        var flipped = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var error = await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => _orders.QueryPageAsync(ByCustomer() with { PageSize = 3 }, flipped));
        Assert.True(error.Problem is DynamoContinuationTokenProblem.Tampered or DynamoContinuationTokenProblem.Malformed, error.Problem.ToString());

        var garbage = await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => _orders.QueryPageAsync(ByCustomer(), "not a token!"));
        Assert.Equal(DynamoContinuationTokenProblem.Malformed, garbage.Problem);
    }

    [Fact]
    public async Task A_token_of_another_query_is_refused_not_restarted()
    {
        var page = await _orders.QueryPageAsync(ByCustomer() with { PageSize = 3 });
        var other = await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => _orders.QueryPageAsync(ByCustomer() with { PageSize = 3, Descending = true }, page.ContinuationToken));
        Assert.Equal(DynamoContinuationTokenProblem.OtherQuery, other.Problem);
        var otherPartition = await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => _orders.QueryPageAsync(new DynamoQuery<Order>(Order.Keys.PartitionKey("q2")), page.ContinuationToken));
        Assert.Equal(DynamoContinuationTokenProblem.OtherQuery, otherPartition.Problem);
        var otherFilter = await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => _orders.QueryPageAsync(ByCustomer() with { Filter = Order.Fields.Total.GreaterThan(1m) }, page.ContinuationToken));
        Assert.Equal(DynamoContinuationTokenProblem.OtherQuery, otherFilter.Problem);
    }

    [Fact]
    public async Task Signed_tokens_need_the_same_key()
    {
        var signedA = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-query", ContinuationTokenKey = [1, 2, 3] });
        var signedB = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-query", ContinuationTokenKey = [9, 9, 9] });
        var page = await signedA.Repository<Order>().QueryPageAsync(ByCustomer() with { PageSize = 3 });
        var next = await signedA.Repository<Order>().QueryPageAsync(ByCustomer() with { PageSize = 3 }, page.ContinuationToken);
        Assert.Equal(["o03", "o04", "o05"], next.Items.Select(o => o.OrderId));
        var error = await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => signedB.Repository<Order>().QueryPageAsync(ByCustomer() with { PageSize = 3 }, page.ContinuationToken));
        Assert.Equal(DynamoContinuationTokenProblem.Tampered, error.Problem);
    }

    [Fact]
    public async Task Parallel_segment_scan_reads_every_item_once()
    {
        var scanned = await _orders.ScanAsync(new DynamoScan<Order> { Segments = 4, PageSize = 3 }).ToListAsync();
        Assert.Equal(31, scanned.Count);
        Assert.Equal(31, scanned.Select(o => o.CustomerId + o.OrderId).Distinct().Count());
        var filtered = await _orders.ScanAsync(new DynamoScan<Order> { Segments = 3, Filter = Order.Fields.CustomerId.EqualTo("q2") }).ToListAsync();
        Assert.Equal("other", Assert.Single(filtered).OrderId);
        var customers = await _context.Repository<Customer>().ScanAsync(new DynamoScan<Customer> { Segments = 2 }).ToListAsync();
        Assert.Equal("q1", Assert.Single(customers).CustomerId);
    }

    [Fact]
    public async Task Stopping_a_parallel_scan_early_stops_its_segments()
    {
        var first = await _orders.ScanAsync(new DynamoScan<Order> { Segments = 4, PageSize = 2 }).Take(3).ToListAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(3, first.Count);

        using var cancel = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in _orders.ScanAsync(new DynamoScan<Order> { Segments = 3, PageSize = 2 }, cancel.Token))
            {
                if (++seen == 2)
                {
                    await cancel.CancelAsync();
                }
            }
        });
    }

    [Fact]
    public async Task The_customer_and_its_orders_read_back_as_their_own_types()
    {
        var collection = await new DynamoCollectionQuery(_context, Customer.Keys.PartitionKey("q1")).Map<Customer>().Map<Order>().ExecuteAsync();
        Assert.Equal("Query", collection.Single<Customer>().Name);
        Assert.Equal(30, collection.OfType<Order>().Count);
        Assert.Empty(collection.Unmapped);

        var ordersOnly = await new DynamoCollectionQuery(_context, Customer.Keys.PartitionKey("q1")).Map<Order>().ExecuteAsync();
        Assert.Null(ordersOnly.SingleOrDefault<Customer>());
        Assert.Equal("Customer", Assert.Single(ordersOnly.Unmapped)["_type"].S); // unknown types are kept raw
        Assert.Throws<DynamoInvalidRequestException>(() => new DynamoCollectionQuery(_context, "x").Map<Product>());
    }

    private async Task<List<string>> Ids(DynamoQuery<Order> query) => (await _orders.QueryAsync(query).ToListAsync()).Select(o => o.OrderId).ToList();

    /// <summary>Counts Query calls through the fault-injecting client's hook.</summary>
    private sealed class CountingQueries
    {
        public CountingQueries(FaultInjectingDynamoDbClient client, Action onCall)
        {
            client.OnQuery = () =>
            {
                Calls++;
                onCall();
            };
        }

        public int Calls { get; private set; }
    }
}
