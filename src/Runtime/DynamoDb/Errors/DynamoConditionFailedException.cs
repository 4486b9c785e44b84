using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Observability;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A write's condition did not hold (other than a version conflict, see <see cref="DynamoVersionConflictException"/>):
/// for example a create-only put of an item that exists. Carries the item as it is now, when there is one.
/// </summary>
public sealed class DynamoConditionFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entity">The entity name.</param>
    /// <param name="tableName">The table.</param>
    /// <param name="key">The key written, as text.</param>
    /// <param name="currentItem">The item as stored now, or <see langword="null"/> when there is none.</param>
    /// <param name="innerException">The service error.</param>
    public DynamoConditionFailedException(string entity, string tableName, string key, IReadOnlyDictionary<string, AttributeValue>? currentItem, Exception? innerException)
        : base($"The condition of a write of {entity} {ErrorValues.Or(key, AttributeValueText.KeyNotShown)} in table '{tableName}' did not hold; the item {(currentItem is null ? "does not exist" : "exists")}.", innerException)
    {
        Entity = entity;
        TableName = tableName;
        Key = key;
        CurrentItem = currentItem;
    }

    /// <summary>The entity name.</summary>
    public string Entity { get; }

    /// <summary>The table.</summary>
    public string TableName { get; }

    /// <summary>The key written, as text (in the message only when <see cref="ErrorValues.Show"/> is on).</summary>
    public string Key { get; }

    /// <summary>The item as stored now (returned by DynamoDB with the failure), or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, AttributeValue>? CurrentItem { get; }
}
