using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Builds a <see cref="DynamoStreamDispatcher"/> for the stream of one table: handlers per entity (chosen by the
/// item's discriminator, mapped by the generated <c>FromItem</c>, no reflection) and a handler for the records no entity
/// takes, which is required so that nothing is dropped.
/// </summary>
public sealed class DynamoStreamDispatcherBuilder
{
    private readonly List<DynamoStreamEntityHandler> _entities = new();
    private Func<DynamoUnknownStreamRecord, CancellationToken, Task>? _onUnknown;
    private Action<DynamoStreamRecord, Exception>? _onFailure;
    private string? _tableName;

    /// <summary>
    /// Handles the records of <typeparamref name="T"/> (items whose discriminator is <c>T.Metadata.EntityType</c>).
    /// Each handler gets the mapped item(s) and the record (sequence number, keys, <see cref="DynamoStreamRecord.IsTimeToLiveExpiry"/>).
    /// A handler left <see langword="null"/> means the event is of no interest: such records succeed without a call.
    /// </summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <param name="onInsert">Called with the new item of an INSERT.</param>
    /// <param name="onModify">Called with the old and new item of a MODIFY and the names of the attributes that differ (added, removed or changed).</param>
    /// <param name="onRemove">Called with the old item of a REMOVE (by a request or by TTL).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> maps to another table than the entities registered before, or its entity type is registered already.</exception>
    public DynamoStreamDispatcherBuilder On<T>(
        Func<T, DynamoStreamRecord, CancellationToken, Task>? onInsert = null,
        Func<T, T, IReadOnlyList<string>, DynamoStreamRecord, CancellationToken, Task>? onModify = null,
        Func<T, DynamoStreamRecord, CancellationToken, Task>? onRemove = null)
        where T : IDynamoEntity<T>
    {
        var metadata = T.Metadata;
        _tableName ??= metadata.Table.TableName;
        if (!string.Equals(_tableName, metadata.Table.TableName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{metadata.EntityName} maps to table '{metadata.Table.TableName}', but this dispatcher is for table '{_tableName}': build one dispatcher per table (stream).", nameof(T));
        }

        foreach (var existing in _entities)
        {
            if (string.Equals(existing.DiscriminatorAttribute, metadata.DiscriminatorAttribute, StringComparison.Ordinal)
                && string.Equals(existing.EntityType, metadata.EntityType, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    metadata.EntityType is null
                        ? $"{metadata.EntityName} has no discriminator, and {existing.EntityName} (also without one) is registered already: only one entity without a discriminator can take the records no other entity claims."
                        : $"{metadata.EntityName} has entity type '{metadata.EntityType}', which {existing.EntityName} registered already.",
                    nameof(T));
            }
        }

        _entities.Add(new DynamoStreamEntityHandler(
            metadata.EntityName,
            metadata.DiscriminatorAttribute,
            metadata.EntityType,
            async (record, ct) =>
            {
                switch (record.EventName)
                {
                    case DynamoStreamEventName.Insert when onInsert is not null:
                        await onInsert(T.FromItem(record.NewImage!), record, ct).ConfigureAwait(false);
                        break;
                    case DynamoStreamEventName.Modify when onModify is not null:
                        await onModify(T.FromItem(record.OldImage!), T.FromItem(record.NewImage!), StreamImageChanges.ChangedAttributes(record.OldImage!, record.NewImage!), record, ct).ConfigureAwait(false);
                        break;
                    case DynamoStreamEventName.Remove when onRemove is not null:
                        await onRemove(T.FromItem(record.OldImage!), record, ct).ConfigureAwait(false);
                        break;
                }
            }));
        return this;
    }

    /// <summary>Handles every record no entity takes (an unregistered entity type, no discriminator, or a missing image). Required.</summary>
    /// <param name="onUnknown">The handler.</param>
    /// <returns>This builder.</returns>
    public DynamoStreamDispatcherBuilder OnUnknown(Func<DynamoUnknownStreamRecord, CancellationToken, Task> onUnknown)
    {
        _onUnknown = onUnknown ?? throw new ArgumentNullException(nameof(onUnknown));
        return this;
    }

    /// <summary>
    /// Called when a record fails (its handler threw, or its item could not be mapped), before the batch response is
    /// built: the place to log the exception and the record's sequence number.
    /// </summary>
    /// <param name="onFailure">The callback; it must not throw.</param>
    /// <returns>This builder.</returns>
    public DynamoStreamDispatcherBuilder OnFailure(Action<DynamoStreamRecord, Exception> onFailure)
    {
        _onFailure = onFailure ?? throw new ArgumentNullException(nameof(onFailure));
        return this;
    }

    /// <summary>The dispatcher.</summary>
    /// <returns>A thread-safe dispatcher.</returns>
    /// <exception cref="InvalidOperationException">No entity, or no <see cref="OnUnknown"/> handler, was registered.</exception>
    public DynamoStreamDispatcher Build()
    {
        if (_entities.Count == 0)
        {
            throw new InvalidOperationException("Register at least one entity with On<T>() before building a stream dispatcher.");
        }

        if (_onUnknown is null)
        {
            throw new InvalidOperationException("Register an OnUnknown handler: records of entity types without a handler are surfaced there, never dropped.");
        }

        return new DynamoStreamDispatcher(_entities.ToArray(), _onUnknown, _onFailure);
    }
}

/// <summary>The handlers of one entity, with what identifies its items.</summary>
internal sealed record DynamoStreamEntityHandler(
    string EntityName,
    string? DiscriminatorAttribute,
    string? EntityType,
    Func<DynamoStreamRecord, CancellationToken, Task> Handle);
