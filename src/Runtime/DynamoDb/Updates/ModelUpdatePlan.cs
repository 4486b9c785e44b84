using System;
using System.Collections.Generic;
using System.Linq;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The partial update of an item from a model: SET the chosen members the model has a value for, REMOVE those it has
/// none for, and recompute every index key attribute built from a chosen member (SET when the model produces it,
/// REMOVE when it does not: a sparse index). Primary-key members are refused: their change moves the item.
/// </summary>
internal static class ModelUpdatePlan<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    public static UpdateExpressionBuilder Build(TEntity model, IReadOnlyCollection<string>? memberNames, out Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> item)
    {
        var metadata = TEntity.Metadata;
        DynamoWriteLifecycle<TEntity>.Validate(model, memberNames);
        item = model.ToItem();
        var members = Select(metadata, memberNames);
        if (memberNames is null)
        {
            // Every member is written: the item afterwards is this one (plus any attributes other writers added), so
            // its limits can be checked whole before sending.
            DynamoItemLimits.CheckItem(metadata, item);
        }

        var update = new UpdateExpressionBuilder();
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            chosen.Add(member.MemberName);
            if (string.Equals(member.AttributeName, metadata.VersionAttribute, StringComparison.Ordinal) || update.Contains(member.AttributeName)
                || DynamoWriteLifecycle<TEntity>.PlanTimestamp(update, item, member.AttributeName))
            {
                continue;
            }

            SetOrRemove(update, item, member.AttributeName);
        }

        // Every member written from the model (which FromItem read in the current shape): the item is now of the
        // current schema version, so reads stop running upgrade steps on it. A partial update keeps the stored version.
        if (memberNames is null && metadata.SchemaVersionAttribute is { } schemaAttribute && item.TryGetValue(schemaAttribute, out var schemaVersion))
        {
            update.Set(schemaAttribute, schemaVersion);
        }

        // An index's keys move together: a sparse index drops both when one source is null, so both are recomputed.
        foreach (var index in metadata.Table.Indexes)
        {
            var keys = new[] { index.PartitionKey, index.SortKey }.Where(k => k is not null && !IsTableKey(metadata.Table, k.AttributeName)).Select(k => k!).ToList();
            if (!keys.Any(k => k.SourceMembers.Any(chosen.Contains)))
            {
                continue;
            }

            foreach (var key in keys.Where(k => !update.Contains(k.AttributeName)))
            {
                SetOrRemove(update, item, key.AttributeName);
            }
        }

        return update;
    }

    /// <summary>The index key attributes that are not table key attributes (an LSI's partition key is the table's).</summary>
    public static IEnumerable<DynamoKeyAttributeDefinition> IndexKeys(DynamoEntityMetadata metadata)
    {
        var table = metadata.Table;
        foreach (var index in table.Indexes)
        {
            foreach (var key in new[] { index.PartitionKey, index.SortKey })
            {
                if (key is not null && !IsTableKey(table, key.AttributeName))
                {
                    yield return key;
                }
            }
        }
    }

    public static bool IsTableKey(DynamoTableDefinition table, string attributeName)
        => string.Equals(table.PartitionKey.AttributeName, attributeName, StringComparison.Ordinal)
           || string.Equals(table.SortKey?.AttributeName, attributeName, StringComparison.Ordinal);

    private static void SetOrRemove(UpdateExpressionBuilder update, Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> item, string attribute)
    {
        if (item.TryGetValue(attribute, out var value))
        {
            update.Set(attribute, value);
        }
        else
        {
            update.Remove(attribute);
        }
    }

    private static List<DynamoMemberDefinition> Select(DynamoEntityMetadata metadata, IReadOnlyCollection<string>? memberNames)
    {
        if (memberNames is null)
        {
            // Every member that can change: primary-key members stay as they are, they identify the item.
            return metadata.Members.Where(m => !m.IsPrimaryKeySource && !IsTableKey(metadata.Table, m.AttributeName)).ToList();
        }

        var selected = new List<DynamoMemberDefinition>();
        foreach (var name in memberNames)
        {
            var member = metadata.Members.FirstOrDefault(m => string.Equals(m.MemberName, name, StringComparison.Ordinal))
                ?? throw new DynamoInvalidRequestException(metadata.EntityName, name, "no such mapped member; expected one of: " + string.Join(", ", metadata.Members.Select(m => m.MemberName)) + ".");
            if (member.IsPrimaryKeySource || IsTableKey(metadata.Table, member.AttributeName))
            {
                throw PrimaryKeyMember(metadata, member.MemberName);
            }

            selected.Add(member);
        }

        return selected;
    }

    public static DynamoInvalidRequestException PrimaryKeyMember(DynamoEntityMetadata metadata, string memberName)
    {
        var table = metadata.Table;
        var key = table.SortKey is { } sortKey && sortKey.SourceMembers.Contains(memberName, StringComparer.Ordinal) ? sortKey : table.PartitionKey;
        return new DynamoInvalidRequestException(
            metadata.EntityName,
            memberName,
            $"cannot be updated: the primary key attribute '{key.AttributeName}'{(key.Template is null ? string.Empty : $" ('{key.Template}')")} is built from it, and an update never changes the key. "
            + "Write the entity under its new key and delete the old item (a transaction), or run the reindexer.");
    }
}
