using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Boto3Assist.Benchmarks.Mapping;
using Boto3Assist.Benchmarks.Models;

namespace Boto3Assist.Benchmarks.Transport;

/// <summary>
/// GetItem and PutItem of one person, BatchGetItem of 100 and BatchWriteItem of 25, each answered by the canned
/// handler; every path against the floor of its category (<see cref="FloorClient"/>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ItemBenchmarks
{
    private TransportFixture _fixture = null!;
    private Person _person = null!;
    private Dictionary<string, AttributeValue> _key = null!;
    private List<Person> _hundred = null!;
    private List<Dictionary<string, AttributeValue>> _hundredKeys = null!;
    private List<Person> _batchOf25 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _hundred = CannedBodies.People(100);
        _person = _hundred[0];
        _key = _person.ToKey();
        _hundredKeys = _hundred.Select(p => p.ToKey()).ToList();
        _batchOf25 = _hundred.Take(25).ToList();
        _fixture = new TransportFixture(new CannedDynamoDbHandler()
            .Answer("GetItem", CannedBodies.Item(_person))
            .Answer("BatchGetItem", CannedBodies.BatchGet(_hundred))
            .Answer("PutItem", CannedBodies.Put())
            .Answer("UpdateItem", CannedBodies.Put()) // DynamoDBContext.SaveAsync sends an UpdateItem
            .Answer("BatchWriteItem", CannedBodies.BatchWrite()));
        TransportFixture.Same([_person], [GetFloor().GetAwaiter().GetResult()!], "floor get");
        TransportFixture.Same([_person], [GetRepository().GetAwaiter().GetResult()!], "repository get");
        TransportFixture.Same([_person], [GetHttp().GetAwaiter().GetResult()!], "repository get, HTTP");
        TransportFixture.SameSet(_hundred, BatchGetHttp().GetAwaiter().GetResult(), "batch getter, HTTP");
        TransportFixture.Same([_person], [GetLowLevel().GetAwaiter().GetResult()], "low-level get");
        TransportFixture.Same([_person], [GetDynamoDbContext().GetAwaiter().GetResult()], "DynamoDBContext get");
        TransportFixture.SameSet(_hundred, BatchGetFloor().GetAwaiter().GetResult(), "floor batch get");
        TransportFixture.SameSet(_hundred, BatchGetRepository().GetAwaiter().GetResult(), "batch getter");
        TransportFixture.SameSet(_hundred, BatchGetLowLevel().GetAwaiter().GetResult(), "low-level batch get");
        TransportFixture.SameSet(_hundred, BatchGetDynamoDbContext().GetAwaiter().GetResult(), "DynamoDBContext batch get");
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [BenchmarkCategory("GetItem"), Benchmark(Baseline = true, Description = "floor")]
    public Task<Person?> GetFloor() => _fixture.Floor.GetAsync(_person.Id);

    [BenchmarkCategory("GetItem"), Benchmark(Description = "repository, HTTP transport")]
    public Task<Person?> GetHttp() => _fixture.HttpContext.Repository<Person>().GetAsync(_key);

    [BenchmarkCategory("GetItem"), Benchmark(Description = "repository, SDK transport")]
    public Task<Person?> GetRepository() => _fixture.SdkContext.Repository<Person>().GetAsync(_key);

    [BenchmarkCategory("GetItem"), Benchmark(Description = "low-level + hand-written")]
    public async Task<Person> GetLowLevel()
        => HandWrittenPersonMapper.FromItem((await _fixture.Client.GetItemAsync(new GetItemRequest { TableName = CannedBodies.TableName, Key = _key })).Item);

    [BenchmarkCategory("GetItem"), Benchmark(Description = "DynamoDBContext")]
    public Task<Person> GetDynamoDbContext() => _fixture.DynamoDbContext.LoadAsync<Person>(_person.Id);

    [BenchmarkCategory("PutItem"), Benchmark(Baseline = true, Description = "floor")]
    public Task PutFloor() => _fixture.Floor.PutAsync(_person);

    [BenchmarkCategory("PutItem"), Benchmark(Description = "repository, HTTP transport")]
    public Task<Person> PutHttp() => _fixture.HttpContext.Repository<Person>().PutAsync(_person);

    [BenchmarkCategory("PutItem"), Benchmark(Description = "repository, SDK transport")]
    public Task<Person> PutRepository() => _fixture.SdkContext.Repository<Person>().PutAsync(_person);

    [BenchmarkCategory("PutItem"), Benchmark(Description = "low-level + hand-written")]
    public Task<PutItemResponse> PutLowLevel()
        => _fixture.Client.PutItemAsync(new PutItemRequest { TableName = CannedBodies.TableName, Item = HandWrittenPersonMapper.ToItem(_person) });

    [BenchmarkCategory("PutItem"), Benchmark(Description = "DynamoDBContext")]
    public Task PutDynamoDbContext() => _fixture.DynamoDbContext.SaveAsync(_person);

    [BenchmarkCategory("BatchGetItem100"), Benchmark(Baseline = true, Description = "floor")]
    public Task<List<Person>> BatchGetFloor() => _fixture.Floor.BatchGetAsync(_hundred.ConvertAll(p => p.Id));

    [BenchmarkCategory("BatchGetItem100"), Benchmark(Description = "batch getter, HTTP transport")]
    public async Task<List<Person>> BatchGetHttp()
        => (await _fixture.HttpContext.BatchGetter().AddRange<Person>(_hundredKeys).ExecuteAsync()).OfType<Person>().ToList();

    [BenchmarkCategory("BatchGetItem100"), Benchmark(Description = "batch getter, SDK transport")]
    public async Task<List<Person>> BatchGetRepository()
        => (await _fixture.SdkContext.BatchGetter().AddRange<Person>(_hundredKeys).ExecuteAsync()).OfType<Person>().ToList();

    [BenchmarkCategory("BatchGetItem100"), Benchmark(Description = "low-level + hand-written")]
    public async Task<List<Person>> BatchGetLowLevel()
    {
        var response = await _fixture.Client.BatchGetItemAsync(new BatchGetItemRequest
        {
            RequestItems = new Dictionary<string, KeysAndAttributes> { [CannedBodies.TableName] = new KeysAndAttributes { Keys = _hundredKeys } },
        });
        return response.Responses[CannedBodies.TableName].ConvertAll(HandWrittenPersonMapper.FromItem);
    }

    [BenchmarkCategory("BatchGetItem100"), Benchmark(Description = "DynamoDBContext")]
    public async Task<List<Person>> BatchGetDynamoDbContext()
    {
        var batch = _fixture.DynamoDbContext.CreateBatchGet<Person>();
        foreach (var person in _hundred)
        {
            batch.AddKey(person.Id);
        }

        await batch.ExecuteAsync();
        return batch.Results;
    }

    [BenchmarkCategory("BatchWriteItem25"), Benchmark(Baseline = true, Description = "floor")]
    public Task BatchWriteFloor() => _fixture.Floor.BatchPutAsync(_batchOf25);

    [BenchmarkCategory("BatchWriteItem25"), Benchmark(Description = "batch writer, HTTP transport")]
    public Task BatchWriteHttp() => _fixture.HttpContext.BatchWriter().PutRange(_batchOf25).ExecuteAsync();

    [BenchmarkCategory("BatchWriteItem25"), Benchmark(Description = "batch writer, SDK transport")]
    public Task BatchWriteRepository() => _fixture.SdkContext.BatchWriter().PutRange(_batchOf25).ExecuteAsync();

    [BenchmarkCategory("BatchWriteItem25"), Benchmark(Description = "low-level + hand-written")]
    public Task<BatchWriteItemResponse> BatchWriteLowLevel()
        => _fixture.Client.BatchWriteItemAsync(new BatchWriteItemRequest
        {
            RequestItems = new Dictionary<string, List<WriteRequest>>
            {
                [CannedBodies.TableName] = _batchOf25.ConvertAll(p => new WriteRequest { PutRequest = new PutRequest { Item = HandWrittenPersonMapper.ToItem(p) } }),
            },
        });

    [BenchmarkCategory("BatchWriteItem25"), Benchmark(Description = "DynamoDBContext")]
    public Task BatchWriteDynamoDbContext()
    {
        var batch = _fixture.DynamoDbContext.CreateBatchWrite<Person>();
        batch.AddPutItems(_batchOf25);
        return batch.ExecuteAsync();
    }
}
