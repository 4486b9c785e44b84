using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Observability;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Reads any number of items, of any entities, with BatchGetItem: duplicate keys removed, split into requests of
/// 100 keys, sent <see cref="DynamoDataAccessOptions.BatchParallelism"/> at a time, unprocessed keys and throttled
/// requests retried with the context's backoff. Each item is mapped to the entity its key was requested as.
/// </summary>
public sealed class DynamoBatchGetter
{
    /// <summary>The most keys in one BatchGetItem request.</summary>
    public const int MaxKeysPerRequest = 100;

    private readonly DynamoDataContext _context;
    private readonly Dictionary<string, BatchEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Creates a batch reader.</summary>
    /// <param name="context">The data context.</param>
    public DynamoBatchGetter(DynamoDataContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>Read strongly consistent.</summary>
    public bool ConsistentRead { get; set; }

    /// <summary>Distinct keys added.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds the key of a <typeparamref name="TEntity"/> item to read (a key added twice is read once).</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="key">The primary key.</param>
    /// <returns>This reader.</returns>
    /// <exception cref="DynamoInvalidRequestException">A key value is empty or too long (no item can have it).</exception>
    public DynamoBatchGetter Add<TEntity>(IReadOnlyDictionary<string, AttributeValue> key) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(key);
        DynamoItemLimits.CheckKey(TEntity.Metadata, key);
        var table = TEntity.Metadata.Table;
        var tableName = _context.TableNames.For(TEntity.Metadata);
        var entry = new BatchEntry(
            tableName,
            TEntity.Metadata.EntityName,
            "Get",
            BatchEntry.KeyOf<TEntity>(key),
            table.PartitionKey.AttributeName,
            table.SortKey?.AttributeName,
            null,
            0,
            // Static readers, given the entry's table when called: no closure per key.
            static (item, table) => DynamoTypedRead<TEntity>.Map(item, table))
        {
            ReadJson = static (ref System.Text.Json.Utf8JsonReader reader, string table) => DynamoEntityJson<TEntity>.ReadOne(ref reader, table)!,
        };
        _entries[entry.Identity] = entry;
        return this;
    }

    /// <summary>Adds several keys of <typeparamref name="TEntity"/> items.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="keys">The primary keys.</param>
    /// <returns>This reader.</returns>
    public DynamoBatchGetter AddRange<TEntity>(IEnumerable<IReadOnlyDictionary<string, AttributeValue>> keys) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            Add<TEntity>(key);
        }

        return this;
    }

    /// <summary>Reads every key added, then clears the reader. Keys with no item are simply absent from the result.</summary>
    /// <param name="cancellationToken">Cancels the reads: the <see cref="DynamoBatchCanceledException"/> thrown carries what was read.</param>
    /// <returns>The items found.</returns>
    /// <exception cref="DynamoBatchException">Some keys could not be read after the retries; lists them.</exception>
    /// <exception cref="DynamoBatchCanceledException">Cancelled: lists the keys read and not read, with the entities read.</exception>
    public async Task<DynamoBatchGetResult> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var entries = _entries.Values.ToList();
        _entries.Clear();
        var found = new ConcurrentDictionary<string, object>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<(DynamoBatchFailure Failure, Exception? Error)>();
        var retries = 0;
        var chunks = entries.Chunk(MaxKeysPerRequest).Select(c => c.ToList()).ToList();
        try
        {
            await Parallel.ForEachAsync(
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = _context.Options.BatchParallelism, CancellationToken = cancellationToken },
                async (chunk, ct) => Interlocked.Add(ref retries, await ReadChunkAsync(chunk, found, failures, ct).ConfigureAwait(false))).ConfigureAwait(false);
        }
        catch (OperationCanceledException cancellation) when (cancellationToken.IsCancellationRequested)
        {
            throw BatchOutcomes.Canceled("BatchGetItem", entries, writes: false, found.Values.ToList(), cancellation, cancellationToken);
        }

        if (!failures.IsEmpty)
        {
            throw new DynamoBatchException("BatchGetItem", failures.Select(f => f.Failure).ToList(), entries.Count(e => e.Progress.Processed), failures.Select(f => f.Error).FirstOrDefault(e => e is not null));
        }

        return new DynamoBatchGetResult(new Dictionary<string, object>(found, StringComparer.Ordinal), _context.TableNames, found.Values.ToList(), retries);
    }

    private Task<int> ReadChunkAsync(List<BatchEntry> chunk, ConcurrentDictionary<string, object> found, ConcurrentQueue<(DynamoBatchFailure, Exception?)> failures, CancellationToken cancellationToken)
    {
        var index = new BatchChunkIndex(chunk);
        var tables = index.Tables;
        return BatchRetryLoop.RunAsync(
            _context.Options.RetryPolicy,
            chunk,
            async (pending, ct) =>
            {
                var requestItems = pending.GroupBy(e => e.TableName, StringComparer.Ordinal).ToDictionary(
                    g => g.Key,
                    g => new KeysAndAttributes { Keys = g.Select(e => e.Key).ToList(), ConsistentRead = ConsistentRead },
                    StringComparer.Ordinal);
                var response = await DynamoCall.RunAsync(
                    _context,
                    "BatchGetItem",
                    tables,
                    c => _context.Transport.BatchGetEntitiesAsync(new BatchGetItemRequest { RequestItems = requestItems, ReturnConsumedCapacity = DynamoCall.Capacity }, index, c),
                    r => r.Capacity,
                    retry: false,
                    ct).ConfigureAwait(false);
                foreach (var (identity, entity) in response.Found)
                {
                    found[identity] = entity;
                }

                var unprocessed = new List<BatchEntry>();
                foreach (var (table, keys) in response.UnprocessedKeys ?? new Dictionary<string, KeysAndAttributes>())
                {
                    DynamoDbTelemetry.RecordUnprocessedItems(table, keys?.Keys?.Count ?? 0);
                    foreach (var key in keys?.Keys ?? [])
                    {
                        unprocessed.Add(index.EntryOf(table, key));
                    }
                }

                return unprocessed;
            },
            (left, reason, error) =>
            {
                foreach (var entry in left)
                {
                    failures.Enqueue((new DynamoBatchFailure(entry.TableName, entry.EntityName, entry.Operation, entry.Key, reason, entry.Progress.Outcome(writes: false)), error));
                }
            },
            error => DynamoCall.RecordRetry("BatchGetItem", tables, error, "UnprocessedKeys"),
            cancellationToken);
    }
}
