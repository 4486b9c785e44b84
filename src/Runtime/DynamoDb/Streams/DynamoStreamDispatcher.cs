using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Sends each record of a DynamoDB stream event to the handlers of its entity, in shard order, and builds the partial
/// batch response: when a record fails, it and every record after it are reported (and not run), so Lambda retries
/// from the failed record without replaying the ones that succeeded. Build it with <see cref="DynamoStreamDispatcherBuilder"/>.
/// </summary>
public sealed class DynamoStreamDispatcher
{
    private readonly DynamoStreamEntityHandler[] _entities;
    private readonly DynamoStreamEntityHandler? _withoutDiscriminator;
    private readonly string[] _discriminatorAttributes;
    private readonly Func<DynamoUnknownStreamRecord, CancellationToken, Task> _onUnknown;
    private readonly Action<DynamoStreamRecord, Exception>? _onFailure;

    internal DynamoStreamDispatcher(DynamoStreamEntityHandler[] entities, Func<DynamoUnknownStreamRecord, CancellationToken, Task> onUnknown, Action<DynamoStreamRecord, Exception>? onFailure)
    {
        _entities = entities;
        _onUnknown = onUnknown;
        _onFailure = onFailure;
        var attributes = new List<string>();
        foreach (var entity in entities)
        {
            if (entity.DiscriminatorAttribute is null || entity.EntityType is null)
            {
                _withoutDiscriminator = entity;
            }
            else if (!attributes.Contains(entity.DiscriminatorAttribute))
            {
                attributes.Add(entity.DiscriminatorAttribute);
            }
        }

        _discriminatorAttributes = attributes.ToArray();
    }

    /// <summary>Dispatches every record of the event.</summary>
    /// <param name="streamEvent">The event (<see cref="DynamoStreamEvent.Parse(string)"/>).</param>
    /// <param name="cancellationToken">Passed to the handlers; once cancelled, the record being handled and the rest are reported failed.</param>
    /// <returns>The batch item failures to return to Lambda (empty when every record succeeded).</returns>
    public async Task<DynamoStreamBatchResponse> DispatchAsync(DynamoStreamEvent streamEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        var records = streamEvent.Records;
        for (var i = 0; i < records.Count; i++)
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                await DispatchAsync(records[i], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _onFailure?.Invoke(records[i], ex);
                var failed = new List<string>(records.Count - i);
                for (var j = i; j < records.Count; j++)
                {
                    failed.Add(records[j].SequenceNumber);
                }

                return new DynamoStreamBatchResponse(failed);
            }
        }

        return new DynamoStreamBatchResponse(Array.Empty<string>());
    }

    private Task DispatchAsync(DynamoStreamRecord record, CancellationToken cancellationToken)
    {
        var image = record.EventName == DynamoStreamEventName.Remove ? record.OldImage : record.NewImage;
        var complete = record.EventName switch
        {
            DynamoStreamEventName.Insert => record.NewImage is not null,
            DynamoStreamEventName.Modify => record.NewImage is not null && record.OldImage is not null,
            _ => record.OldImage is not null,
        };
        if (image is null || !complete)
        {
            return _onUnknown(new DynamoUnknownStreamRecord(record, DynamoUnknownStreamReason.ImageMissing, image is null ? null : FirstEntityType(image)), cancellationToken);
        }

        string? entityType = null;
        foreach (var attribute in _discriminatorAttributes)
        {
            if (image.TryGetValue(attribute, out var value) && value.S is { } type)
            {
                entityType ??= type;
                foreach (var entity in _entities)
                {
                    if (string.Equals(entity.DiscriminatorAttribute, attribute, StringComparison.Ordinal) && string.Equals(entity.EntityType, type, StringComparison.Ordinal))
                    {
                        return entity.Handle(record, cancellationToken);
                    }
                }
            }
        }

        if (entityType is null && _withoutDiscriminator is not null)
        {
            return _withoutDiscriminator.Handle(record, cancellationToken);
        }

        return _onUnknown(
            new DynamoUnknownStreamRecord(record, entityType is null ? DynamoUnknownStreamReason.NoDiscriminator : DynamoUnknownStreamReason.UnregisteredEntityType, entityType),
            cancellationToken);
    }

    private string? FirstEntityType(IReadOnlyDictionary<string, AttributeValue> image)
    {
        foreach (var attribute in _discriminatorAttributes)
        {
            if (image.TryGetValue(attribute, out var value) && value.S is { } type)
            {
                return type;
            }
        }

        return null;
    }
}
