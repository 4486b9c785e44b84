using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.Runtime;
using Boto3Assist.Benchmarks.Models;
using Boto3Assist.DynamoDb;
using Boto3Assist.Testing;

namespace Boto3Assist.Benchmarks.Transport;

/// <summary>
/// Every client of the data access benchmarks, all answered by one <see cref="CannedDynamoDbHandler"/>: the AWS SDK
/// client (through its HttpClientFactory), DynamoDBContext over it, our data context over it, and the floor.
/// </summary>
public sealed class TransportFixture : IDisposable
{
    private static readonly Uri Endpoint = new("http://dynamodb.canned.invalid/");

    public TransportFixture(CannedDynamoDbHandler handler)
    {
        Handler = handler;
        var credentials = new BasicAWSCredentials("benchmark", "benchmark");
        Client = new AmazonDynamoDBClient(credentials, new AmazonDynamoDBConfig
        {
            ServiceURL = Endpoint.ToString(),
            AuthenticationRegion = RegionEndpoint.USEast1.SystemName,
            HttpClientFactory = new HandlerHttpClientFactory(handler, cacheClients: true),
            MaxErrorRetry = 0,
        });
        SdkContext = new DynamoDataContext(Client, new DynamoDataAccessOptions { Transport = DynamoTransportKind.Sdk });
        HttpContext = new DynamoDataContext(Client, new DynamoDataAccessOptions { Transport = DynamoTransportKind.Http, HttpHandler = handler });
        DynamoDbContext = new DynamoDBContextBuilder()
            .WithDynamoDBClient(() => Client)
            .ConfigureContext(c => c.DisableFetchingTableMetadata = true)
            .Build();
        Floor = new FloorClient(handler, credentials, Endpoint);
    }

    public CannedDynamoDbHandler Handler { get; }

    public AmazonDynamoDBClient Client { get; }

    /// <summary>Our data access layer on the AWS SDK client (today's path).</summary>
    public DynamoDataContext SdkContext { get; }

    /// <summary>Our data access layer on its own HTTP transport (signed requests, generated JSON readers and writers).</summary>
    public DynamoDataContext HttpContext { get; }

    public DynamoDBContext DynamoDbContext { get; }

    public FloorClient Floor { get; }

    public void Dispose()
    {
        Floor.Dispose();
        DynamoDbContext.Dispose();
        Client.Dispose();
    }

    /// <summary>As <see cref="Same"/>, in any order (a batch get returns items in no particular order).</summary>
    public static void SameSet(IReadOnlyList<Person> expected, IReadOnlyList<Person> actual, string path)
        => Same(expected.OrderBy(p => p.Id, StringComparer.Ordinal).ToList(), actual.OrderBy(p => p.Id, StringComparer.Ordinal).ToList(), path);

    /// <summary>Refuses to measure paths that do not read the same people.</summary>
    public static void Same(IReadOnlyList<Person> expected, IReadOnlyList<Person> actual, string path)
    {
        if (expected.Count != actual.Count)
        {
            throw new InvalidOperationException($"{path} read {actual.Count} people, expected {expected.Count}.");
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            if (e.Id != a.Id || e.LastName != a.LastName || e.Email != a.Email || e.Age != a.Age || e.BirthDate != a.BirthDate
                || e.IsActive != a.IsActive || e.Balance != a.Balance || e.Score != a.Score || !e.Tags.SequenceEqual(a.Tags)
                || e.HomeAddress?.Street != a.HomeAddress?.Street || e.HomeAddress?.Country != a.HomeAddress?.Country)
            {
                throw new InvalidOperationException($"{path} read person {i} differently.");
            }
        }
    }
}
