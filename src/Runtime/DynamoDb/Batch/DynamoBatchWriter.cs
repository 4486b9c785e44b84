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
/// Writes any number of puts and deletes, of any entities, with BatchWriteItem: split into requests of at most 25
/// items and 16 MB, sent <see cref="DynamoDataAccessOptions.BatchParallelism"/> at a time, unprocessed items and
/// throttled requests retried with the context's backoff. An item over one of DynamoDB's limits (400 KB, a key value
/// over 2048/1024 bytes or empty, maps nested deeper than 32 levels) is never sent: it alone is reported, in the
/// <see cref="DynamoBatchException"/>, with its <see cref="DynamoBatchFailure.Refusal"/>; the other items are written.
/// When several operations target one key, the last one added wins (DynamoDB refuses duplicates in a request).
/// BatchWriteItem takes no conditions: versions are written as they are, without optimistic locking.
/// </summary>
public sealed class DynamoBatchWriter
{
    /// <summary>The most items in one BatchWriteItem request.</summary>
    public const int MaxItemsPerRequest = 25;

    /// <summary>The largest BatchWriteItem request: 16 MB.</summary>
    public const long MaxRequestBytes = 16L * 1024 * 1024;

    private readonly DynamoDataContext _context;
    private readonly Dictionary<string, BatchEntry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    /// <summary>Creates a batch writer.</summary>
    /// <param name="context">The data context.</param>
    public DynamoBatchWriter(DynamoDataContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>Operations added (one per key).</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Adds a put of <paramref name="entity"/>, its timestamps stamped now. An entity that breaks its validation rules
    /// is refused here, before anything is sent, with a <see cref="DynamoValidationException"/>.
    /// </summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="entity">The entity.</param>
    /// <returns>This writer.</returns>
    /// <exception cref="DynamoValidationException">The entity breaks its validation rules (not added).</exception>
    public DynamoBatchWriter Put<TEntity>(TEntity entity) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(entity);
        return _context.Transport.WritesItemJson ? PutJson(entity) : PutDictionary(entity);
    }

    private DynamoBatchWriter PutDictionary<TEntity>(TEntity entity) where TEntity : IDynamoEntity<TEntity>
    {
        DynamoWriteLifecycle<TEntity>.Validate(entity);
        var item = entity.ToItem();
        DynamoWriteLifecycle<TEntity>.StampItem(_context, item);
        var table = TEntity.Metadata.Table;
        var refusal = DynamoItemLimits.FindInItem(TEntity.Metadata, item);
        return Add(new BatchEntry(
            _context.TableNames.For(TEntity.Metadata),
            TEntity.Metadata.EntityName,
            "Put",
            BatchEntry.KeyOf<TEntity>(item),
            table.PartitionKey.AttributeName,
            table.SortKey?.AttributeName,
            new WriteRequest { PutRequest = new PutRequest { Item = item } },
            refusal is null ? DynamoItemSize.Of(item) : 0,
            null)
        {
            Refusal = refusal,
        });
    }

    // The HTTP transport's put: the item written as JSON from the entity (validated, stamped, checked against the
    // limits as above), kept as bytes until the request is written; only its key attributes are read back. An item
    // refused for a limit (rare) is added as above, with its key from the dictionary.
    private DynamoBatchWriter PutJson<TEntity>(TEntity entity) where TEntity : IDynamoEntity<TEntity>
    {
        using var buffer = new PooledByteBuffer();
        DynamoPutItemJson<TEntity>.Write(_context, entity, DynamoPutVersion.AsIs, buffer, out var refusal, out var size);
        if (refusal is not null)
        {
            return PutDictionary(entity);
        }

        var table = TEntity.Metadata.Table;
        var reader = new System.Text.Json.Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        var key = DynamoBatchKeyJson.KeyOf(reader, table.PartitionKey.AttributeName, table.SortKey?.AttributeName);
        return Add(new BatchEntry(
            _context.TableNames.For(TEntity.Metadata),
            TEntity.Metadata.EntityName,
            "Put",
            BatchEntry.KeyOf<TEntity>(key),
            table.PartitionKey.AttributeName,
            table.SortKey?.AttributeName,
            null,
            size,
            null)
        {
            ItemJson = buffer.WrittenSpan.ToArray(),
        });
    }

    /// <summary>
    /// Adds a put of a raw item (an import, where no entity type is known): <paramref name="partitionKey"/> and
    /// <paramref name="sortKey"/> name its key attributes; <paramref name="source"/> stands for the entity in failures.
    /// </summary>
    /// <exception cref="DynamoInvalidRequestException">A key attribute is missing from the item.</exception>
    internal DynamoBatchWriter PutItem(string tableName, string source, string partitionKey, string? sortKey, Dictionary<string, AttributeValue> item, long size)
        => Add(new BatchEntry(
            tableName,
            source,
            "Put",
            BatchEntry.KeyOf(item, source, partitionKey, sortKey),
            partitionKey,
            sortKey,
            new WriteRequest { PutRequest = new PutRequest { Item = item } },
            size,
            null));

    /// <summary>Adds puts of every entity of <paramref name="entities"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="entities">The entities.</param>
    /// <returns>This writer.</returns>
    public DynamoBatchWriter PutRange<TEntity>(IEnumerable<TEntity> entities) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            Put(entity);
        }

        return this;
    }

    /// <summary>Adds a delete of the <typeparamref name="TEntity"/> item with <paramref name="key"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="key">The primary key.</param>
    /// <returns>This writer.</returns>
    public DynamoBatchWriter Delete<TEntity>(Dictionary<string, AttributeValue> key) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(key);
        var table = TEntity.Metadata.Table;
        var cleanKey = BatchEntry.KeyOf<TEntity>(key);
        return Add(new BatchEntry(
            _context.TableNames.For(TEntity.Metadata),
            TEntity.Metadata.EntityName,
            "Delete",
            cleanKey,
            table.PartitionKey.AttributeName,
            table.SortKey?.AttributeName,
            new WriteRequest { DeleteRequest = new DeleteRequest { Key = cleanKey } },
            DynamoItemSize.Of(cleanKey),
            null)
        {
            Refusal = DynamoItemLimits.FindInKey(TEntity.Metadata, cleanKey),
        });
    }

    /// <summary>Sends every operation added, then clears the writer.</summary>
    /// <param name="cancellationToken">
    /// Cancels the writes; some may already be applied: the <see cref="DynamoBatchCanceledException"/> thrown says which.
    /// </param>
    /// <returns>What was written.</returns>
    /// <exception cref="DynamoBatchException">
    /// Some items were over one of DynamoDB's limits (never sent; every other item was still written) or could not be
    /// written after the retries; lists them, each as not written or unknown, with the reason.
    /// </exception>
    /// <exception cref="DynamoBatchCanceledException">Cancelled: lists the items written, not written and unknown.</exception>
    public async Task<DynamoBatchWriteResult> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var entries = _order.Select(identity => _entries[identity]).ToList();
        _entries.Clear();
        _order.Clear();
        // An item over a limit fails alone: it is reported as not written and its neighbours are sent without it.
        var failures = new ConcurrentQueue<(DynamoBatchFailure Failure, Exception? Error)>();
        foreach (var refused in entries.Where(e => e.Refusal is not null))
        {
            failures.Enqueue((new DynamoBatchFailure(refused.TableName, refused.EntityName, refused.Operation, refused.Key, refused.Refusal!.Message) { Refusal = refused.Refusal }, null));
        }

        var chunks = Chunk(entries.Where(e => e.Refusal is null).ToList());
        var retries = 0;
        try
        {
            await Parallel.ForEachAsync(
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = _context.Options.BatchParallelism, CancellationToken = cancellationToken },
                async (chunk, ct) => Interlocked.Add(ref retries, await WriteChunkAsync(chunk, failures, ct).ConfigureAwait(false))).ConfigureAwait(false);
        }
        catch (OperationCanceledException cancellation) when (cancellationToken.IsCancellationRequested)
        {
            throw BatchOutcomes.Canceled("BatchWriteItem", entries, writes: true, Array.Empty<object>(), cancellation, cancellationToken);
        }

        var written = entries.Count(e => e.Progress.Processed);
        if (!failures.IsEmpty)
        {
            throw new DynamoBatchException("BatchWriteItem", failures.Select(f => f.Failure).ToList(), written, failures.Select(f => f.Error).FirstOrDefault(e => e is not null));
        }

        return new DynamoBatchWriteResult(written, chunks.Count, retries);
    }

    private DynamoBatchWriter Add(BatchEntry entry)
    {
        if (!_entries.ContainsKey(entry.Identity))
        {
            _order.Add(entry.Identity);
        }

        _entries[entry.Identity] = entry;
        return this;
    }

    private static List<List<BatchEntry>> Chunk(List<BatchEntry> entries)
    {
        // Request overhead (table names, JSON framing) is small next to 16 MB; keep a 64 KB margin for it.
        const long budget = MaxRequestBytes - (64 * 1024);
        var chunks = new List<List<BatchEntry>>();
        var current = new List<BatchEntry>();
        long size = 0;
        foreach (var entry in entries)
        {
            if (current.Count == MaxItemsPerRequest || (current.Count > 0 && size + entry.Size > budget))
            {
                chunks.Add(current);
                current = new List<BatchEntry>();
                size = 0;
            }

            current.Add(entry);
            size += entry.Size;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    private Task<int> WriteChunkAsync(List<BatchEntry> chunk, ConcurrentQueue<(DynamoBatchFailure, Exception?)> failures, CancellationToken cancellationToken)
    {
        var index = new BatchChunkIndex(chunk);
        var tables = index.Tables;
        return BatchRetryLoop.RunAsync(
            _context.Options.RetryPolicy,
            chunk,
            async (pending, ct) =>
            {
                var response = await DynamoCall.RunAsync(
                    _context,
                    "BatchWriteItem",
                    tables,
                    c => _context.Transport.BatchWriteEntriesAsync(pending, index, c),
                    r => r.Capacity,
                    retry: false,
                    ct).ConfigureAwait(false);
                foreach (var table in response.Unprocessed.Select(e => e.TableName).Distinct(StringComparer.Ordinal))
                {
                    DynamoDbTelemetry.RecordUnprocessedItems(table, response.Unprocessed.Count(e => string.Equals(e.TableName, table, StringComparison.Ordinal)));
                }

                return response.Unprocessed;
            },
            (left, reason, error) =>
            {
                foreach (var entry in left)
                {
                    failures.Enqueue((new DynamoBatchFailure(entry.TableName, entry.EntityName, entry.Operation, entry.Key, reason, entry.Progress.Outcome(writes: true)), error));
                }
            },
            error => DynamoCall.RecordRetry("BatchWriteItem", tables, error),
            cancellationToken);
    }
}
