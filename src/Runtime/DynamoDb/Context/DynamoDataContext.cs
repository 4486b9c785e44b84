using System;
using Amazon.DynamoDBv2;
using Microsoft.Extensions.Logging;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The entry point of the data access layer: a DynamoDB client with its options (table names, retries, batching).
/// Thread-safe; register one per client (see <c>AddBoto3AssistDynamoDb</c>).
/// </summary>
public sealed class DynamoDataContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="client">The DynamoDB client.</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="logger">
    /// Where to warn (event 2001) when <see cref="DynamoDataAccessOptions.ContinuationTokenKey"/> is not set; nothing is
    /// logged when <see langword="null"/>. <c>AddBoto3AssistDynamoDb</c> passes the host's logger.
    /// </param>
    public DynamoDataContext(IAmazonDynamoDB client, DynamoDataAccessOptions? options = null, ILogger? logger = null)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        Options = options ?? new DynamoDataAccessOptions();
        if (Options.BatchParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.BatchParallelism, "DynamoDataAccessOptions.BatchParallelism must be at least 1.");
        }

        Transport = DynamoTransport.Create(Client, Options);
        TableNames = new DynamoTableNames(Options);
        Tokens = new DynamoContinuationTokenCodec(Options.ContinuationTokenKey);
        if (logger is not null && Options.ContinuationTokenKey is not { Length: > 0 })
        {
            DynamoDbLog.UnsignedContinuationTokens(logger);
        }
    }

    /// <summary>The DynamoDB client.</summary>
    public IAmazonDynamoDB Client { get; }

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
}
