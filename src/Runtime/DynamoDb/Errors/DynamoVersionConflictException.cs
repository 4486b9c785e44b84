using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Observability;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Optimistic locking: the item's version is not the one the write expected, because someone else wrote it first (or
/// it was created or deleted meanwhile). Carries the item as it is now, mapped, so the caller can merge and retry.
/// </summary>
public sealed class DynamoVersionConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entity">The entity name.</param>
    /// <param name="tableName">The table.</param>
    /// <param name="key">The key written, as text.</param>
    /// <param name="expectedVersion">The version the write expected (0: a new item).</param>
    /// <param name="currentVersion">The version stored now, or <see langword="null"/> when the item does not exist.</param>
    /// <param name="currentItem">The item stored now, or <see langword="null"/>.</param>
    /// <param name="currentEntity">The item stored now, mapped to the entity, or <see langword="null"/>.</param>
    /// <param name="innerException">The service error.</param>
    public DynamoVersionConflictException(
        string entity,
        string tableName,
        string key,
        long expectedVersion,
        long? currentVersion,
        IReadOnlyDictionary<string, AttributeValue>? currentItem,
        object? currentEntity,
        Exception? innerException)
        : base(
            $"Version conflict writing {entity} {ErrorValues.Or(key, AttributeValueText.KeyNotShown)} in table '{tableName}': expected version {expectedVersion}, "
            + (currentVersion is null ? "but the item does not exist." : $"but the stored version is {currentVersion}."),
            innerException)
    {
        Entity = entity;
        TableName = tableName;
        Key = key;
        ExpectedVersion = expectedVersion;
        CurrentVersion = currentVersion;
        CurrentItem = currentItem;
        CurrentEntity = currentEntity;
    }

    /// <summary>The entity name.</summary>
    public string Entity { get; }

    /// <summary>The table.</summary>
    public string TableName { get; }

    /// <summary>The key written, as text (in the message only when <see cref="ErrorValues.Show"/> is on).</summary>
    public string Key { get; }

    /// <summary>The version the write expected (0 for a new item).</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version stored now, or <see langword="null"/> when the item does not exist.</summary>
    public long? CurrentVersion { get; }

    /// <summary>The raw item stored now, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, AttributeValue>? CurrentItem { get; }

    /// <summary>The item stored now mapped to its entity, or <see langword="null"/> (no item, or it could not be mapped).</summary>
    public object? CurrentEntity { get; }

    /// <summary>The current item as <typeparamref name="TEntity"/>, or <see langword="null"/>.</summary>
    /// <typeparam name="TEntity">The entity type written.</typeparam>
    /// <returns>The current entity.</returns>
    public TEntity? Current<TEntity>() where TEntity : class => CurrentEntity as TEntity;
}
