namespace Boto3Assist.DynamoDb;

/// <summary>Where a reindex stands, reported after every scan page.</summary>
/// <param name="Scanned">Items of the entity read so far.</param>
/// <param name="Unchanged">Items whose keys were already right.</param>
/// <param name="IndexKeysUpdated">Items whose index keys were (or, in a dry run, would be) updated in place.</param>
/// <param name="PrimaryKeysMoved">Items whose primary key changed: (to be) written under the new key with the old one deleted, atomically.</param>
/// <param name="Conflicts">Items changed by someone else meanwhile, skipped (their writer wrote the keys of the current templates).</param>
/// <param name="ResumeToken">Pass it as <see cref="DynamoMaintenanceOptions.ResumeToken"/> to continue after this page; <see langword="null"/> when the scan is complete.</param>
public sealed record DynamoReindexProgress(long Scanned, long Unchanged, long IndexKeysUpdated, long PrimaryKeysMoved, long Conflicts, string? ResumeToken);
