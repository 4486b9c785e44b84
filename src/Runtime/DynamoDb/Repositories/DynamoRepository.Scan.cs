using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

public sealed partial class DynamoRepository<TEntity>
{
    /// <summary>
    /// Every <typeparamref name="TEntity"/> item of the table, read by <see cref="DynamoScan{TEntity}.Segments"/>
    /// parallel segment scans whose results are merged as they arrive (no order). Stopping the enumeration stops the scans.
    /// </summary>
    /// <param name="scan">The scan; a single-segment scan of this entity type when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the scans.</param>
    /// <returns>The items.</returns>
    public async IAsyncEnumerable<TEntity> ScanAsync(DynamoScan<TEntity>? scan = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        scan ??= new DynamoScan<TEntity>();
        var template = BuildScan(scan);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<TEntity>(new BoundedChannelOptions(1024) { SingleReader = true });
        var segments = Enumerable.Range(0, scan.Segments)
            .Select(segment => ScanSegmentAsync(template, scan.Segments == 1 ? null : segment, scan.Segments, channel.Writer, stop.Token))
            .ToArray();
        var completion = CompleteWhenDoneAsync(segments, channel.Writer);
        try
        {
            await foreach (var entity in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return entity;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await completion.ConfigureAwait(false);
        }
    }

    /// <summary>One page of a single-segment scan of this entity type, with a continuation token (for resumable maintenance).</summary>
    /// <param name="scan">The scan (must have one segment).</param>
    /// <param name="continuationToken">The token of the previous page, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The raw items of the page and the next token.</returns>
    internal async Task<DynamoPage<Dictionary<string, AttributeValue>>> ScanRawPageAsync(DynamoScan<TEntity> scan, string? continuationToken, CancellationToken cancellationToken)
    {
        var template = BuildScan(scan);
        var shape = DynamoContinuationTokenCodec.Shape("Scan", template.TableName, null, null, template.FilterExpression, null, true, template.ExpressionAttributeNames, template.ExpressionAttributeValues);
        var keyAttributes = DynamoQueryPlan<TEntity>.PageKeyAttributes(null);
        template.ExclusiveStartKey = continuationToken is null ? null : _context.Tokens.Decode(continuationToken, shape, keyAttributes);
        ScanResponse response;
        try
        {
            response = await DynamoCall.RunAsync(_context, "Scan", template.TableName, ct => _context.Transport.ScanAsync(template, ct), r => DynamoCall.One(r.ConsumedCapacity), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (template.ExclusiveStartKey is not null && DynamoContinuationTokenCodec.Refused(error) is { } refused)
        {
            throw refused;
        }

        var next = response.LastEvaluatedKey is { Count: > 0 } key ? _context.Tokens.Encode(shape, key) : null;
        return new DynamoPage<Dictionary<string, AttributeValue>>(response.Items ?? [], next);
    }

    private ScanRequest BuildScan(DynamoScan<TEntity> scan)
    {
        var expression = new DynamoExpressionContext();
        var filter = DynamoCondition<TEntity>.Combine(scan.Filter, scan.OnlyThisEntityType ? DynamoQueryPlan<TEntity>.EntityTypeFilter() : null);
        return new ScanRequest
        {
            TableName = TableName,
            FilterExpression = filter?.Render(expression),
            ExpressionAttributeNames = expression.NamesOrNull(),
            ExpressionAttributeValues = expression.ValuesOrNull(),
            ConsistentRead = scan.ConsistentRead,
            Limit = scan.PageSize,
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
    }

    private async Task ScanSegmentAsync(ScanRequest template, int? segment, int totalSegments, ChannelWriter<TEntity> writer, CancellationToken cancellationToken)
    {
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var request = new ScanRequest
            {
                TableName = template.TableName,
                FilterExpression = template.FilterExpression,
                ExpressionAttributeNames = template.ExpressionAttributeNames,
                ExpressionAttributeValues = template.ExpressionAttributeValues,
                ConsistentRead = template.ConsistentRead,
                Limit = template.Limit,
                ReturnConsumedCapacity = template.ReturnConsumedCapacity,
                Segment = segment,
                TotalSegments = segment is null ? null : totalSegments,
                ExclusiveStartKey = startKey,
            };
            var response = await DynamoCall.RunAsync(_context, "Scan", request.TableName, ct => _context.Transport.ScanEntitiesAsync<TEntity>(request, ct), r => DynamoCall.One(r.Capacity), cancellationToken).ConfigureAwait(false);
            foreach (var entity in response.Items)
            {
                await writer.WriteAsync(entity, cancellationToken).ConfigureAwait(false);
            }

            startKey = response.LastEvaluatedKey;
        }
        while (startKey is { Count: > 0 });
    }

    private static async Task CompleteWhenDoneAsync(Task[] segments, ChannelWriter<TEntity> writer)
    {
        try
        {
            await Task.WhenAll(segments).ConfigureAwait(false);
            writer.TryComplete();
        }
        catch (OperationCanceledException)
        {
            writer.TryComplete();
        }
        catch (Exception)
        {
            // Surface the first real failure of any segment to the reader.
            var failure = segments.Where(s => s.IsFaulted).Select(s => s.Exception!.GetBaseException()).FirstOrDefault(e => e is not OperationCanceledException);
            writer.TryComplete(failure);
        }
    }
}
