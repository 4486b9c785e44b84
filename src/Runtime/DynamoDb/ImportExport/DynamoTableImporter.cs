using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Imports DynamoDB JSON Lines (<see cref="DynamoJsonLines"/>, the format of DynamoDB's export to S3 and of
/// <see cref="DynamoTableExporter"/>) or boto3-assist's import files (<see cref="DynamoImportFormat.Boto3AssistJson"/>) into a table with the batch writer: streaming (at most
/// <see cref="DynamoImportOptions.FlushSize"/> items in memory), bounded retries with backoff (the context's retry
/// policy), progress after every flush, a resume position, and a report of every line not imported. A line that is
/// not valid, lacks a key attribute or is over 400 KB is reported without stopping the import; a batch request
/// DynamoDB refuses as a whole (one item of a wrong key type) is retried item by item, so only the bad lines fail.
/// </summary>
public sealed class DynamoTableImporter
{
    private const string Source = "import";
    private readonly DynamoDataContext _context;

    /// <summary>Creates an importer.</summary>
    /// <param name="context">The data context (client, retry policy, batch parallelism).</param>
    public DynamoTableImporter(DynamoDataContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>Imports a stream in <see cref="DynamoImportOptions.Format"/> (DynamoDB JSON Lines by default).</summary>
    /// <param name="input">The file (left open).</param>
    /// <param name="options">The table and how to write.</param>
    /// <param name="gzip">The file is gzip-compressed.</param>
    /// <param name="cancellationToken">
    /// Cancels the import; the last <see cref="DynamoImportOptions.Progress"/> report says where to resume.
    /// </param>
    /// <returns>What was imported, and what failed.</returns>
    public Task<DynamoImportResult> ImportAsync(Stream input, DynamoImportOptions options, bool gzip = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var lines = options.Format switch
        {
            DynamoImportFormat.DynamoJsonLines => DynamoJsonLines.ReadAsync(input, gzip, options.StartAfterLine, cancellationToken),

            // boto3-assist's importer reads a .json file as an array of plain items, and a .gz file as an array of
            // {"Item":...} in DynamoDB JSON or as JSON Lines.
            DynamoImportFormat.Boto3AssistJson => DynamoJsonArrays.ReadAsync(input, plainItems: !gzip, gzip, options.StartAfterLine, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "Unknown DynamoImportFormat."),
        };
        return ImportAsync(lines, options, cancellationToken);
    }

    /// <summary>Imports a file, gzip-compressed when its name ends with <c>.gz</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The table and how to write.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>What was imported, and what failed.</returns>
    public async Task<DynamoImportResult> ImportFileAsync(string path, DynamoImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            return await ImportAsync(file, options, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Imports lines from any source (a file read with <see cref="DynamoJsonLines.ReadAsync"/>, or lines built in code).</summary>
    /// <param name="lines">The lines, in order.</param>
    /// <param name="options">The table and how to write.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>What was imported, and what failed.</returns>
    public async Task<DynamoImportResult> ImportAsync(IAsyncEnumerable<DynamoJsonLine> lines, DynamoImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(options);
        if (options.FlushSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FlushSize, "DynamoImportOptions.FlushSize must be at least 1.");
        }

        var failures = new List<DynamoImportFailure>();
        var pending = new List<PendingItem>(options.FlushSize);
        long lastLine = options.StartAfterLine, written = 0;
        await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            lastLine = line.LineNumber;
            if (Check(line, options) is { } problem)
            {
                failures.Add(new DynamoImportFailure(line.LineNumber, problem));
                continue;
            }

            pending.Add(new PendingItem(line.LineNumber, line.Item!));
            if (pending.Count >= options.FlushSize)
            {
                written += await FlushAsync(pending, options, failures, cancellationToken).ConfigureAwait(false);
                options.Progress?.Report(new DynamoImportProgress(lastLine, written, failures.Count, lastLine));
            }
        }

        if (pending.Count > 0)
        {
            written += await FlushAsync(pending, options, failures, cancellationToken).ConfigureAwait(false);
        }

        options.Progress?.Report(new DynamoImportProgress(lastLine, written, failures.Count, lastLine));
        failures.Sort(static (a, b) => a.LineNumber.CompareTo(b.LineNumber));
        return new DynamoImportResult(lastLine, written, failures, lastLine);
    }

    private static string? Check(DynamoJsonLine line, DynamoImportOptions options)
    {
        if (line.Item is not { } item)
        {
            return line.Error ?? "the line holds no item";
        }

        foreach (var key in options.SortKey is null ? new[] { options.PartitionKey } : new[] { options.PartitionKey, options.SortKey })
        {
            if (!item.ContainsKey(key))
            {
                return $"the item has no key attribute '{key}'";
            }
        }

        var size = DynamoItemSize.Of(item);
        return size > DynamoItemSize.MaxItemBytes
            ? $"the item is about {size} bytes; DynamoDB stores at most {DynamoItemSize.MaxItemBytes} bytes (400 KB)"
            : null;
    }

    // Writes the pending items, records the lines that failed, and returns how many were written.
    private async Task<long> FlushAsync(List<PendingItem> pending, DynamoImportOptions options, List<DynamoImportFailure> failures, CancellationToken cancellationToken)
    {
        var writer = _context.BatchWriter();
        var lineByKey = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in pending)
        {
            writer.PutItem(options.TableName, Source, options.PartitionKey, options.SortKey, entry.Item, DynamoItemSize.Of(entry.Item));
            lineByKey[KeyText(entry.Item, options)] = entry.LineNumber;   // a later line with the same key wins, as in the batch
        }

        var items = pending.ToList();
        pending.Clear();
        try
        {
            return (await writer.ExecuteAsync(cancellationToken).ConfigureAwait(false)).ItemsWritten;
        }
        catch (DynamoBatchException ex)
        {
            long written = ex.Processed;
            var byLine = items.GroupBy(i => i.LineNumber).ToDictionary(g => g.Key, g => g.Last().Item);
            foreach (var failure in ex.Failures)
            {
                var line = lineByKey.TryGetValue(AttributeValueText.Key(failure.Key), out var number) ? number : 0;
                string? refused = null;
                if (failure.Outcome == DynamoBatchOutcome.NotProcessed && byLine.TryGetValue(line, out var item))
                {
                    refused = await PutOneAsync(options.TableName, item, cancellationToken).ConfigureAwait(false);
                    if (refused is null)
                    {
                        written++;
                        continue;
                    }
                }

                failures.Add(new DynamoImportFailure(line, refused is null ? failure.Reason : "DynamoDB refused the item: " + refused, failure.Outcome));
            }

            return written;
        }
    }

    // A request DynamoDB refuses as a whole (ValidationException) fails its every item: put them one by one to find the bad ones.
    private async Task<string?> PutOneAsync(string tableName, Dictionary<string, AttributeValue> item, CancellationToken cancellationToken)
    {
        try
        {
            await DynamoCall.RunAsync(_context, "PutItem", tableName, ct => _context.Client.PutItemAsync(new PutItemRequest { TableName = tableName, Item = item }, ct), _ => null, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (AmazonDynamoDBException ex)
        {
            return ex.ErrorCode ?? ex.GetType().Name;
        }
    }

    private static string KeyText(IReadOnlyDictionary<string, AttributeValue> item, DynamoImportOptions options)
        => AttributeValueText.KeyOf(item, options.PartitionKey, options.SortKey);

    private readonly record struct PendingItem(long LineNumber, Dictionary<string, AttributeValue> Item);
}
