using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Typed update actions on the members of <typeparamref name="TEntity"/>: SET, REMOVE, atomic ADD to numbers, list
/// append, set add/remove. Members that build the primary key are refused (the key never changes in an update), and
/// so are members that build an index key (their index attribute must be recomputed from the whole model: use the
/// model update <c>UpdateAsync(model, members)</c> for them). The version member is managed by the repository.
/// </summary>
/// <typeparam name="TEntity">The entity updated.</typeparam>
public sealed class DynamoUpdate<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    internal UpdateExpressionBuilder Actions { get; } = new();

    /// <summary>SET the member to <paramref name="value"/>; a null value (or one stored as nothing, like an empty set) REMOVEs it.</summary>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The generated field (<c>Order.Fields.Note</c>).</param>
    /// <param name="value">The new value.</param>
    /// <returns>This builder.</returns>
    public DynamoUpdate<TEntity> Set<TValue>(DynamoField<TEntity, TValue> field, TValue value)
    {
        var attribute = Check(field);
        if (field.ToAttributeValue(value) is { } stored)
        {
            Actions.Set(attribute, stored);
        }
        else
        {
            Actions.Remove(attribute);
        }

        return this;
    }

    /// <summary>REMOVE the member's attribute.</summary>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The generated field.</param>
    /// <returns>This builder.</returns>
    public DynamoUpdate<TEntity> Remove<TValue>(DynamoField<TEntity, TValue> field)
    {
        Actions.Remove(Check(field));
        return this;
    }

    /// <summary>
    /// SET one entry of a map member (<c>Dictionary&lt;string, T&gt;</c>): <c>SET #Addresses.#home = :v</c>, leaving the
    /// other entries as they are. The entry key is aliased like every other name, so any string is safe. The value is
    /// stored exactly as <c>ToItem</c> stores the map's values; a null value REMOVEs the entry. The map itself must
    /// exist on the item (entities written by this library store empty maps; a null map member stores none).
    /// </summary>
    /// <typeparam name="TMap">The member type (a dictionary with string keys).</typeparam>
    /// <typeparam name="TValue">The entry type.</typeparam>
    /// <param name="field">The generated field of the map member (<c>Customer.Fields.Addresses</c>).</param>
    /// <param name="key">The entry key (<c>"home"</c>).</param>
    /// <param name="value">The entry's new value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="DynamoInvalidRequestException">The key is empty, or the member is not stored as a map.</exception>
    public DynamoUpdate<TEntity> SetEntry<TMap, TValue>(DynamoField<TEntity, TMap> field, string key, TValue value)
        where TMap : IEnumerable<KeyValuePair<string, TValue>>?
    {
        var attribute = Check(field);
        CheckEntryKey(field, key);
        if (value is null)
        {
            Actions.RemoveEntry(attribute, key);
            return this;
        }

        // The field writes whole maps: write a map of this one entry and take the entry's stored form from it, so the
        // entry is stored exactly as ToItem would store it (nested objects, enums, dates, converters included).
        object single = new Dictionary<string, TValue>(1, StringComparer.Ordinal) { [key] = value };
        if (single is not TMap map || field.ToAttributeValue(map) is not { M: { } stored })
        {
            throw new DynamoInvalidRequestException(TEntity.Metadata.EntityName, field.MemberName, $"SetEntry needs a member stored as a map (M) whose type a Dictionary<string, {typeof(TValue).Name}> can be assigned to.");
        }

        if (stored.TryGetValue(key, out var entry))
        {
            Actions.SetEntry(attribute, key, entry);
        }
        else
        {
            Actions.RemoveEntry(attribute, key); // the value is stored as nothing (an empty set, say)
        }

        return this;
    }

    /// <summary>REMOVE one entry of a map member: <c>REMOVE #Addresses.#home</c> (nothing happens when it is absent).</summary>
    /// <typeparam name="TMap">The member type (a dictionary with string keys).</typeparam>
    /// <param name="field">The generated field of the map member.</param>
    /// <param name="key">The entry key.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="DynamoInvalidRequestException">The key is empty.</exception>
    public DynamoUpdate<TEntity> RemoveEntry<TMap>(DynamoField<TEntity, TMap> field, string key)
        where TMap : System.Collections.IEnumerable?
    {
        var attribute = Check(field);
        CheckEntryKey(field, key);
        Actions.RemoveEntry(attribute, key);
        return this;
    }

    /// <summary>Atomically ADD <paramref name="amount"/> to a number member (absent counts as 0); negative to decrement.</summary>
    /// <typeparam name="TValue">The member type (a number).</typeparam>
    /// <param name="field">The generated field.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>This builder.</returns>
    public DynamoUpdate<TEntity> Increment<TValue>(DynamoField<TEntity, TValue> field, TValue amount)
    {
        var value = Stored(field, amount);
        if (value.N is null)
        {
            throw new DynamoInvalidRequestException(TEntity.Metadata.EntityName, field.MemberName, "Increment needs a member stored as a Number (N).");
        }

        Actions.AddValue(Check(field), value);
        return this;
    }

    /// <summary>Append <paramref name="items"/> to the end of a list member (an absent list counts as empty).</summary>
    /// <typeparam name="TValue">The member type (a list).</typeparam>
    /// <param name="field">The generated field.</param>
    /// <param name="items">The items to append, as a list of the member's type.</param>
    /// <returns>This builder.</returns>
    public DynamoUpdate<TEntity> AppendToList<TValue>(DynamoField<TEntity, TValue> field, TValue items)
    {
        var value = Stored(field, items);
        if (value.L is null)
        {
            throw new DynamoInvalidRequestException(TEntity.Metadata.EntityName, field.MemberName, "AppendToList needs a member stored as a List (L).");
        }

        Actions.AppendToList(Check(field), value);
        return this;
    }

    /// <summary>Atomically add elements to a set member (ADD; an absent set is created).</summary>
    /// <typeparam name="TValue">The member type (a set).</typeparam>
    /// <param name="field">The generated field.</param>
    /// <param name="elements">The elements, as a set of the member's type (not empty).</param>
    /// <returns>This builder.</returns>
    public DynamoUpdate<TEntity> AddToSet<TValue>(DynamoField<TEntity, TValue> field, TValue elements)
    {
        Actions.AddValue(Check(field), StoredSet(field, elements, nameof(AddToSet)));
        return this;
    }

    /// <summary>Atomically remove elements from a set member (DELETE).</summary>
    /// <typeparam name="TValue">The member type (a set).</typeparam>
    /// <param name="field">The generated field.</param>
    /// <param name="elements">The elements, as a set of the member's type (not empty).</param>
    /// <returns>This builder.</returns>
    public DynamoUpdate<TEntity> RemoveFromSet<TValue>(DynamoField<TEntity, TValue> field, TValue elements)
    {
        Actions.DeleteFromSet(Check(field), StoredSet(field, elements, nameof(RemoveFromSet)));
        return this;
    }

    private static void CheckEntryKey<TValue>(DynamoField<TEntity, TValue> field, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            throw new DynamoInvalidRequestException(TEntity.Metadata.EntityName, field.MemberName, "a map entry key cannot be empty in an update expression.");
        }
    }

    private static AttributeValue Stored<TValue>(DynamoField<TEntity, TValue> field, TValue value)
        => field.ToAttributeValue(value)
           ?? throw new DynamoInvalidRequestException(TEntity.Metadata.EntityName, field.MemberName, "the value cannot be null or empty here.");

    private static AttributeValue StoredSet<TValue>(DynamoField<TEntity, TValue> field, TValue value, string action)
    {
        var stored = Stored(field, value);
        return stored.SS is { Count: > 0 } || stored.NS is { Count: > 0 } || stored.BS is { Count: > 0 }
            ? stored
            : throw new DynamoInvalidRequestException(TEntity.Metadata.EntityName, field.MemberName, $"{action} needs a member stored as a set (SS, NS or BS) and at least one element.");
    }

    private static string Check<TValue>(DynamoField<TEntity, TValue> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var metadata = TEntity.Metadata;
        var member = metadata.Members.FirstOrDefault(m => string.Equals(m.MemberName, field.MemberName, StringComparison.Ordinal));
        if ((member?.IsPrimaryKeySource ?? false) || ModelUpdatePlan<TEntity>.IsTableKey(metadata.Table, field.AttributeName))
        {
            throw ModelUpdatePlan<TEntity>.PrimaryKeyMember(metadata, field.MemberName);
        }

        if (string.Equals(field.AttributeName, metadata.VersionAttribute, StringComparison.Ordinal))
        {
            throw new DynamoInvalidRequestException(metadata.EntityName, field.MemberName, "is the version member: the repository increments it on every write; pass expectedVersion instead.");
        }

        var indexKey = ModelUpdatePlan<TEntity>.IndexKeys(metadata)
            .FirstOrDefault(k => k.SourceMembers.Contains(field.MemberName, StringComparer.Ordinal) && !string.Equals(k.AttributeName, field.AttributeName, StringComparison.Ordinal));
        if (indexKey is not null)
        {
            throw new DynamoInvalidRequestException(
                metadata.EntityName,
                field.MemberName,
                $"builds the index key attribute '{indexKey.AttributeName}' ('{indexKey.Template}'), which must change with it: update it with UpdateAsync(model, [\"{field.MemberName}\"]), which recomputes index keys from the model.");
        }

        return field.AttributeName;
    }
}
