using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Exports a table, an index or a partition to DynamoDB JSON Lines (<see cref="DynamoJsonLines"/>), page by page:
/// memory stays flat whatever the table size. Reads go through the context's bounded retry of throttling and 5xx errors.
/// </summary>
public sealed class DynamoTableExporter
{
    private readonly DynamoDataContext _context;

    /// <summary>Creates an exporter.</summary>
    /// <param name="context">The data context (client, retries).</param>
    public DynamoTableExporter(DynamoDataContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>The raw items of the source, one page at a time (a scan, or a query for a partition).</summary>
    /// <param name="source">What to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The items.</returns>
    public async IAsyncEnumerable<Dictionary<string, AttributeValue>> ReadAsync(DynamoExportSource source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var (items, last) = source.PartitionKeyAttribute is null
                ? await ScanPageAsync(source, start, cancellationToken).ConfigureAwait(false)
                : await QueryPageAsync(source, start, cancellationToken).ConfigureAwait(false);
            foreach (var item in items)
            {
                yield return item;
            }

            start = last is { Count: > 0 } ? last : null;
        }
        while (start is not null);
    }

    /// <summary>Writes the source's items to <paramref name="output"/> as JSON Lines.</summary>
    /// <param name="source">What to export.</param>
    /// <param name="output">Where to write (left open).</param>
    /// <param name="gzip">Compress with gzip.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>How many items were exported.</returns>
    public Task<long> ExportAsync(DynamoExportSource source, Stream output, bool gzip = false, CancellationToken cancellationToken = default)
        => DynamoJsonLines.WriteAsync(output, ReadAsync(source, cancellationToken), gzip, cancellationToken);

    /// <summary>Writes the source's items to a file, gzip-compressed when its name ends with <c>.gz</c>.</summary>
    /// <param name="source">What to export.</param>
    /// <param name="path">The file (replaced if it exists).</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>How many items were exported.</returns>
    public async Task<long> ExportToFileAsync(DynamoExportSource source, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            return await ExportAsync(source, file, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(List<Dictionary<string, AttributeValue>> Items, Dictionary<string, AttributeValue>? Last)> ScanPageAsync(DynamoExportSource source, Dictionary<string, AttributeValue>? start, CancellationToken cancellationToken)
    {
        var request = new ScanRequest { TableName = source.TableName, IndexName = source.IndexName, ExclusiveStartKey = start, ReturnConsumedCapacity = DynamoCall.Capacity };
        var response = await DynamoCall.RunAsync(_context, "Scan", source.TableName, ct => _context.Transport.ScanAsync(request, ct), r => r.ConsumedCapacity is null ? null : [r.ConsumedCapacity], cancellationToken).ConfigureAwait(false);
        return (response.Items ?? new List<Dictionary<string, AttributeValue>>(), response.LastEvaluatedKey);
    }

    private async Task<(List<Dictionary<string, AttributeValue>> Items, Dictionary<string, AttributeValue>? Last)> QueryPageAsync(DynamoExportSource source, Dictionary<string, AttributeValue>? start, CancellationToken cancellationToken)
    {
        var request = new QueryRequest
        {
            TableName = source.TableName,
            IndexName = source.IndexName,
            KeyConditionExpression = "#pk = :pk",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#pk"] = source.PartitionKeyAttribute! },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":pk"] = source.PartitionKeyValue! },
            ExclusiveStartKey = start,
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
        var response = await DynamoCall.RunAsync(_context, "Query", source.TableName, ct => _context.Transport.QueryAsync(request, ct), r => r.ConsumedCapacity is null ? null : [r.ConsumedCapacity], cancellationToken).ConfigureAwait(false);
        return (response.Items ?? new List<Dictionary<string, AttributeValue>>(), response.LastEvaluatedKey);
    }
}
