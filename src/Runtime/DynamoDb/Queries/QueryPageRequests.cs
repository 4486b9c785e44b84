using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Sends one page of a prepared query: typed queries and item collections build their request once and send a copy per
/// page with its start key and limit, through the context's retries and telemetry.
/// </summary>
internal static class QueryPageRequests
{
    /// <summary>Sends <paramref name="template"/> from <paramref name="startKey"/> with at most <paramref name="limit"/> items.</summary>
    public static Task<QueryResponse> SendAsync(DynamoDataContext context, QueryRequest template, Dictionary<string, AttributeValue>? startKey, int? limit, CancellationToken cancellationToken)
    {
        var request = Page(template, startKey, limit);
        return DynamoCall.RunAsync(context, "Query", request.TableName, ct => context.Transport.QueryAsync(request, ct), r => DynamoCall.One(r.ConsumedCapacity), cancellationToken);
    }

    /// <summary>The same, with the items read as <typeparamref name="TEntity"/> (discriminators checked) by the context's transport.</summary>
    public static Task<DynamoEntityPage<TEntity>> SendAsync<TEntity>(DynamoDataContext context, QueryRequest template, Dictionary<string, AttributeValue>? startKey, int? limit, CancellationToken cancellationToken)
        where TEntity : IDynamoEntity<TEntity>
    {
        var request = Page(template, startKey, limit);
        return DynamoCall.RunAsync(context, "Query", request.TableName, ct => context.Transport.QueryEntitiesAsync<TEntity>(request, ct), r => DynamoCall.One(r.Capacity), cancellationToken);
    }

    /// <summary>The same for an item collection, each item read as the entity its discriminator names, else kept as stored.</summary>
    public static Task<DynamoCollectionPage> SendAsync(DynamoDataContext context, QueryRequest template, Dictionary<string, AttributeValue>? startKey, int? limit, CollectionReaders readers, CancellationToken cancellationToken)
    {
        var request = Page(template, startKey, limit);
        return DynamoCall.RunAsync(context, "Query", request.TableName, ct => context.Transport.QueryCollectionAsync(request, readers, ct), r => DynamoCall.One(r.Capacity), cancellationToken);
    }

    private static QueryRequest Page(QueryRequest template, Dictionary<string, AttributeValue>? startKey, int? limit)
        => new()
        {
            TableName = template.TableName,
            IndexName = template.IndexName,
            KeyConditionExpression = template.KeyConditionExpression,
            FilterExpression = template.FilterExpression,
            ProjectionExpression = template.ProjectionExpression,
            ScanIndexForward = template.ScanIndexForward,
            ConsistentRead = template.ConsistentRead,
            ExpressionAttributeNames = template.ExpressionAttributeNames,
            ExpressionAttributeValues = template.ExpressionAttributeValues,
            ReturnConsumedCapacity = template.ReturnConsumedCapacity,
            ExclusiveStartKey = startKey,
            Limit = limit,
        };

    /// <summary>The smaller of two optional limits (null is no limit).</summary>
    public static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
