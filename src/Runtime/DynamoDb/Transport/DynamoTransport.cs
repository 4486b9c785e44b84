using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The one way the data access layer reaches DynamoDB: every repository, batch, transaction, page, scan, reindexer and
/// import/export call goes through the context's transport, inside <see cref="DynamoCall"/> (telemetry and retries stay
/// there, the same for every transport). Two implementations: <see cref="SdkDynamoTransport"/> (the AWS SDK client) and
/// <see cref="HttpDynamoTransport"/> (the runtime's own HTTP requests). The typed operations read items straight into
/// the entity where the transport can; by default they map the SDK response with <see cref="DynamoTypedRead{TEntity}"/>.
/// </summary>
internal abstract class DynamoTransport
{
    /// <summary>The kind, for diagnostics and tests.</summary>
    public abstract DynamoTransportKind Kind { get; }

    public abstract Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken);

    public abstract Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken);

    public abstract Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken);

    public abstract Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken);

    public abstract Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken);

    public abstract Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken);

    public abstract Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken);

    public abstract Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken);

    public abstract Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken);

    public abstract Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, CancellationToken cancellationToken);

    /// <summary>GetItem of one <typeparamref name="TEntity"/>: the entity (discriminator checked), or default when absent.</summary>
    public virtual async Task<DynamoEntityResult<TEntity>> GetEntityAsync<TEntity>(GetItemRequest request, CancellationToken cancellationToken)
        where TEntity : IDynamoEntity<TEntity>
    {
        var response = await GetItemAsync(request, cancellationToken).ConfigureAwait(false);
        return One<TEntity>(response.Item, response.ConsumedCapacity, request.TableName);
    }

    /// <summary>
    /// UpdateItem returning the item's values (<c>ReturnValues</c> ALL_NEW or ALL_OLD) as a <typeparamref name="TEntity"/>
    /// (discriminator checked).
    /// </summary>
    public virtual async Task<DynamoEntityResult<TEntity>> UpdateEntityAsync<TEntity>(UpdateItemRequest request, CancellationToken cancellationToken)
        where TEntity : IDynamoEntity<TEntity>
    {
        var response = await UpdateItemAsync(request, cancellationToken).ConfigureAwait(false);
        return One<TEntity>(response.Attributes, response.ConsumedCapacity, request.TableName);
    }

    /// <summary>
    /// DeleteItem returning the deleted item (<c>ReturnValues</c> ALL_OLD) as a <typeparamref name="TEntity"/>
    /// (discriminator checked), or default when there was none.
    /// </summary>
    public virtual async Task<DynamoEntityResult<TEntity>> DeleteEntityAsync<TEntity>(DeleteItemRequest request, CancellationToken cancellationToken)
        where TEntity : IDynamoEntity<TEntity>
    {
        var response = await DeleteItemAsync(request, cancellationToken).ConfigureAwait(false);
        return One<TEntity>(response.Attributes, response.ConsumedCapacity, request.TableName);
    }

    // The item of a one-item answer as the entity (discriminator checked), or default when the answer has none.
    private static DynamoEntityResult<TEntity> One<TEntity>(Dictionary<string, AttributeValue>? item, ConsumedCapacity? capacity, string tableName)
        where TEntity : IDynamoEntity<TEntity> =>
        new(item is { Count: > 0 } ? DynamoTypedRead<TEntity>.Map(item, tableName) : default, capacity);

    /// <summary>One Query page of <typeparamref name="TEntity"/> items (discriminators checked).</summary>
    public virtual async Task<DynamoEntityPage<TEntity>> QueryEntitiesAsync<TEntity>(QueryRequest request, CancellationToken cancellationToken)
        where TEntity : IDynamoEntity<TEntity>
    {
        var response = await QueryAsync(request, cancellationToken).ConfigureAwait(false);
        return new DynamoEntityPage<TEntity>(MapAll<TEntity>(response.Items, request.TableName), response.LastEvaluatedKey, response.ConsumedCapacity);
    }

    /// <summary>One Query page of an item collection, each item read as the entity its discriminator names (else kept as stored).</summary>
    public virtual async Task<DynamoCollectionPage> QueryCollectionAsync(QueryRequest request, CollectionReaders readers, CancellationToken cancellationToken)
    {
        var response = await QueryAsync(request, cancellationToken).ConfigureAwait(false);
        var items = new List<CollectionItem>(response.Items?.Count ?? 0);
        foreach (var item in response.Items ?? [])
        {
            items.Add(readers.Read(item));
        }

        return new DynamoCollectionPage(items, response.LastEvaluatedKey, response.ConsumedCapacity);
    }

    /// <summary>One Scan page of <typeparamref name="TEntity"/> items (discriminators checked).</summary>
    public virtual async Task<DynamoEntityPage<TEntity>> ScanEntitiesAsync<TEntity>(ScanRequest request, CancellationToken cancellationToken)
        where TEntity : IDynamoEntity<TEntity>
    {
        var response = await ScanAsync(request, cancellationToken).ConfigureAwait(false);
        return new DynamoEntityPage<TEntity>(MapAll<TEntity>(response.Items, request.TableName), response.LastEvaluatedKey, response.ConsumedCapacity);
    }

    /// <summary>
    /// BatchGetItem whose items are read as the entities their keys were requested as (<see cref="BatchEntry.Map"/>,
    /// found again through <paramref name="index"/>), each with its entry's identity.
    /// </summary>
    public virtual async Task<DynamoBatchGetPage> BatchGetEntitiesAsync(BatchGetItemRequest request, BatchChunkIndex index, CancellationToken cancellationToken)
    {
        var response = await BatchGetItemAsync(request, cancellationToken).ConfigureAwait(false);
        var found = new System.Collections.Generic.List<(string Identity, object Entity)>();
        foreach (var (table, items) in response.Responses ?? [])
        {
            foreach (var item in items ?? [])
            {
                var entry = index[index.IdentityOf(table, item)];
                found.Add((entry.Identity, entry.Map!(item, entry.TableName)));
            }
        }

        return new DynamoBatchGetPage(found, response.UnprocessedKeys, response.ConsumedCapacity);
    }

    /// <summary>
    /// TransactGetItems whose items are read, by position, as the entities <paramref name="reads"/> asked for (null where
    /// there is no item).
    /// </summary>
    public virtual async Task<DynamoTransactGetPage> TransactGetEntitiesAsync(TransactGetItemsRequest request, IReadOnlyList<TransactGetRead> reads, CancellationToken cancellationToken)
    {
        var response = await TransactGetItemsAsync(request, cancellationToken).ConfigureAwait(false);
        var responses = response.Responses ?? [];
        var items = new object?[reads.Count];
        for (var i = 0; i < items.Length && i < responses.Count; i++)
        {
            items[i] = responses[i]?.Item is { Count: > 0 } item ? reads[i].Map(item, reads[i].TableName) : null;
        }

        return new DynamoTransactGetPage(items, response.ConsumedCapacity);
    }

    /// <summary>
    /// Whether puts send their item as DynamoDB JSON written from the entity (<see cref="DynamoPutItemJson{TEntity}"/>,
    /// then <see cref="PutItemJsonAsync"/> and <see cref="BatchEntry.ItemJson"/>) rather than as a <c>ToItem</c>
    /// dictionary: true for the HTTP transport, which would only turn the dictionary back into JSON.
    /// </summary>
    public virtual bool WritesItemJson => false;

    /// <summary>PutItem whose item is <paramref name="item"/>, DynamoDB JSON (<c>request.Item</c> is not set). Only when <see cref="WritesItemJson"/>.</summary>
    public virtual Task<PutItemResponse> PutItemJsonAsync(PutItemRequest request, ReadOnlyMemory<byte> item, CancellationToken cancellationToken)
        => throw new NotSupportedException("The " + Kind + " transport sends items as AttributeValue dictionaries.");

    /// <summary>
    /// TransactWriteItems whose puts with an item in <paramref name="itemsJson"/> (by action) send it, DynamoDB JSON, as
    /// their <c>Item</c> (their <c>Put.Item</c> is not set). Only when <see cref="WritesItemJson"/>.
    /// </summary>
    public virtual Task<TransactWriteItemsResponse> TransactWriteItemsJsonAsync(TransactWriteItemsRequest request, IReadOnlyList<byte[]?> itemsJson, CancellationToken cancellationToken)
        => throw new NotSupportedException("The " + Kind + " transport sends items as AttributeValue dictionaries.");

    /// <summary>
    /// BatchWriteItem of <paramref name="pending"/> (puts and deletes, any tables): the entries DynamoDB left
    /// unprocessed, found again through <paramref name="index"/>, and the capacity consumed.
    /// </summary>
    public virtual async Task<DynamoBatchWritePage> BatchWriteEntriesAsync(IReadOnlyList<BatchEntry> pending, BatchChunkIndex index, CancellationToken cancellationToken)
    {
        var requestItems = new Dictionary<string, List<WriteRequest>>(StringComparer.Ordinal);
        foreach (var entry in pending)
        {
            if (!requestItems.TryGetValue(entry.TableName, out var requests))
            {
                requestItems[entry.TableName] = requests = new List<WriteRequest>();
            }

            requests.Add(entry.Write!);
        }

        var response = await BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = requestItems, ReturnConsumedCapacity = DynamoCall.Capacity }, cancellationToken).ConfigureAwait(false);
        var unprocessed = new List<BatchEntry>();
        foreach (var (table, requests) in response.UnprocessedItems ?? [])
        {
            foreach (var request in requests ?? [])
            {
                unprocessed.Add(index.EntryOf(table, (IReadOnlyDictionary<string, AttributeValue>?)request.PutRequest?.Item ?? request.DeleteRequest.Key));
            }
        }

        return new DynamoBatchWritePage(unprocessed, response.ConsumedCapacity);
    }

    private static System.Collections.Generic.List<TEntity> MapAll<TEntity>(System.Collections.Generic.List<System.Collections.Generic.Dictionary<string, AttributeValue>>? items, string tableName)
        where TEntity : IDynamoEntity<TEntity>
    {
        var entities = new System.Collections.Generic.List<TEntity>(items?.Count ?? 0);
        foreach (var item in items ?? [])
        {
            entities.Add(DynamoTypedRead<TEntity>.Map(item, tableName));
        }

        return entities;
    }

    /// <summary>
    /// The transport <paramref name="options"/> ask for. The HTTP transport takes its endpoint, region and credentials
    /// from an <see cref="AmazonDynamoDBClient"/>; any other <see cref="IAmazonDynamoDB"/> (a test double, a decorator, a
    /// subclass overriding calls) keeps the SDK transport, because sending requests past it would skip what it adds.
    /// </summary>
    public static DynamoTransport Create(IAmazonDynamoDB client, DynamoDataAccessOptions options)
        => options.Transport == DynamoTransportKind.Http && client.GetType() == typeof(AmazonDynamoDBClient)
            ? new HttpDynamoTransport((AmazonDynamoDBClient)client, options.HttpHandler, options.TimeProvider)
            : new SdkDynamoTransport(client);
}
