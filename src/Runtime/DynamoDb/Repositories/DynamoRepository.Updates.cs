using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

public sealed partial class DynamoRepository<TEntity>
{
    /// <summary>
    /// A partial update from a model: SETs the members named (all non-key members when <see langword="null"/>) that the
    /// model has a value for and REMOVEs those it has none for; recomputes the index key attributes built from them
    /// (from <c>model.ToItem()</c>: the model must carry the current values of their other source members). Never
    /// changes the primary key: naming a primary-key member throws <see cref="DynamoInvalidRequestException"/>. Never
    /// creates an item. With a version member, stores version + 1 on condition that the stored version is the model's.
    /// </summary>
    /// <param name="model">The model, with its key members set.</param>
    /// <param name="memberNames">The C# member names to write (e.g. <c>Order.Fields.Status.MemberName</c>), or <see langword="null"/> for all.</param>
    /// <param name="condition">An extra condition, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item after the update.</returns>
    /// <exception cref="DynamoVersionConflictException">The stored version differs.</exception>
    /// <exception cref="DynamoConditionFailedException">The item does not exist or the condition did not hold.</exception>
    /// <exception cref="DynamoInvalidRequestException">
    /// A key value or a value set is over one of DynamoDB's limits, or (all members written) the item would be over 400 KB: nothing sent.
    /// </exception>
    /// <exception cref="DynamoValidationException">The model breaks a validation rule of a member it writes (nothing sent).</exception>
    public async Task<TEntity> UpdateAsync(TEntity model, IReadOnlyCollection<string>? memberNames = null, DynamoCondition<TEntity>? condition = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var update = ModelUpdatePlan<TEntity>.Build(model, memberNames, out var item);
        long? expected = DynamoVersioning<TEntity>.Attribute is null ? null : DynamoVersioning<TEntity>.Read(item);
        return await UpdateCoreAsync(model.ToKey(), update, condition, expected, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies typed update actions (SET, REMOVE, ADD counters, list append, set add/remove) to an existing item.
    /// With a version member, the version is incremented; when <paramref name="expectedVersion"/> is given the update
    /// only applies if the stored version is that one (<see cref="DynamoVersionConflictException"/> otherwise).
    /// </summary>
    /// <param name="key">The primary key.</param>
    /// <param name="update">The actions.</param>
    /// <param name="condition">An extra condition, or <see langword="null"/>.</param>
    /// <param name="expectedVersion">The version the item must have, or <see langword="null"/> to increment without checking (atomic counters).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item after the update.</returns>
    /// <exception cref="DynamoInvalidRequestException">
    /// A key value or a value set is over one of DynamoDB's limits (an index key, nesting, values set adding up to more than 400 KB): nothing sent.
    /// </exception>
    public Task<TEntity> UpdateAsync(Dictionary<string, AttributeValue> key, DynamoUpdate<TEntity> update, DynamoCondition<TEntity>? condition = null, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(update);
        return UpdateCoreAsync(key, update.Actions.Copy(), condition, expectedVersion, cancellationToken);
    }

    private async Task<TEntity> UpdateCoreAsync(Dictionary<string, AttributeValue> key, UpdateExpressionBuilder update, DynamoCondition<TEntity>? condition, long? expectedVersion, CancellationToken cancellationToken)
    {
        var request = BuildUpdate(_context, key, update, condition, expectedVersion);
        try
        {
            var result = await DynamoCall.RunAsync(_context, "UpdateItem", request.TableName, ct => _context.Transport.UpdateEntityAsync<TEntity>(request, ct), r => DynamoCall.One(r.Capacity), cancellationToken).ConfigureAwait(false);

            // ReturnValues ALL_NEW: DynamoDB answers every update with the item, its key at least.
            return result.Entity ?? throw new InvalidOperationException("UpdateItem answered without the updated item.");
        }
        catch (ConditionalCheckFailedException error)
        {
            throw DynamoVersioning<TEntity>.Translate(error, error.Item, expectedVersion, request.TableName, key);
        }
    }

    /// <summary>Builds the UpdateItem: actions, version step, "item exists", "not another entity's item" and caller conditions. Shared with transactions.</summary>
    internal static UpdateItemRequest BuildUpdate(DynamoDataContext context, Dictionary<string, AttributeValue> key, UpdateExpressionBuilder update, DynamoCondition<TEntity>? condition, long? expectedVersion)
    {
        var metadata = TEntity.Metadata;
        DynamoItemLimits.CheckKey(metadata, key);
        var expression = new DynamoExpressionContext();
        var parts = new List<string> { "attribute_exists(" + expression.Name(metadata.Table.PartitionKey.AttributeName) + ")" };
        if (DynamoQueryPlan<TEntity>.EntityTypeOrUntypedFilter() is { } sameType)
        {
            parts.Add(sameType.Render(expression));
        }

        DynamoWriteLifecycle<TEntity>.StampUpdate(context, update);
        if (DynamoVersioning<TEntity>.Attribute is { } versionAttribute)
        {
            if (expectedVersion is { } expected)
            {
                update.Set(versionAttribute, DynamoVersioning<TEntity>.Number(expected + 1));
                parts.Add(DynamoVersioning<TEntity>.Condition(expression, expected));
            }
            else
            {
                update.AddValue(versionAttribute, DynamoVersioning<TEntity>.Number(1));
            }
        }

        if (update.Count == 0)
        {
            throw new DynamoInvalidRequestException(metadata.EntityName, null, "the update has no action.");
        }

        DynamoItemLimits.CheckUpdate(metadata, update);
        if (condition is not null)
        {
            parts.Add(condition.Render(expression));
        }

        var updateExpression = update.Render(expression);
        return new UpdateItemRequest
        {
            TableName = context.TableNames.For(metadata),
            Key = key,
            UpdateExpression = updateExpression,
            ConditionExpression = JoinConditions(parts),
            ExpressionAttributeNames = expression.NamesOrNull(),
            ExpressionAttributeValues = expression.ValuesOrNull(),
            ReturnValues = ReturnValue.ALL_NEW,
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
    }
}
