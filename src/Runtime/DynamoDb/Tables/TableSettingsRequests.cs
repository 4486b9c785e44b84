using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>The low-level requests that carry <see cref="DynamoTableSettings"/>: parts of CreateTable, and the updates of an existing table.</summary>
internal static class TableSettingsRequests
{
    /// <summary>The stream part of CreateTable or UpdateTable; null for <see cref="DynamoStreamViewType.None"/>.</summary>
    public static StreamSpecification? Stream(DynamoStreamViewType viewType)
        => viewType == DynamoStreamViewType.None ? null : new StreamSpecification { StreamEnabled = true, StreamViewType = ViewType(viewType) };

    /// <summary>The SDK's name of a view type.</summary>
    public static StreamViewType ViewType(DynamoStreamViewType viewType) => viewType switch
    {
        DynamoStreamViewType.KeysOnly => StreamViewType.KEYS_ONLY,
        DynamoStreamViewType.NewImage => StreamViewType.NEW_IMAGE,
        DynamoStreamViewType.OldImage => StreamViewType.OLD_IMAGE,
        DynamoStreamViewType.NewAndOldImages => StreamViewType.NEW_AND_OLD_IMAGES,
        _ => throw new ArgumentOutOfRangeException(nameof(viewType), viewType, "No stream view type."),
    };

    /// <summary>The tags of CreateTable, in key order; null when there are none.</summary>
    public static List<Tag>? Tags(IReadOnlyDictionary<string, string> tags)
        => tags.Count == 0 ? null : tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();

    /// <summary>Turns on point-in-time recovery (it is not part of CreateTable).</summary>
    public static UpdateContinuousBackupsRequest EnablePointInTimeRecovery(string tableName) => new()
    {
        TableName = tableName,
        PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
    };

    /// <summary>Enables a stream on an existing table that has none.</summary>
    public static UpdateTableRequest EnableStream(string tableName, DynamoStreamViewType viewType) => new()
    {
        TableName = tableName,
        StreamSpecification = Stream(viewType),
    };

    /// <summary>Turns on deletion protection of an existing table.</summary>
    public static UpdateTableRequest EnableDeletionProtection(string tableName) => new()
    {
        TableName = tableName,
        DeletionProtectionEnabled = true,
    };

    /// <summary>The wanted tags an existing table lacks or holds with another value; null when none.</summary>
    public static TagResourceRequest? AddTags(string tableArn, IReadOnlyDictionary<string, string> wanted, IReadOnlyDictionary<string, string> existing)
    {
        var missing = wanted
            .Where(t => !existing.TryGetValue(t.Key, out var value) || !string.Equals(value, t.Value, StringComparison.Ordinal))
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        return missing.Count == 0 ? null : new TagResourceRequest { ResourceArn = tableArn, Tags = Tags(missing) };
    }
}
