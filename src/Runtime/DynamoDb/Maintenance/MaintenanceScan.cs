using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The page loop of a maintenance run (reindex, schema migration): a consistent scan of the entity's items from a
/// resume token to the end, one raw item at a time, the page's end reported with the token to resume after it.
/// </summary>
internal static class MaintenanceScan
{
    /// <summary>Visits every item the scan returns, in order; <paramref name="pageDone"/> after each page with its resume token (null at the end).</summary>
    public static async Task RunAsync<TEntity>(
        DynamoRepository<TEntity> repository,
        DynamoMaintenanceOptions options,
        DynamoCondition<TEntity>? filter,
        Func<Dictionary<string, AttributeValue>, CancellationToken, Task> visit,
        Action<string?> pageDone,
        CancellationToken cancellationToken)
        where TEntity : IDynamoEntity<TEntity>
    {
        var scan = new DynamoScan<TEntity> { PageSize = options.PageSize, ConsistentRead = true, Filter = filter };
        var token = options.ResumeToken;
        do
        {
            var page = await repository.ScanRawPageAsync(scan, token, cancellationToken).ConfigureAwait(false);
            foreach (var stored in page.Items)
            {
                await visit(stored, cancellationToken).ConfigureAwait(false);
            }

            token = page.ContinuationToken;
            pageDone(token);
        }
        while (token is not null);
    }

    /// <summary>The table key attributes of the entity: partition key, then sort key when it has one.</summary>
    public static IEnumerable<string> PrimaryKeyAttributes(DynamoTableDefinition table)
    {
        yield return table.PartitionKey.AttributeName;
        if (table.SortKey is { } sortKey)
        {
            yield return sortKey.AttributeName;
        }
    }

    /// <summary>The condition of a write: the item still exists and, when it has a [DynamoVersion], still has the version read.</summary>
    public static string Unchanged<TEntity>(DynamoExpressionContext expression, IReadOnlyDictionary<string, AttributeValue> stored)
        where TEntity : IDynamoEntity<TEntity>
    {
        var exists = "attribute_exists(" + expression.Name(TEntity.Metadata.Table.PartitionKey.AttributeName) + ")";
        return DynamoVersioning<TEntity>.Attribute is null ? exists : exists + " AND " + DynamoVersioning<TEntity>.Condition(expression, DynamoVersioning<TEntity>.Read(stored));
    }
}
