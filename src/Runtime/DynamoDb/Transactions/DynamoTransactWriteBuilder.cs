using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Builds a TransactWriteItems call over any entities: puts (with optimistic locking), creates, updates, deletes and
/// condition checks, up to 100 actions on distinct items, all applied or none. Checked before sending; sent with an
/// idempotency token (fresh per builder) so a retried call is applied once. An action whose item or key is over one
/// of DynamoDB's limits is refused when it is added, with a <see cref="DynamoInvalidRequestException"/>. A cancellation throws
/// <see cref="DynamoTransactionCanceledException"/> naming each failed action and its reason.
/// </summary>
public sealed class DynamoTransactWriteBuilder
{
    /// <summary>The most actions in one transaction.</summary>
    public const int MaxActions = 100;

    private readonly DynamoDataContext _context;
    // ItemJson: the item of a put or create written as DynamoDB JSON by its entity when the transport sends JSON
    // (DynamoTransport.WritesItemJson); its TransactWriteItem then has no Item. Null for every other action.
    private readonly List<(TransactionAction Action, TransactWriteItem Item, byte[]? ItemJson)> _actions = new();
    private bool _executed;

    /// <summary>Creates the builder with a fresh idempotency token.</summary>
    /// <param name="context">The data context.</param>
    public DynamoTransactWriteBuilder(DynamoDataContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>The idempotency token sent (ClientRequestToken): the same token within 10 minutes applies the transaction once.</summary>
    public string ClientRequestToken { get; private set; } = Guid.NewGuid().ToString("N");

    /// <summary>Actions added.</summary>
    public int Count => _actions.Count;

    /// <summary>Uses <paramref name="token"/> as the idempotency token (1 to 36 characters), e.g. derived from a request id.</summary>
    /// <param name="token">The token.</param>
    /// <returns>This builder.</returns>
    public DynamoTransactWriteBuilder WithClientRequestToken(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 36)
        {
            throw new ArgumentException("A ClientRequestToken has 1 to 36 characters.", nameof(token));
        }

        ClientRequestToken = token;
        return this;
    }

    /// <summary>Puts <paramref name="entity"/>; with a version member, on condition that the stored version is the entity's.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="entity">The entity.</param>
    /// <param name="condition">An extra condition, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public DynamoTransactWriteBuilder Put<TEntity>(TEntity entity, DynamoCondition<TEntity>? condition = null) where TEntity : IDynamoEntity<TEntity>
        => AddPut(entity, condition, createOnly: false);

    /// <summary>Puts <paramref name="entity"/> only if no item with its key exists; with a version member, at version 1.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="entity">The entity.</param>
    /// <returns>This builder.</returns>
    public DynamoTransactWriteBuilder Create<TEntity>(TEntity entity) where TEntity : IDynamoEntity<TEntity>
        => AddPut(entity, null, createOnly: true);

    /// <summary>Applies typed update actions to an existing item (see <see cref="DynamoRepository{TEntity}.UpdateAsync(Dictionary{string, AttributeValue}, DynamoUpdate{TEntity}, DynamoCondition{TEntity}?, long?, CancellationToken)"/>).</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="key">The primary key.</param>
    /// <param name="update">The actions.</param>
    /// <param name="condition">An extra condition, or <see langword="null"/>.</param>
    /// <param name="expectedVersion">The version the item must have, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public DynamoTransactWriteBuilder Update<TEntity>(Dictionary<string, AttributeValue> key, DynamoUpdate<TEntity> update, DynamoCondition<TEntity>? condition = null, long? expectedVersion = null)
        where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(update);
        return AddUpdate(key, update.Actions.Copy(), condition, expectedVersion);
    }

    /// <summary>A partial update from a model (see <see cref="DynamoRepository{TEntity}.UpdateAsync(TEntity, IReadOnlyCollection{string}?, DynamoCondition{TEntity}?, CancellationToken)"/>).</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="memberNames">The members to write, or <see langword="null"/> for all.</param>
    /// <param name="condition">An extra condition, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public DynamoTransactWriteBuilder Update<TEntity>(TEntity model, IReadOnlyCollection<string>? memberNames = null, DynamoCondition<TEntity>? condition = null)
        where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(model);
        var update = ModelUpdatePlan<TEntity>.Build(model, memberNames, out var item);
        long? expected = DynamoVersioning<TEntity>.Attribute is null ? null : DynamoVersioning<TEntity>.Read(item);
        return AddUpdate(model.ToKey(), update, condition, expected);
    }

    /// <summary>Deletes the item with <paramref name="key"/>, if the condition holds.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="key">The primary key.</param>
    /// <param name="condition">A condition, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public DynamoTransactWriteBuilder Delete<TEntity>(Dictionary<string, AttributeValue> key, DynamoCondition<TEntity>? condition = null) where TEntity : IDynamoEntity<TEntity>
        => AddDelete(key ?? throw new ArgumentNullException(nameof(key)), condition, null);

    /// <summary>Deletes the entity's item; with a version member, on condition that the stored version is the entity's.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="entity">The entity.</param>
    /// <param name="condition">An extra condition, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public DynamoTransactWriteBuilder Delete<TEntity>(TEntity entity, DynamoCondition<TEntity>? condition = null) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(entity);
        long? expected = DynamoVersioning<TEntity>.Attribute is null ? null : DynamoVersioning<TEntity>.Read(entity.ToItem());
        return AddDelete(entity.ToKey(), condition, expected);
    }

    /// <summary>
    /// Moves an item to a new primary key (re-keying: a key member changed, such as an issue's status in its sort key):
    /// deletes <paramref name="current"/> on condition that it exists (and, with a version member, that its stored
    /// version is <paramref name="current"/>'s), and creates <paramref name="moved"/> on condition that its key is free.
    /// The version is carried: the moved item stores <paramref name="current"/>'s version + 1, whatever
    /// <paramref name="moved"/> holds. Adds two actions.
    /// </summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="current">The item as read, at its old key.</param>
    /// <param name="moved">The item to write at its new key.</param>
    /// <param name="condition">An extra condition on the old item, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="DynamoInvalidRequestException">Both have the same primary key, or either is over one of DynamoDB's limits (nothing added).</exception>
    public DynamoTransactWriteBuilder Move<TEntity>(TEntity current, TEntity moved, DynamoCondition<TEntity>? condition = null) where TEntity : IDynamoEntity<TEntity>
    {
        AddMove(current, moved, condition);
        return this;
    }

    /// <summary>Adds the two actions of a move; returns the item the create writes (with the carried version).</summary>
    internal Dictionary<string, AttributeValue> AddMove<TEntity>(TEntity current, TEntity moved, DynamoCondition<TEntity>? condition) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(moved);
        var oldKey = current.ToKey();
        var newKey = moved.ToKey();
        if (string.Equals(AttributeValueText.Key(oldKey), AttributeValueText.Key(newKey), StringComparison.Ordinal))
        {
            throw new DynamoInvalidRequestException(TEntity.Metadata.EntityName, null, "a move needs a new primary key, but both items have the same one; use a put or an update instead.");
        }

        DynamoWriteLifecycle<TEntity>.Validate(moved);
        long? expected = DynamoVersioning<TEntity>.Attribute is null ? null : DynamoVersioning<TEntity>.Read(current.ToItem());
        var item = moved.ToItem();
        DynamoWriteLifecycle<TEntity>.StampItem(_context, item);
        if (DynamoVersioning<TEntity>.Attribute is { } versionAttribute)
        {
            item[versionAttribute] = DynamoVersioning<TEntity>.Number(expected!.Value + 1);
        }

        // Both halves are checked before either is added: a refused move leaves no lone delete in the builder.
        DynamoItemLimits.CheckItem(TEntity.Metadata, item);
        AddDelete(oldKey, DynamoCondition<TEntity>.Combine(DynamoCondition<TEntity>.ItemExists(), condition), expected);

        var expression = new DynamoExpressionContext();
        var put = new Put
        {
            TableName = _context.TableNames.For(TEntity.Metadata),
            Item = item,
            ConditionExpression = "attribute_not_exists(" + expression.Name(TEntity.Metadata.Table.PartitionKey.AttributeName) + ")",
            ExpressionAttributeNames = expression.NamesOrNull(),
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        Add<TEntity>("Create", put.TableName, newKey, null, new TransactWriteItem { Put = put });
        return item;
    }

    /// <summary>Requires <paramref name="condition"/> to hold on the item with <paramref name="key"/>, without writing it.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="key">The primary key.</param>
    /// <param name="condition">The condition.</param>
    /// <returns>This builder.</returns>
    public DynamoTransactWriteBuilder ConditionCheck<TEntity>(Dictionary<string, AttributeValue> key, DynamoCondition<TEntity> condition) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(condition);
        DynamoItemLimits.CheckKey(TEntity.Metadata, key);
        var expression = new DynamoExpressionContext();
        var check = new ConditionCheck
        {
            TableName = _context.TableNames.For(TEntity.Metadata),
            Key = key,
            ConditionExpression = condition.Render(expression),
            ExpressionAttributeNames = expression.NamesOrNull(),
            ExpressionAttributeValues = expression.ValuesOrNull(),
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        return Add<TEntity>("ConditionCheck", check.TableName, key, null, new TransactWriteItem { ConditionCheck = check });
    }

    /// <summary>Checks and sends the transaction.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when every action was applied.</returns>
    /// <exception cref="DynamoTransactionValidationException">No action, more than 100, or two actions on one item (nothing sent).</exception>
    /// <exception cref="DynamoTransactionCanceledException">DynamoDB cancelled it; says which action failed and why.</exception>
    public async Task ExecuteAsync(CancellationToken cancellationToken = default)
    {
        TransactionChecks.Validate(_actions.Select(a => a.Action).ToList(), MaxActions);
        var request = new TransactWriteItemsRequest
        {
            TransactItems = _actions.Select(a => a.Item).ToList(),
            ClientRequestToken = ClientRequestToken,
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
        var itemsJson = _actions.Any(a => a.ItemJson is not null) ? _actions.Select(a => a.ItemJson).ToArray() : null;
        var tables = _actions.Select(a => a.Action.Identity.Split('\n')[0]).Distinct(StringComparer.Ordinal).ToArray();
        try
        {
            // Safe to retry on throttling and 5xx: the idempotency token makes a repeated call apply once.
            await DynamoCall.RunAsync(
                _context,
                "TransactWriteItems",
                tables,
                ct => itemsJson is null ? _context.Transport.TransactWriteItemsAsync(request, ct) : _context.Transport.TransactWriteItemsJsonAsync(request, itemsJson, ct),
                r => r.ConsumedCapacity,
                retry: true,
                cancellationToken).ConfigureAwait(false);
            _executed = true;
        }
        catch (TransactionCanceledException error)
        {
            throw TransactionChecks.Canceled(error, _actions.Select(a => a.Action).ToList());
        }
    }

    /// <summary>
    /// The entity as this transaction wrote it, with its new version: for a <see cref="Put{TEntity}"/> or
    /// <see cref="Create{TEntity}"/> of <paramref name="entity"/>, or the moved item of a <see cref="Move{TEntity}"/>
    /// (pass the moved entity). Use it for the next versioned write instead of reading the item back.
    /// </summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="entity">The entity given to the put, create or move (its key identifies the action).</param>
    /// <returns>The entity as stored.</returns>
    /// <exception cref="InvalidOperationException">The transaction has not been executed successfully, or wrote no whole item at this key (an update or delete).</exception>
    public TEntity Written<TEntity>(TEntity entity) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!_executed)
        {
            throw new InvalidOperationException("The transaction has not been executed successfully: nothing was written yet.");
        }

        var identity = _context.TableNames.For(TEntity.Metadata) + "\n" + AttributeValueText.Key(entity.ToKey());
        foreach (var (action, item, itemJson) in _actions)
        {
            if (string.Equals(action.Identity, identity, StringComparison.Ordinal) && item.Put is { } put)
            {
                return itemJson is not null ? DynamoPutItemJson<TEntity>.Read(itemJson) : TEntity.FromItem(put.Item);
            }
        }

        throw new InvalidOperationException($"The transaction wrote no whole {TEntity.Metadata.EntityName} item at this key: only puts, creates and moves hand back what they wrote.");
    }

    private DynamoTransactWriteBuilder AddPut<TEntity>(TEntity entity, DynamoCondition<TEntity>? condition, bool createOnly) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(entity);
        PutItemRequest request;
        long? expected;
        byte[]? itemJson = null;
        if (_context.Transport.WritesItemJson)
        {
            using var item = new PooledByteBuffer();
            (request, expected) = DynamoRepository<TEntity>.BuildPutJson(_context, entity, condition, createOnly, item);
            itemJson = item.WrittenSpan.ToArray();
        }
        else
        {
            (request, expected) = DynamoRepository<TEntity>.BuildPut(_context, entity, condition, createOnly);
        }

        var put = new Put
        {
            TableName = request.TableName,
            Item = request.Item,
            ConditionExpression = request.ConditionExpression,
            ExpressionAttributeNames = request.ExpressionAttributeNames,
            ExpressionAttributeValues = request.ExpressionAttributeValues,
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        return Add<TEntity>(createOnly ? "Create" : "Put", put.TableName, entity.ToKey(), expected, new TransactWriteItem { Put = put }, itemJson);
    }

    private DynamoTransactWriteBuilder AddUpdate<TEntity>(Dictionary<string, AttributeValue> key, UpdateExpressionBuilder actions, DynamoCondition<TEntity>? condition, long? expectedVersion)
        where TEntity : IDynamoEntity<TEntity>
    {
        var request = DynamoRepository<TEntity>.BuildUpdate(_context, key, actions, condition, expectedVersion);
        var update = new Update
        {
            TableName = request.TableName,
            Key = key,
            UpdateExpression = request.UpdateExpression,
            ConditionExpression = request.ConditionExpression,
            ExpressionAttributeNames = request.ExpressionAttributeNames,
            ExpressionAttributeValues = request.ExpressionAttributeValues,
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        return Add<TEntity>("Update", update.TableName, key, expectedVersion, new TransactWriteItem { Update = update });
    }

    private DynamoTransactWriteBuilder AddDelete<TEntity>(Dictionary<string, AttributeValue> key, DynamoCondition<TEntity>? condition, long? expectedVersion) where TEntity : IDynamoEntity<TEntity>
    {
        var request = DynamoRepository<TEntity>.BuildDelete(_context, key, condition, expectedVersion);
        var delete = new Delete
        {
            TableName = request.TableName,
            Key = key,
            ConditionExpression = request.ConditionExpression,
            ExpressionAttributeNames = request.ExpressionAttributeNames,
            ExpressionAttributeValues = request.ExpressionAttributeValues,
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        return Add<TEntity>("Delete", delete.TableName, key, expectedVersion, new TransactWriteItem { Delete = delete });
    }

    private DynamoTransactWriteBuilder Add<TEntity>(string kind, string tableName, Dictionary<string, AttributeValue> key, long? expectedVersion, TransactWriteItem item, byte[]? itemJson = null)
        where TEntity : IDynamoEntity<TEntity>
    {
        var keyText = AttributeValueText.Key(key);
        var action = new TransactionAction(
            _actions.Count,
            $"{kind} {TEntity.Metadata.EntityName} {AttributeValueText.ShownKey(key)} in '{tableName}'",
            tableName + "\n" + keyText,
            TEntity.Metadata.EntityName,
            expectedVersion,
            DynamoVersioning<TEntity>.Attribute is null ? null : static item => DynamoVersioning<TEntity>.Read(item),
            static item => DynamoVersioning<TEntity>.TryMap(item),
            static item => DynamoTypedRead<TEntity>.OtherType(item));
        _actions.Add((action, item, itemJson));
        return this;
    }
}
