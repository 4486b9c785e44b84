using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Boto3Assist.DynamoDb;
using Boto3Assist.Testing;

namespace Boto3Assist.DataAccess.Benchmarks;

/// <summary>
/// Writing 10,000 generated entities to DynamoDB Local: the batch writer (BatchWriteItem, 25 items per request,
/// requests in parallel) on both transports against one PutItem at a time and raw BatchWriteItem calls, with no added
/// latency and with 5 ms added to every round trip (<see cref="AddedLatencyHandler"/>, about a Lambda function's
/// latency to DynamoDB). I/O bound, so few iterations, one invocation each.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class BatchWriteBenchmarks
{
    private const int Items = 10_000;
    private DynamoDbLocal _local = null!;
    private AmazonDynamoDBClient _client = null!;
    private DynamoDataContext _context = null!;
    private DynamoDataContext _httpContext = null!;
    private AddedLatencyHandler _latency = null!;
    private List<BenchOrder> _orders = null!;
    private string _table = null!;
    private int _round;

    /// <summary>BatchWriteItem requests in flight (DynamoDataAccessOptions.BatchParallelism).</summary>
    public const int Parallelism = 8;

    /// <summary>Milliseconds added to every round trip.</summary>
    [Params(0, 5)]
    public int AddedLatencyMs { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _local = await DynamoDbLocal.StartAsync();
        _latency = new AddedLatencyHandler(TimeSpan.FromMilliseconds(AddedLatencyMs));
        var config = _local.CreateClientConfig();
        config.HttpClientFactory = new HandlerHttpClientFactory(_latency, cacheClients: true);
        _client = new AmazonDynamoDBClient(new Amazon.Runtime.BasicAWSCredentials("local", "local"), config);
        _context = new DynamoDataContext(_client, new DynamoDataAccessOptions { BatchParallelism = Parallelism, Transport = DynamoTransportKind.Sdk });
        _httpContext = new DynamoDataContext(_client, new DynamoDataAccessOptions { BatchParallelism = Parallelism, Transport = DynamoTransportKind.Http, HttpHandler = _latency });
        await DynamoTableSetup.CreateAllAsync(_context, [BenchOrder.Metadata]);
        _table = _context.TableNames.For<BenchOrder>();
    }

    [IterationSetup]
    public void NewItems()
    {
        // Fresh keys every iteration, so each one inserts 10,000 new items.
        var round = Interlocked.Increment(ref _round);
        var day = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        _orders = Enumerable.Range(0, Items).Select(i => new BenchOrder
        {
            CustomerId = $"r{round}-c{i % 500:000}",
            OrderId = $"o{i:00000}",
            OrderDate = day.AddMinutes(i),
            Status = (i % 4) switch { 0 => "NEW", 1 => "PAID", 2 => "SHIPPED", _ => null },
            Total = i % 1000,
            Notes = ["gift wrap", "leave at the door"],
        }).ToList();
    }

    [Benchmark(Baseline = true, Description = "PutItem one at a time")]
    public async Task PutItemOneAtATime()
    {
        foreach (var order in _orders)
        {
            await _client.PutItemAsync(new PutItemRequest { TableName = _table, Item = order.ToItem() });
        }
    }

    [Benchmark(Description = "DynamoBatchWriter, SDK transport")]
    public Task<int> BatchWriter() => WriteAllAsync(_context);

    [Benchmark(Description = "DynamoBatchWriter, HTTP transport")]
    public Task<int> BatchWriterHttp() => WriteAllAsync(_httpContext);

    private async Task<int> WriteAllAsync(DynamoDataContext context)
    {
        var result = await context.BatchWriter().PutRange(_orders).ExecuteAsync();
        return result.ItemsWritten == Items ? result.ItemsWritten : throw new InvalidOperationException($"wrote {result.ItemsWritten} of {Items}");
    }

    /// <summary>The ceiling: hand-written BatchWriteItem calls of 25, 8 in parallel, no retries, no size checks, no telemetry.</summary>
    [Benchmark(Description = "raw BatchWriteItem x8 (no retries)")]
    public async Task RawBatchWriteItem()
    {
        await Parallel.ForEachAsync(
            _orders.Chunk(25),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (chunk, ct) => await _client.BatchWriteItemAsync(
                new BatchWriteItemRequest { RequestItems = new() { [_table] = chunk.Select(o => new WriteRequest { PutRequest = new PutRequest { Item = o.ToItem() } }).ToList() } },
                ct));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        _latency.Dispose();
        await _local.DisposeAsync();
    }
}
