namespace Boto3Assist.DynamoDb;

/// <summary>Why a stream record was handed to the unknown handler instead of an entity's handlers.</summary>
public enum DynamoUnknownStreamReason
{
    /// <summary>The item's discriminator names an entity type no <c>On&lt;T&gt;</c> registered.</summary>
    UnregisteredEntityType = 0,

    /// <summary>The item has no discriminator attribute a registered entity uses (and no entity without a discriminator is registered).</summary>
    NoDiscriminator = 1,

    /// <summary>The image the event needs is not in the record (the stream's view type is KEYS_ONLY, NEW_IMAGE or OLD_IMAGE; use NEW_AND_OLD_IMAGES).</summary>
    ImageMissing = 2,
}

/// <summary>A stream record no registered entity handles: surfaced to <see cref="DynamoStreamDispatcherBuilder.OnUnknown"/>, never dropped.</summary>
/// <param name="Record">The record, with its keys and raw images.</param>
/// <param name="Reason">Why no entity handler took it.</param>
/// <param name="EntityType">The discriminator value found in the item, if any.</param>
public sealed record DynamoUnknownStreamRecord(DynamoStreamRecord Record, DynamoUnknownStreamReason Reason, string? EntityType);
