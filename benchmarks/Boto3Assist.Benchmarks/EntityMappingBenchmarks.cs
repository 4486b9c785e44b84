using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Boto3Assist.Benchmarks.Mapping;
using Boto3Assist.Benchmarks.Models;

namespace Boto3Assist.Benchmarks;

/// <summary>
/// One Person to an item and back: the generated mapper vs the AWS SDK's DynamoDBContext (ToDocument + ToAttributeMap,
/// FromAttributeMap + FromDocument) vs hand-written code (the baseline of each category).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EntityMappingBenchmarks
{
    private Person _person = null!;
    private Dictionary<string, AttributeValue> _item = null!;
    private AmazonDynamoDBClient _client = null!;
    private DynamoDBContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        _person = new Person
        {
            Id = "person-0001",
            FirstName = "Ada",
            LastName = "Lovelace",
            Email = "ada@example.com",
            Age = 36,
            BirthDate = new DateTime(1815, 12, 10, 0, 0, 0, DateTimeKind.Utc),
            IsActive = true,
            Balance = 1234.56m,
            Score = 98.6,
            Tags = ["mathematician", "writer", "analyst", "pioneer"],
            HomeAddress = new PersonAddress { Street = "12 St James's Square", City = "London", PostalCode = "SW1Y 4JH", Country = "GB" },
        };

        // The context never calls the service here: table metadata comes from the attributes only. The endpoint is a
        // closed local port so that any unexpected call would fail loudly instead of measuring the network.
        _client = new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), new AmazonDynamoDBConfig { ServiceURL = "http://127.0.0.1:1", MaxErrorRetry = 0 });
        _context = new DynamoDBContextBuilder()
            .WithDynamoDBClient(() => _client)
            .ConfigureContext(c => c.DisableFetchingTableMetadata = true)
            .Build();
        _item = _person.ToItem();
        MappersAgree();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _context.Dispose();
        _client.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> ToItem_HandWritten() => HandWrittenPersonMapper.ToItem(_person);

    [Benchmark, BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> ToItem_Generated() => _person.ToItem();

    [Benchmark, BenchmarkCategory("ToItem")]
    public Dictionary<string, AttributeValue> ToItem_DynamoDBContext() => _context.ToDocument(_person).ToAttributeMap();

    [Benchmark(Baseline = true), BenchmarkCategory("FromItem")]
    public Person FromItem_HandWritten() => HandWrittenPersonMapper.FromItem(_item);

    [Benchmark, BenchmarkCategory("FromItem")]
    public Person FromItem_Generated() => Person.FromItem(_item);

    [Benchmark, BenchmarkCategory("FromItem")]
    public Person FromItem_DynamoDBContext() => _context.FromDocument<Person>(Document.FromAttributeMap(_item));

    // A benchmark of mappers that disagree would compare different work: check they read the same person back.
    private void MappersAgree()
    {
        var fromGenerated = Person.FromItem(_person.ToItem());
        var fromHand = HandWrittenPersonMapper.FromItem(HandWrittenPersonMapper.ToItem(_person));
        var fromContext = _context.FromDocument<Person>(Document.FromAttributeMap(_context.ToDocument(_person).ToAttributeMap()));
        foreach (var (name, person) in new[] { ("generated", fromGenerated), ("hand-written", fromHand), ("DynamoDBContext", fromContext) })
        {
            if (person.Id != _person.Id || person.Email != _person.Email || person.Age != _person.Age || person.Balance != _person.Balance
                || person.Score != _person.Score || person.BirthDate != _person.BirthDate || person.IsActive != _person.IsActive
                || !person.Tags.SequenceEqual(_person.Tags) || person.HomeAddress?.PostalCode != _person.HomeAddress!.PostalCode)
            {
                throw new InvalidOperationException($"The {name} mapper does not round-trip the person; the benchmark would be meaningless.");
            }
        }

        var generatedItem = _person.ToItem();
        var handItem = HandWrittenPersonMapper.ToItem(_person);
        if (!generatedItem.Keys.Order(StringComparer.Ordinal).SequenceEqual(handItem.Keys.Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException($"Generated and hand-written items differ: [{string.Join(", ", generatedItem.Keys)}] vs [{string.Join(", ", handItem.Keys)}].");
        }
    }
}
