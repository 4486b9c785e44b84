using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using Boto3Assist.Benchmarks.Mapping;
using Boto3Assist.Benchmarks.Models;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.Benchmarks.Transport;

/// <summary>
/// A Query answered with <see cref="Count"/> people by the canned handler, read into entities by each path. The floor
/// is <see cref="FloorClient"/> (signed request, hand-written JSON); "parse only" is the response bytes parsed by hand.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private TransportFixture _fixture = null!;
    private byte[] _body = null!;
    private List<Person> _people = null!;

    [Params(100, 1000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _people = CannedBodies.People(Count);
        _body = CannedBodies.Items(_people);
        _fixture = new TransportFixture(new CannedDynamoDbHandler().Answer("Query", _body));
        TransportFixture.Same(_people, ParseOnly(), "parse only");
        TransportFixture.Same(_people, Floor().GetAwaiter().GetResult(), "floor");
        TransportFixture.Same(_people, Repository().GetAwaiter().GetResult(), "repository");
        TransportFixture.Same(_people, RepositoryHttp().GetAwaiter().GetResult(), "repository, HTTP transport");
        TransportFixture.Same(_people, LowLevelHandWritten().GetAwaiter().GetResult(), "low-level + hand-written");
        TransportFixture.Same(_people, DynamoDbContext().GetAwaiter().GetResult(), "DynamoDBContext");
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    [Benchmark(Description = "floor: parse only")]
    public List<Person> ParseOnly() => PersonWireJson.ReadItemsResponse(_body);

    [Benchmark(Baseline = true, Description = "floor: signed HttpClient + hand-written JSON")]
    public Task<List<Person>> Floor() => _fixture.Floor.QueryAsync("person-00000");

    [Benchmark(Description = "repository.QueryAsync, HTTP transport")]
    public Task<List<Person>> RepositoryHttp() => QueryAsync(_fixture.HttpContext);

    [Benchmark(Description = "repository.QueryAsync, SDK transport")]
    public Task<List<Person>> Repository() => QueryAsync(_fixture.SdkContext);

    private async Task<List<Person>> QueryAsync(DynamoDataContext context)
    {
        var people = new List<Person>(Count);
        await foreach (var person in context.Repository<Person>().QueryAsync(new DynamoQuery<Person>("person-00000")))
        {
            people.Add(person);
        }

        return people;
    }

    [Benchmark(Description = "low-level client + hand-written mapping")]
    public async Task<List<Person>> LowLevelHandWritten()
    {
        var response = await _fixture.Client.QueryAsync(new QueryRequest
        {
            TableName = CannedBodies.TableName,
            KeyConditionExpression = "#k0 = :v0",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#k0"] = "Id" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":v0"] = new AttributeValue { S = "person-00000" } },
        });
        var people = new List<Person>(response.Items.Count);
        foreach (var item in response.Items)
        {
            people.Add(HandWrittenPersonMapper.FromItem(item));
        }

        return people;
    }

    // QueryAsync<T>(hashKey) needs a range key in the model; FromQueryAsync is the context's query of one partition.
    [Benchmark(Description = "DynamoDBContext.FromQueryAsync")]
    public Task<List<Person>> DynamoDbContext() => _fixture.DynamoDbContext.FromQueryAsync<Person>(new QueryOperationConfig
    {
        KeyExpression = new Expression
        {
            ExpressionStatement = "#k0 = :v0",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#k0"] = "Id" },
            ExpressionAttributeValues = new Dictionary<string, DynamoDBEntry> { [":v0"] = "person-00000" },
        },
    }).GetRemainingAsync();
}
