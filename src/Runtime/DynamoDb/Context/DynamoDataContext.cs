using System;
using System.Threading;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The entry point of the data access layer: a DynamoDB client with its options (table names, retries, batching).
/// Thread-safe; register one per client (see <c>AddBoto3AssistDynamoDb</c>).
/// </summary>
public sealed class DynamoDataContext
{
    private readonly SdkClientSettings? _lazyClient;
    private IAmazonDynamoDB? _client;

    /// <summary>Creates the context.</summary>
    /// <param name="client">The DynamoDB client.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="logger">
    /// Where to warn (event 2001) when <see cref="DynamoDataAccessOptions.ContinuationTokenKey"/> is not set; nothing is
    /// logged when <see langword="null"/>. <c>AddBoto3AssistDynamoDb</c> passes the host's logger.
    /// </param>
    public DynamoDataContext(IAmazonDynamoDB client, DynamoDataAccessOptions? options = null, ILogger? logger = null)
        : this(client ?? throw new ArgumentNullException(nameof(client)), null, options, logger)
    {
    }

    private DynamoDataContext(IAmazonDynamoDB? client, SdkClientSettings? lazyClient, DynamoDataAccessOptions? options, ILogger? logger)
    {
        _client = client;
        _lazyClient = lazyClient;
        Options = options ?? new DynamoDataAccessOptions();
        if (Options.BatchParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.BatchParallelism, "DynamoDataAccessOptions.BatchParallelism must be at least 1.");
        }

        Transport = lazyClient is null
            ? DynamoTransport.Create(client!, Options)
            : new HttpDynamoTransport(HttpDynamoEndpoint.Of(lazyClient.Config, lazyClient.Credentials), Options.HttpHandler, Options.TimeProvider);
        TableNames = new DynamoTableNames(Options);
        Tokens = new DynamoContinuationTokenCodec(Options.ContinuationTokenKey);
        if (logger is not null && Options.ContinuationTokenKey is not { Length: > 0 })
        {
            DynamoDbLog.UnsignedContinuationTokens(logger);
        }
    }

    /// <summary>
    /// Creates a context on the HTTP transport without an AWS SDK client: requests are signed and sent by the runtime
    /// from <paramref name="config"/> (<c>RegionEndpoint</c> or <c>ServiceURL</c> and <c>AuthenticationRegion</c>,
    /// <c>Timeout</c>, <c>MaxConnectionsPerServer</c>, <c>HttpClientFactory</c>) and <paramref name="credentials"/>
    /// (the SDK's default chain when <see langword="null"/>: environment, profile, container and Lambda credentials,
    /// instance roles). What a cold start pays for the SDK client (its pipeline, handlers and set-up) is not paid: the
    /// <see cref="AmazonDynamoDBClient"/> is built from the same config and credentials only when something asks for
    /// <see cref="Client"/> (table creation, the caller's own low-level calls). <see cref="DynamoDataAccessOptions.Transport"/>
    /// is not consulted: the transport is HTTP. Native AOT safe.
    /// </summary>
    /// <param name="config">Where DynamoDB is and how to reach it.</param>
    /// <param name="credentials">The credentials, or <see langword="null"/> for the SDK's default chain.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="logger">As for the constructor.</param>
    /// <returns>The context.</returns>
    public static DynamoDataContext ForHttp(AmazonDynamoDBConfig config, AWSCredentials? credentials = null, DynamoDataAccessOptions? options = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new DynamoDataContext(null, new SdkClientSettings(config, credentials), options, logger);
    }

    /// <summary>
    /// The DynamoDB client. For a context made by <see cref="ForHttp"/>, built on first use from the same config and
    /// credentials (once; it lives as long as the context).
    /// </summary>
    public IAmazonDynamoDB Client => _client ?? CreateLazyClient();

    /// <summary>Whether <see cref="Client"/> has been built (always for a context given a client).</summary>
    internal bool HasClient => Volatile.Read(ref _client) is not null;

    private IAmazonDynamoDB CreateLazyClient()
    {
        var settings = _lazyClient!;
        var created = settings.Credentials is null ? new AmazonDynamoDBClient(settings.Config) : new AmazonDynamoDBClient(settings.Credentials, settings.Config);
        var winner = Interlocked.CompareExchange(ref _client, created, null);
        if (winner is not null)
        {
            // Another thread built it first: keep one client.
            created.Dispose();
            return winner;
        }

        return created;
    }

    /// <summary>The options.</summary>
    public DynamoDataAccessOptions Options { get; }

    /// <summary>The table name resolver every operation uses.</summary>
    public DynamoTableNames TableNames { get; }

    internal DynamoContinuationTokenCodec Tokens { get; }

    /// <summary>How requests reach DynamoDB (<see cref="DynamoDataAccessOptions.Transport"/>).</summary>
    internal DynamoTransport Transport { get; }

    /// <summary>A repository for <typeparamref name="TEntity"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <returns>The repository (cheap; no state besides this context).</returns>
    public DynamoRepository<TEntity> Repository<TEntity>() where TEntity : IDynamoEntity<TEntity> => new(this);

    /// <summary>A new batch writer (puts and deletes of any entities).</summary>
    /// <returns>The writer.</returns>
    public DynamoBatchWriter BatchWriter() => new(this);

    /// <summary>A new batch reader (gets of any entities).</summary>
    /// <returns>The reader.</returns>
    public DynamoBatchGetter BatchGetter() => new(this);

    /// <summary>A new write transaction with a fresh idempotency token.</summary>
    /// <returns>The builder.</returns>
    public DynamoTransactWriteBuilder WriteTransaction() => new(this);

    /// <summary>A new read transaction.</summary>
    /// <returns>The builder.</returns>
    public DynamoTransactGetBuilder GetTransaction() => new(this);

    /// <summary>What the SDK client of a <see cref="ForHttp"/> context is built from, when it is asked for.</summary>
    private sealed record SdkClientSettings(AmazonDynamoDBConfig Config, AWSCredentials? Credentials);
}
