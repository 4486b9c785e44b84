using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// What every write path does before it builds a request: validate the entity (throwing
/// <see cref="DynamoValidationException"/>, so nothing is sent) and stamp the <see cref="CreatedAtAttribute"/> and
/// <see cref="UpdatedAtAttribute"/> members. One place, so put, create, update, batch, transaction and move agree.
/// </summary>
internal static class DynamoWriteLifecycle<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    /// <summary>
    /// Runs the generated checks and the entity's <see cref="IDynamoValidatable"/> hook. With <paramref name="memberNames"/>
    /// (a partial update) only violations under those members count: the model of a partial update need not carry the
    /// members it leaves alone.
    /// </summary>
    public static void Validate(TEntity entity, IReadOnlyCollection<string>? memberNames = null)
    {
        var validate = TEntity.Lifecycle?.Validate;
        var hook = entity as IDynamoValidatable;
        if (validate is null && hook is null)
        {
            return;
        }

        var errors = new DynamoValidationErrors();
        validate?.Invoke(entity, errors);
        hook?.Validate(errors);
        var found = memberNames is null ? errors.Errors : errors.Errors.Where(e => memberNames.Contains(RootMember(e.MemberPath), StringComparer.Ordinal)).ToList();
        if (found.Count > 0)
        {
            throw new DynamoValidationException(TEntity.Metadata.EntityName, found.ToList());
        }
    }

    /// <summary>Whether <see cref="StampItem"/> changes the item: the entity has a created-at or updated-at member.</summary>
    public static bool StampsItem => TEntity.Lifecycle is { } lifecycle && (lifecycle.CreatedAt is not null || lifecycle.UpdatedAt is not null);

    /// <summary>
    /// Stamps the item of a put, create or move: updated-at is now; created-at is kept when the entity carries one (an
    /// entity read back carries the stored one) and is now otherwise. A put replaces the whole item, so a put of an
    /// entity without created-at over an existing item stores now: read it first, or use an update.
    /// </summary>
    public static void StampItem(DynamoDataContext context, Dictionary<string, AttributeValue> item)
    {
        if (TEntity.Lifecycle is not { } lifecycle || (lifecycle.CreatedAt is null && lifecycle.UpdatedAt is null))
        {
            return;
        }

        var now = context.Options.TimeProvider.GetUtcNow();
        if (lifecycle.CreatedAt is { } created && created.IsUnset(item) && created.Write(now) is { } createdValue)
        {
            item[created.AttributeName] = createdValue;
        }

        if (lifecycle.UpdatedAt is { } updated && updated.Write(now) is { } updatedValue)
        {
            item[updated.AttributeName] = updatedValue;
        }
    }

    /// <summary>
    /// Stamps an update: <c>SET updated = now</c>, <c>SET created = if_not_exists(created, now)</c> (an item written
    /// before the member existed gets one; a stored one stays). An action the caller put on either attribute wins.
    /// </summary>
    public static void StampUpdate(DynamoDataContext context, UpdateExpressionBuilder update)
    {
        if (TEntity.Lifecycle is not { } lifecycle || (lifecycle.CreatedAt is null && lifecycle.UpdatedAt is null))
        {
            return;
        }

        var now = context.Options.TimeProvider.GetUtcNow();
        if (lifecycle.UpdatedAt is { } updated && !update.Contains(updated.AttributeName) && updated.Write(now) is { } updatedValue)
        {
            update.Set(updated.AttributeName, updatedValue);
        }

        if (lifecycle.CreatedAt is { } created && !update.Contains(created.AttributeName) && created.Write(now) is { } createdValue)
        {
            update.SetIfAbsent(created.AttributeName, createdValue);
        }
    }

    /// <summary>
    /// How a partial update from a model writes a timestamp member: created-at as <c>if_not_exists</c> with the model's
    /// value (when it has one; else <see cref="StampUpdate"/> uses now), updated-at left to <see cref="StampUpdate"/>.
    /// Returns false for any other attribute.
    /// </summary>
    public static bool PlanTimestamp(UpdateExpressionBuilder update, IReadOnlyDictionary<string, AttributeValue> item, string attributeName)
    {
        if (TEntity.Lifecycle is not { } lifecycle)
        {
            return false;
        }

        if (lifecycle.CreatedAt is { } created && string.Equals(created.AttributeName, attributeName, StringComparison.Ordinal))
        {
            if (!created.IsUnset(item) && !update.Contains(attributeName))
            {
                update.SetIfAbsent(attributeName, item[attributeName]);
            }

            return true;
        }

        return lifecycle.UpdatedAt is { } updated && string.Equals(updated.AttributeName, attributeName, StringComparison.Ordinal);
    }

    private static string RootMember(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path.Substring(0, end);
    }
}
