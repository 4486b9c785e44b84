using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DependencyInjection;
using Boto3Assist.DynamoDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Boto3Assist.DataAccess.Tests;

/// <summary>
/// A client holding an unsigned token can rebuild its checksum around any start key (SHA-256 is no secret). A start key
/// of another partition must come back as the token error it is, not as DynamoDB's raw ValidationException; a signed
/// token cannot be forged at all; and a context registered without a key says so at start-up.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class ContinuationTokenForgeryTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Day = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private DynamoDataContext _context = null!;

    public async Task InitializeAsync()
    {
        _context = await fixture.CreateContextAsync("tokens");
        var writer = _context.BatchWriter();
        foreach (var customer in new[] { "mine", "theirs" })
        {
            for (var i = 0; i < 6; i++)
            {
                writer.Put(new Order { CustomerId = customer, OrderId = $"o{i}", OrderDate = Day.AddDays(i), Total = i });
            }
        }

        await writer.ExecuteAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static DynamoQuery<Order> Mine() => new(Order.Keys.PartitionKey("mine")) { PageSize = 2 };

    // What an attacker does with an unsigned token: keep its query shape, put another partition's key in, recompute the checksum.
    private static string Forge(string genuineToken, Dictionary<string, AttributeValue> startKey)
    {
        var bytes = Convert.FromBase64String(genuineToken.Replace('-', '+').Replace('_', '/').PadRight((genuineToken.Length + 3) / 4 * 4, '='));
        var shape = bytes.AsSpan(1, 16).ToArray();
        return new DynamoContinuationTokenCodec(null).Encode(shape, startKey);
    }

    [Fact]
    public async Task A_forged_start_key_of_another_partition_is_a_token_error_not_a_raw_validation_error()
    {
        var orders = _context.Repository<Order>();
        var first = await orders.QueryPageAsync(Mine());
        var forged = Forge(first.ContinuationToken!, Order.Keys.PrimaryKey("theirs", Day.AddDays(1), "o1"));

        var error = await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => orders.QueryPageAsync(Mine(), forged));

        Assert.Equal(DynamoContinuationTokenProblem.OutsideQuery, error.Problem);
        Assert.Equal("ValidationException", Assert.IsAssignableFrom<Amazon.DynamoDBv2.AmazonDynamoDBException>(error.InnerException).ErrorCode);
        Assert.Contains("ContinuationTokenKey", error.Message, StringComparison.Ordinal);
        // The genuine token still works: nothing about the query itself is wrong.
        Assert.Equal(["o2", "o3"], (await orders.QueryPageAsync(Mine(), first.ContinuationToken)).Items.Select(o => o.OrderId));
    }

    [Fact]
    public async Task A_signed_token_cannot_be_forged_even_within_the_clients_own_partition()
    {
        var signed = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-tokens", ContinuationTokenKey = DynamoDataAccessOptions.NewContinuationTokenKey() });
        var orders = signed.Repository<Order>();
        var first = await orders.QueryPageAsync(Mine());
        var forged = Forge(first.ContinuationToken!, Order.Keys.PrimaryKey("mine", Day.AddDays(4), "o4"));

        var error = await Assert.ThrowsAsync<DynamoContinuationTokenException>(() => orders.QueryPageAsync(Mine(), forged));
        Assert.Equal(DynamoContinuationTokenProblem.Tampered, error.Problem);
        Assert.Equal(32, DynamoDataAccessOptions.NewContinuationTokenKey().Length);
    }

    [Fact]
    public void A_context_registered_without_a_token_key_warns_at_start_up_and_one_with_a_key_does_not()
    {
        static List<(LogLevel Level, int Id, string Text)> Resolve(string? key)
        {
            var logs = new List<(LogLevel, int, string)>();
            var services = new ServiceCollection();
            services.AddSingleton<ILoggerFactory>(new ListLoggerFactory(logs));
            services.AddBoto3AssistDynamoDb(o =>
            {
                o.ServiceUrl = "http://127.0.0.1:1";
                o.ContinuationTokenKey = key;
            });
            using var provider = services.BuildServiceProvider();
            _ = provider.GetRequiredService<DynamoDataContext>();
            return logs;
        }

        var warning = Assert.Single(Resolve(null), l => l.Id == 2001);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("ContinuationTokenKey", warning.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Resolve(Convert.ToBase64String(DynamoDataAccessOptions.NewContinuationTokenKey())), l => l.Id == 2001);
    }

    private sealed class ListLoggerFactory(List<(LogLevel, int, string)> logs) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(logs);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<(LogLevel, int, string)> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (logs)
                {
                    logs.Add((logLevel, eventId.Id, formatter(state, exception)));
                }
            }
        }
    }
}
