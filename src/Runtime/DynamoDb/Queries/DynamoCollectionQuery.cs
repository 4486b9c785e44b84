using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A query of one partition of a single table that holds several entity types, mapping each item to its own type
/// by the discriminator: register the entities with <see cref="Map{TEntity}"/>, then read.
/// <code>
/// var collection = await new DynamoCollectionQuery(context, Customer.Keys.PartitionKey("c1")).Map&lt;Customer&gt;().Map&lt;Order&gt;().ExecuteAsync();
/// var customer = collection.Single&lt;Customer&gt;(); var orders = collection.OfType&lt;Order&gt;();
/// </code>
/// </summary>
public sealed class DynamoCollectionQuery
{
    private readonly DynamoDataContext _context;
    private readonly string _partitionKey;
    private readonly Dictionary<string, Func<IReadOnlyDictionary<string, AttributeValue>, object>> _mappers = new(StringComparer.Ordinal);
    private DynamoEntityMetadata? _first;

    /// <summary>Creates the query of one partition.</summary>
    /// <param name="context">The data context.</param>
    /// <param name="partitionKey">The partition key value (e.g. <c>Customer.Keys.PartitionKey("c1")</c>).</param>
    public DynamoCollectionQuery(DynamoDataContext context, string partitionKey)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _partitionKey = partitionKey ?? throw new ArgumentNullException(nameof(partitionKey));
    }

    /// <summary>A condition on the table's sort key, if any.</summary>
    public DynamoSortKeyCondition? SortKey { get; set; }

    /// <summary>Newest/largest sort key first.</summary>
    public bool Descending { get; set; }

    /// <summary>A strongly consistent read.</summary>
    public bool ConsistentRead { get; set; }

    /// <summary>Registers an entity stored in this partition: items with its discriminator value map to it.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <returns>This query.</returns>
    /// <exception cref="DynamoInvalidRequestException">The entity has no discriminator, lives in another table, or claims a discriminator value already registered.</exception>
    public DynamoCollectionQuery Map<TEntity>() where TEntity : IDynamoEntity<TEntity>
    {
        var metadata = TEntity.Metadata;
        if (metadata.DiscriminatorAttribute is null || metadata.EntityType is null)
        {
            throw new DynamoInvalidRequestException(metadata.EntityName, null, "has no discriminator, so its items cannot be told apart in a shared partition; give it an EntityType.");
        }

        if (_first is not null)
        {
            if (!string.Equals(_context.TableNames.For(_first), _context.TableNames.For(metadata), StringComparison.Ordinal))
            {
                throw new DynamoInvalidRequestException(metadata.EntityName, null, $"is stored in table '{_context.TableNames.For(metadata)}', not '{_context.TableNames.For(_first)}' like {_first.EntityName}.");
            }

            if (!string.Equals(_first.DiscriminatorAttribute, metadata.DiscriminatorAttribute, StringComparison.Ordinal))
            {
                throw new DynamoInvalidRequestException(metadata.EntityName, metadata.DiscriminatorAttribute, $"uses discriminator attribute '{metadata.DiscriminatorAttribute}', {_first.EntityName} uses '{_first.DiscriminatorAttribute}'.");
            }
        }

        if (!_mappers.TryAdd(metadata.EntityType, static item => TEntity.FromItem(item)))
        {
            throw new DynamoInvalidRequestException(metadata.EntityName, metadata.DiscriminatorAttribute, $"discriminator value '{metadata.EntityType}' is registered twice.");
        }

        _first ??= metadata;
        return this;
    }

    /// <summary>Reads the whole partition (every page) and maps each item by its discriminator.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The collection.</returns>
    public async Task<DynamoItemCollection> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var metadata = _first ?? throw new InvalidOperationException("Register at least one entity with Map<TEntity>() before reading the collection.");
        var table = metadata.Table;
        var expression = new DynamoExpressionContext();
        var keyCondition = expression.Name(table.PartitionKey.AttributeName) + " = " + expression.Value(DynamoKeyValues.ToAttributeValue(table.PartitionKey, _partitionKey, metadata.EntityName));
        if (SortKey is not null)
        {
            keyCondition += " AND " + SortKey.Render(expression, table.SortKey ?? throw new DynamoInvalidRequestException(metadata.EntityName, null, "the table has no sort key."), metadata.EntityName);
        }

        var tableName = _context.TableNames.For(metadata);
        var items = new List<object>();
        var unmapped = new List<IReadOnlyDictionary<string, AttributeValue>>();
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var request = new QueryRequest
            {
                TableName = tableName,
                KeyConditionExpression = keyCondition,
                ExpressionAttributeNames = expression.NamesOrNull(),
                ExpressionAttributeValues = expression.ValuesOrNull(),
                ScanIndexForward = !Descending,
                ConsistentRead = ConsistentRead,
                ExclusiveStartKey = startKey,
                ReturnConsumedCapacity = DynamoCall.Capacity,
            };
            var response = await DynamoCall.RunAsync(_context, "Query", tableName, ct => _context.Client.QueryAsync(request, ct), r => DynamoCall.One(r.ConsumedCapacity), cancellationToken).ConfigureAwait(false);
            foreach (var item in response.Items ?? [])
            {
                if (item.TryGetValue(metadata.DiscriminatorAttribute!, out var type) && type.S is not null && _mappers.TryGetValue(type.S, out var map))
                {
                    items.Add(map(item));
                }
                else
                {
                    unmapped.Add(item);
                }
            }

            startKey = response.LastEvaluatedKey;
        }
        while (startKey is { Count: > 0 });

        return new DynamoItemCollection(items, unmapped);
    }
}
