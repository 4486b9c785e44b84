using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A query of one item collection of a single table that holds several entity types, mapping each item to its own
/// type by the discriminator: register the entities with <see cref="Map{TEntity}"/>, then read. The collection is a
/// partition of the table or, with <see cref="IndexName"/>, of a secondary index (an order and its items on GSI1).
/// <code>
/// var collection = await new DynamoCollectionQuery(context, Customer.Keys.PartitionKey("c1")).Map&lt;Customer&gt;().Map&lt;Order&gt;().ExecuteAsync();
/// var customer = collection.Single&lt;Customer&gt;(); var orders = collection.OfType&lt;Order&gt;();
/// </code>
/// </summary>
public sealed class DynamoCollectionQuery
{
    private readonly DynamoDataContext _context;
    private readonly DynamoKeyValue _partitionKey;
    private readonly Dictionary<string, CollectionReader> _mappers = new(StringComparer.Ordinal);
    private readonly List<DynamoEntityMetadata> _entities = new();
    private DynamoEntityMetadata? _first;
    private int? _limit;
    private int? _pageSize;

    /// <summary>Creates the query of one partition.</summary>
    /// <param name="context">The data context.</param>
    /// <param name="partitionKey">The partition key value of the table, or of the index when <see cref="IndexName"/> is set (e.g. <c>Customer.Keys.PartitionKey("c1")</c>).</param>
    public DynamoCollectionQuery(DynamoDataContext context, DynamoKeyValue partitionKey)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _partitionKey = partitionKey;
    }

    /// <summary>The secondary index (global or local) whose partition is read, e.g. <c>Order.Keys.Gsi1.IndexName</c>; the table when <see langword="null"/>.</summary>
    public string? IndexName { get; set; }

    /// <summary>A condition on the sort key of the table, or of the index when <see cref="IndexName"/> is set.</summary>
    public DynamoSortKeyCondition? SortKey { get; set; }

    /// <summary>Newest/largest sort key first.</summary>
    public bool Descending { get; set; }

    /// <summary>A strongly consistent read (the table and local indexes only).</summary>
    public bool ConsistentRead { get; set; }

    /// <summary>
    /// The most items to read in all, mapped or not (DynamoDB's own limit: "the customer and its 10 newest orders" is
    /// <c>Limit = 11</c> with <see cref="Descending"/>, when the profile sorts after the orders); every item when <see langword="null"/>.
    /// </summary>
    public int? Limit
    {
        get => _limit;
        set => _limit = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Limit), value, "Limit must be positive.");
    }

    /// <summary>Items per DynamoDB request and per page of <see cref="ExecutePageAsync"/>; <see cref="Limit"/> (or DynamoDB's 1 MB pages) when <see langword="null"/>.</summary>
    public int? PageSize
    {
        get => _pageSize;
        set => _pageSize = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(PageSize), value, "PageSize must be positive.");
    }

    /// <summary>Registers an entity stored in this partition: items with its discriminator value map to it.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <returns>This query.</returns>
    /// <exception cref="DynamoInvalidRequestException">The entity has no discriminator, lives in another table, or claims a discriminator value already registered.</exception>
    public DynamoCollectionQuery Map<TEntity>() where TEntity : IDynamoEntity<TEntity>
    {
        var metadata = TEntity.Metadata;
        if (metadata.DiscriminatorAttribute is not null && metadata.DerivedEntityTypes is { } derivedTypes)
        {
            // A polymorphic base: each derived type's items map through the base (which picks Dog or Cat).
            return MapDerived<TEntity>(metadata, derivedTypes);
        }

        if (metadata.DiscriminatorAttribute is null || metadata.EntityType is null)
        {
            throw new DynamoInvalidRequestException(metadata.EntityName, null, "has no discriminator, so its items cannot be told apart in a shared partition; give it an EntityType.");
        }

        CheckSameTable(metadata);
        if (!_mappers.TryAdd(metadata.EntityType, ReaderOf<TEntity>()))
        {
            throw new DynamoInvalidRequestException(metadata.EntityName, metadata.DiscriminatorAttribute, $"discriminator value '{metadata.EntityType}' is registered twice.");
        }

        _first ??= metadata;
        _entities.Add(metadata);
        return this;
    }

    private DynamoCollectionQuery MapDerived<TEntity>(DynamoEntityMetadata metadata, IReadOnlyList<string> derivedTypes) where TEntity : IDynamoEntity<TEntity>
    {
        CheckSameTable(metadata);
        foreach (var type in derivedTypes)
        {
            if (!_mappers.TryAdd(type, ReaderOf<TEntity>()))
            {
                throw new DynamoInvalidRequestException(metadata.EntityName, metadata.DiscriminatorAttribute, $"discriminator value '{type}' is registered twice.");
            }
        }

        _first ??= metadata;
        _entities.Add(metadata);
        return this;
    }

    private static CollectionReader ReaderOf<TEntity>() where TEntity : IDynamoEntity<TEntity> =>
        new(static item => TEntity.FromItem(item), static (ref System.Text.Json.Utf8JsonReader reader, string _) => TEntity.FromItemJson(ref reader));

    private void CheckSameTable(DynamoEntityMetadata metadata)
    {
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
    }

    /// <summary>Reads the collection (every page, up to <see cref="Limit"/> items) and maps each item by its discriminator.</summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The collection.</returns>
    /// <exception cref="DynamoInvalidRequestException">An unknown index, a sort key condition on an index without sort key, or a consistent read of a global index.</exception>
    public async Task<DynamoItemCollection> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var plan = Plan();
        var items = new List<object>();
        var unmapped = new List<IReadOnlyDictionary<string, AttributeValue>>();
        var remaining = Limit;
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var response = await QueryOnceAsync(plan, startKey, Min(PageSize, remaining), cancellationToken).ConfigureAwait(false);
            var read = response.Items;
            foreach (var item in remaining is { } left && read.Count > left ? read.Take(left) : read)
            {
                Add(item, items, unmapped);
            }

            remaining -= read.Count;
            startKey = response.LastEvaluatedKey;
        }
        while (startKey is { Count: > 0 } && remaining is null or > 0);

        return new DynamoItemCollection(items, unmapped);
    }

    /// <summary>
    /// One page of the collection: up to <see cref="PageSize"/> items (else <see cref="Limit"/>, else one DynamoDB page),
    /// each mapped by its discriminator, with a continuation token for the next page. Tokens are tamper-checked like
    /// those of <see cref="DynamoQuery{TEntity}"/> pages; pass the token back with the same query to continue.
    /// </summary>
    /// <param name="continuationToken">The token of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The page, with <see cref="DynamoItemCollection.ContinuationToken"/>.</returns>
    /// <exception cref="DynamoContinuationTokenException">The token was modified or belongs to another query.</exception>
    public async Task<DynamoItemCollection> ExecutePageAsync(string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        var plan = Plan();
        var startKey = continuationToken is null ? null : _context.Tokens.Decode(continuationToken, plan.Shape, plan.KeyAttributes);
        var pageSize = PageSize ?? Limit;
        var items = new List<object>();
        var unmapped = new List<IReadOnlyDictionary<string, AttributeValue>>();
        var count = 0;
        do
        {
            var response = await QueryOnceAsync(plan, startKey, pageSize is null ? null : pageSize - count, cancellationToken).ConfigureAwait(false);
            foreach (var item in response.Items)
            {
                Add(item, items, unmapped);
                count++;
            }

            startKey = response.LastEvaluatedKey;
        }
        while (pageSize is not null && count < pageSize && startKey is { Count: > 0 });

        var token = startKey is { Count: > 0 } ? _context.Tokens.Encode(plan.Shape, startKey) : null;
        return new DynamoItemCollection(items, unmapped, token);
    }

    private static void Add(CollectionItem item, List<object> items, List<IReadOnlyDictionary<string, AttributeValue>> unmapped)
    {
        if (item.Entity is { } entity)
        {
            items.Add(entity);
        }
        else
        {
            unmapped.Add(item.Unmapped!);
        }
    }

    private CollectionPlan Plan()
    {
        var metadata = _first ?? throw new InvalidOperationException("Register at least one entity with Map<TEntity>() before reading the collection.");
        var table = metadata.Table;
        var index = IndexName is null ? null : FindIndex(IndexName);
        if (ConsistentRead && index is { IsLocal: false })
        {
            throw new DynamoInvalidRequestException(metadata.EntityName, index.IndexName, "consistent reads are not supported on a global secondary index; read the table or a local index, or read eventually consistent.");
        }

        var partitionKey = index?.PartitionKey ?? table.PartitionKey;
        var sortKey = index is null ? table.SortKey : index.SortKey;
        var expression = new DynamoExpressionContext();
        var keyCondition = expression.Name(partitionKey.AttributeName) + " = " + expression.Value(DynamoKeyValues.ToAttributeValue(partitionKey, _partitionKey, metadata.EntityName, isSortKey: false));
        if (SortKey is not null)
        {
            keyCondition += " AND " + SortKey.Render(expression, sortKey ?? throw new DynamoInvalidRequestException(metadata.EntityName, IndexName ?? table.TableName, "a sort key condition was given but this index has no sort key."), metadata.EntityName);
        }

        var tableName = _context.TableNames.For(metadata);
        var request = new QueryRequest
        {
            TableName = tableName,
            IndexName = index?.IndexName,
            KeyConditionExpression = keyCondition,
            ExpressionAttributeNames = expression.NamesOrNull(),
            ExpressionAttributeValues = expression.ValuesOrNull(),
            ScanIndexForward = !Descending,
            ConsistentRead = ConsistentRead,
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
        return new CollectionPlan(request, DynamoPageKeyAttributes.Of(table, index), new CollectionReaders(tableName, metadata.DiscriminatorAttribute!, _mappers));
    }

    private DynamoIndexDefinition FindIndex(string indexName)
    {
        foreach (var entity in _entities)
        {
            foreach (var index in entity.Table.Indexes)
            {
                if (string.Equals(index.IndexName, indexName, StringComparison.Ordinal))
                {
                    return index;
                }
            }
        }

        var known = _entities.SelectMany(e => e.Table.Indexes).Select(i => i.IndexName).Distinct(StringComparer.Ordinal).ToList();
        throw new DynamoInvalidRequestException(
            _first!.EntityName,
            indexName,
            "no registered entity has this index; expected one of: " + (known.Count == 0 ? "(none)" : string.Join(", ", known)) + ".");
    }

    private Task<DynamoCollectionPage> QueryOnceAsync(CollectionPlan plan, Dictionary<string, AttributeValue>? startKey, int? limit, CancellationToken cancellationToken) =>
        QueryPageRequests.SendAsync(_context, plan.Request, startKey, limit, plan.Readers, cancellationToken);

    private static int? Min(int? a, int? b) => QueryPageRequests.Min(a, b);

    /// <summary>The request of a collection query, its page key attributes, and the readers by discriminator value.</summary>
    private sealed record CollectionPlan(
        QueryRequest Request,
        string[] KeyAttributes,
        CollectionReaders Readers)
    {
        private byte[]? _shape;

        /// <summary>The shape page tokens are checked against, made only for pages (it hashes the query's text).</summary>
        public byte[] Shape => _shape ??= DynamoContinuationTokenCodec.Shape("Collection", Request);
    }
}
