using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Typed reads and writes of one entity over the low-level client: put, create, get, delete, partial and atomic
/// updates, queries with pagination and parallel scans, with optimistic locking on a <see cref="DynamoVersionAttribute"/>
/// member. Works on any generated entity through <see cref="IDynamoEntity{TSelf}"/>, without reflection. Implements
/// <see cref="IDynamoRepository{TEntity}"/>, the seam to fake in unit tests of code that uses it.
/// </summary>
/// <typeparam name="TEntity">The entity.</typeparam>
public sealed partial class DynamoRepository<TEntity> : IDynamoRepository<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    private readonly DynamoDataContext _context;

    /// <summary>Creates the repository.</summary>
    /// <param name="context">The data context (client, table names, retries).</param>
    public DynamoRepository(DynamoDataContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>The data context this repository reads and writes through (generated item collection loaders use it).</summary>
    public DynamoDataContext Context => _context;

    /// <summary>The physical table name, after run-time overrides.</summary>
    public string TableName => _context.TableNames.For(TEntity.Metadata);

    /// <summary>
    /// Writes the entity, replacing any item with the same key. With a version member, stores version + 1 on condition
    /// that the stored version is the entity's (throws <see cref="DynamoVersionConflictException"/> otherwise); an
    /// entity of version 0 replaces an item whose version is 0 or absent (written by a batch or by <c>ToItem</c>).
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="condition">An extra condition that must hold, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entity as written (with its new version).</returns>
    /// <exception cref="DynamoConditionFailedException">The condition did not hold.</exception>
    /// <exception cref="DynamoInvalidRequestException">The item is over one of DynamoDB's limits (nothing sent; <see cref="DynamoInvalidRequestException.Limit"/> says which).</exception>
    /// <exception cref="DynamoValidationException">The entity breaks its validation rules (nothing sent).</exception>
    public Task<TEntity> PutAsync(TEntity entity, DynamoCondition<TEntity>? condition = null, CancellationToken cancellationToken = default)
        => PutCoreAsync(entity, condition, createOnly: false, cancellationToken);

    /// <summary>
    /// Writes the entity only if no item with its key exists (<c>attribute_not_exists</c> on the partition key). With a
    /// version member, the new item gets version 1 whatever the entity carries.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entity as written.</returns>
    /// <exception cref="DynamoConditionFailedException">An item with this key exists (the exception carries it).</exception>
    /// <exception cref="DynamoVersionConflictException">A versioned item (version 1 or more) exists: another writer created it first.</exception>
    /// <exception cref="DynamoInvalidRequestException">The item is over one of DynamoDB's limits (nothing sent; <see cref="DynamoInvalidRequestException.Limit"/> says which).</exception>
    /// <exception cref="DynamoValidationException">The entity breaks its validation rules (nothing sent).</exception>
    public Task<TEntity> CreateAsync(TEntity entity, CancellationToken cancellationToken = default)
        => PutCoreAsync(entity, null, createOnly: true, cancellationToken);

    /// <summary>Deletes the item with <paramref name="key"/>, if the condition holds.</summary>
    /// <param name="key">The primary key (<c>Order.Keys.PrimaryKey(...)</c> or <c>entity.ToKey()</c>).</param>
    /// <param name="condition">A condition that must hold, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deleted item, or <see langword="null"/> when there was none.</returns>
    /// <exception cref="DynamoConditionFailedException">The condition did not hold.</exception>
    /// <exception cref="DynamoInvalidRequestException">A key value is empty or too long (nothing sent).</exception>
    public async Task<TEntity?> DeleteAsync(Dictionary<string, AttributeValue> key, DynamoCondition<TEntity>? condition = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await DeleteCoreAsync(key, condition, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the entity's item; with a version member, only if the stored version is the entity's
    /// (<see cref="DynamoVersionConflictException"/> otherwise).
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="condition">An extra condition that must hold, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deleted item, or <see langword="null"/> when there was none.</returns>
    public async Task<TEntity?> DeleteAsync(TEntity entity, DynamoCondition<TEntity>? condition = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        long? expected = DynamoVersioning<TEntity>.Attribute is null ? null : DynamoVersioning<TEntity>.Read(entity.ToItem());
        return await DeleteCoreAsync(entity.ToKey(), condition, expected, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TEntity> PutCoreAsync(TEntity entity, DynamoCondition<TEntity>? condition, bool createOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (_context.Transport.WritesItemJson)
        {
            return await PutJsonAsync(entity, condition, createOnly, cancellationToken).ConfigureAwait(false);
        }

        var (request, expected) = BuildPut(_context, entity, condition, createOnly);
        try
        {
            await DynamoCall.RunAsync(_context, "PutItem", request.TableName, ct => _context.Transport.PutItemAsync(request, ct), r => DynamoCall.One(r.ConsumedCapacity), cancellationToken).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException error)
        {
            throw DynamoVersioning<TEntity>.Translate(error, error.Item, expected, request.TableName, entity.ToKey());
        }

        return TEntity.FromItem(request.Item);
    }

    // The put of a transport that sends JSON: the item written from the entity with what BuildPut does to the
    // dictionary (validation, timestamps, version, limits: DynamoPutItemJson), and the entity returned read from it.
    private async Task<TEntity> PutJsonAsync(TEntity entity, DynamoCondition<TEntity>? condition, bool createOnly, CancellationToken cancellationToken)
    {
        using var item = new PooledByteBuffer();
        var (request, expected) = BuildPutJson(_context, entity, condition, createOnly, item);
        try
        {
            await DynamoCall.RunAsync(_context, "PutItem", request.TableName, ct => _context.Transport.PutItemJsonAsync(request, item.WrittenMemory, ct), r => DynamoCall.One(r.ConsumedCapacity), cancellationToken).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException error)
        {
            throw DynamoVersioning<TEntity>.Translate(error, error.Item, expected, request.TableName, entity.ToKey());
        }

        return DynamoPutItemJson<TEntity>.Read(item.WrittenSpan);
    }

    /// <summary>
    /// <see cref="BuildPut"/> for a transport that sends JSON: the PutItem without its item, which is written into
    /// <paramref name="item"/> from the entity with what <see cref="BuildPut"/> does to the dictionary (validation,
    /// timestamps, version, limits). Shared with transactions.
    /// </summary>
    /// <exception cref="DynamoInvalidRequestException">The item breaks one of DynamoDB's limits.</exception>
    internal static (PutItemRequest Request, long? ExpectedVersion) BuildPutJson(DynamoDataContext context, TEntity entity, DynamoCondition<TEntity>? condition, bool createOnly, PooledByteBuffer item)
    {
        var expected = DynamoPutItemJson<TEntity>.Write(context, entity, createOnly ? DynamoPutVersion.Start : DynamoPutVersion.Advance, item, out var refusal, out _);
        if (refusal is not null)
        {
            throw refusal;
        }

        return (PutRequest(context, condition, createOnly, expected), expected);
    }

    /// <summary>Builds the PutItem of an entity: version advanced, conditions combined. Shared with batch and transactions.</summary>
    internal static (PutItemRequest Request, long? ExpectedVersion) BuildPut(DynamoDataContext context, TEntity entity, DynamoCondition<TEntity>? condition, bool createOnly)
    {
        DynamoWriteLifecycle<TEntity>.Validate(entity);
        var item = entity.ToItem();
        DynamoWriteLifecycle<TEntity>.StampItem(context, item);
        // A create writes a new item: it starts at version 1 whatever the entity carries (a copy of another item needs
        // no reset), and a taken key is judged as version 0.
        var expected = createOnly ? DynamoVersioning<TEntity>.Start(item) : DynamoVersioning<TEntity>.Advance(item);
        DynamoItemLimits.CheckItem(TEntity.Metadata, item);
        var request = PutRequest(context, condition, createOnly, expected);
        request.Item = item;
        return (request, expected);
    }

    /// <summary>The PutItem without its item: the conditions of a create (a free key) or of a put (the expected version), and the caller's.</summary>
    private static PutItemRequest PutRequest(DynamoDataContext context, DynamoCondition<TEntity>? condition, bool createOnly, long? expected)
    {
        var expression = new DynamoExpressionContext();
        var parts = new List<string>();
        if (createOnly)
        {
            // The free key is the whole condition of a create.
            parts.Add("attribute_not_exists(" + expression.Name(TEntity.Metadata.Table.PartitionKey.AttributeName) + ")");
        }
        else if (expected is { } version)
        {
            parts.Add(DynamoVersioning<TEntity>.Condition(expression, version));
        }

        if (condition is not null)
        {
            parts.Add(condition.Render(expression));
        }

        return new PutItemRequest
        {
            TableName = context.TableNames.For(TEntity.Metadata),
            ConditionExpression = JoinConditions(parts),
            ExpressionAttributeNames = expression.NamesOrNull(),
            ExpressionAttributeValues = expression.ValuesOrNull(),
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
    }

    private async Task<TEntity?> DeleteCoreAsync(Dictionary<string, AttributeValue> key, DynamoCondition<TEntity>? condition, long? expectedVersion, CancellationToken cancellationToken)
    {
        var request = BuildDelete(_context, key, condition, expectedVersion);
        try
        {
            var result = await DynamoCall.RunAsync(_context, "DeleteItem", request.TableName, ct => _context.Transport.DeleteEntityAsync<TEntity>(request, ct), r => DynamoCall.One(r.Capacity), cancellationToken).ConfigureAwait(false);
            return result.Entity;
        }
        catch (ConditionalCheckFailedException error)
        {
            throw DynamoVersioning<TEntity>.Translate(error, error.Item, expectedVersion, request.TableName, key);
        }
    }

    /// <summary>Builds the DeleteItem: version and caller conditions. Shared with transactions.</summary>
    internal static DeleteItemRequest BuildDelete(DynamoDataContext context, Dictionary<string, AttributeValue> key, DynamoCondition<TEntity>? condition, long? expectedVersion)
    {
        DynamoItemLimits.CheckKey(TEntity.Metadata, key);
        var expression = new DynamoExpressionContext();
        var parts = new List<string>();
        if (DynamoQueryPlan<TEntity>.EntityTypeOrUntypedFilter() is { } sameType)
        {
            // Never delete another entity's item through this entity's key (an absent item still passes).
            parts.Add(sameType.Render(expression));
        }

        if (expectedVersion is { } version)
        {
            parts.Add(DynamoVersioning<TEntity>.Condition(expression, version));
        }

        if (condition is not null)
        {
            parts.Add(condition.Render(expression));
        }

        return new DeleteItemRequest
        {
            TableName = context.TableNames.For(TEntity.Metadata),
            Key = key,
            ConditionExpression = JoinConditions(parts),
            ExpressionAttributeNames = expression.NamesOrNull(),
            ExpressionAttributeValues = expression.ValuesOrNull(),
            ReturnValues = ReturnValue.ALL_OLD,
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
    }

    internal static string? JoinConditions(List<string> parts) => parts.Count switch
    {
        0 => null,
        1 => parts[0],
        _ => "(" + string.Join(") AND (", parts) + ")",
    };
}
