using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

public sealed partial class DynamoRepository<TEntity>
{
    /// <summary>Reads the item with <paramref name="key"/>.</summary>
    /// <param name="key">The primary key (<c>Order.Keys.PrimaryKey(...)</c>).</param>
    /// <param name="consistentRead">A strongly consistent read.</param>
    /// <param name="projection">The attributes to read; all when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entity, or <see langword="null"/> when there is no such item.</returns>
    /// <exception cref="DynamoInvalidRequestException">A key value is empty or too long (nothing sent).</exception>
    public async Task<TEntity?> GetAsync(Dictionary<string, AttributeValue> key, bool consistentRead = false, DynamoProjection<TEntity>? projection = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        DynamoItemLimits.CheckKey(TEntity.Metadata, key);
        var expression = new DynamoExpressionContext();
        var request = new GetItemRequest
        {
            TableName = TableName,
            Key = key,
            ConsistentRead = consistentRead,
            ProjectionExpression = projection?.Render(expression),
            ExpressionAttributeNames = expression.NamesOrNull(),
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
        var result = await DynamoCall.RunAsync(
            _context,
            "GetItem",
            request.TableName,
            ct => _context.Transport.GetEntityAsync<TEntity>(request, ct),
            r => DynamoCall.One(r.Capacity),
            cancellationToken).ConfigureAwait(false);
        return result.Entity;
    }

    /// <summary>
    /// The items of a query, fetching pages from DynamoDB only as the enumeration needs them, up to <see cref="DynamoQuery{TEntity}.Limit"/>.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items in key order.</returns>
    /// <exception cref="DynamoInvalidRequestException">The query cannot be valid (thrown at once, not on the first read).</exception>
    public IAsyncEnumerable<TEntity> QueryAsync(DynamoQuery<TEntity> query, CancellationToken cancellationToken = default)
        => QueryPagesAsync(DynamoQueryPlan<TEntity>.Create(_context, query), query, cancellationToken);

    private async IAsyncEnumerable<TEntity> QueryPagesAsync(DynamoQueryPlan<TEntity> plan, DynamoQuery<TEntity> query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var remaining = query.Limit;
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var response = await QueryOnceAsync(plan, startKey, Min(query.PageSize, remaining), cancellationToken).ConfigureAwait(false);
            foreach (var entity in response.Items)
            {
                yield return entity;
                if (remaining is not null && --remaining == 0)
                {
                    yield break;
                }
            }

            startKey = response.LastEvaluatedKey;
        }
        while (startKey is { Count: > 0 });
    }

    /// <summary>
    /// One page of a query: up to <see cref="DynamoQuery{TEntity}.PageSize"/> items (or one DynamoDB page when unset)
    /// and a continuation token for the next page. Pass the token back with the same query to continue.
    /// </summary>
    /// <param name="query">The query; must be the same query the token was issued for.</param>
    /// <param name="continuationToken">The token of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The page.</returns>
    /// <exception cref="DynamoContinuationTokenException">
    /// The token was modified, belongs to another query, or holds a start key DynamoDB refuses for this query.
    /// </exception>
    public async Task<DynamoPage<TEntity>> QueryPageAsync(DynamoQuery<TEntity> query, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        var plan = DynamoQueryPlan<TEntity>.Create(_context, query);
        var startKey = continuationToken is null ? null : _context.Tokens.Decode(continuationToken, plan.Shape, plan.KeyAttributes);
        var pageSize = query.PageSize ?? query.Limit;
        var items = new List<TEntity>();
        var keyFromToken = startKey is not null;
        do
        {
            DynamoEntityPage<TEntity> response;
            try
            {
                response = await QueryOnceAsync(plan, startKey, pageSize is null ? null : pageSize - items.Count, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (keyFromToken && DynamoContinuationTokenCodec.Refused(error) is { } refused)
            {
                throw refused;
            }

            keyFromToken = false;
            items.AddRange(response.Items);

            startKey = response.LastEvaluatedKey;
        }
        while (pageSize is not null && items.Count < pageSize && startKey is { Count: > 0 });

        return new DynamoPage<TEntity>(items, startKey is { Count: > 0 } ? _context.Tokens.Encode(plan.Shape, startKey) : null);
    }

    private Task<DynamoEntityPage<TEntity>> QueryOnceAsync(DynamoQueryPlan<TEntity> plan, Dictionary<string, AttributeValue>? startKey, int? limit, CancellationToken cancellationToken) =>
        QueryPageRequests.SendAsync<TEntity>(_context, plan.Request, startKey, limit, cancellationToken);

    private static int? Min(int? a, int? b) => QueryPageRequests.Min(a, b);
}
