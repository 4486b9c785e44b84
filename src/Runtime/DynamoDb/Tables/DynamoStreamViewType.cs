namespace Boto3Assist.DynamoDb;

/// <summary>What a table's stream records carry of each changed item.</summary>
public enum DynamoStreamViewType
{
    /// <summary>No stream (the default).</summary>
    None = 0,

    /// <summary><c>KEYS_ONLY</c>: the key attributes alone.</summary>
    KeysOnly = 1,

    /// <summary><c>NEW_IMAGE</c>: the item as it is after the change.</summary>
    NewImage = 2,

    /// <summary><c>OLD_IMAGE</c>: the item as it was before the change.</summary>
    OldImage = 3,

    /// <summary><c>NEW_AND_OLD_IMAGES</c>: both (what a dispatcher needs for <c>OnModify(old, new)</c>).</summary>
    NewAndOldImages = 4,
}
