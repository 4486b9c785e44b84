namespace Boto3Assist.DynamoDb;

/// <summary>Where a schema migration stands, reported after every scan page.</summary>
/// <param name="Scanned">Items of an older version read so far (the scan returns only those).</param>
/// <param name="Upgraded">Items rewritten (or, in a dry run, to be rewritten) at the current version.</param>
/// <param name="AlreadyCurrent">Items found at the current version: rewritten meanwhile by a writer running the current code.</param>
/// <param name="Conflicts">Items changed by someone else meanwhile and still of an older version: left alone, a later run picks them up.</param>
/// <param name="Failed">Items that could not be upgraded (an upgrade step threw, a value cannot be mapped): see <see cref="DynamoSchemaMigrationResult.Failures"/>.</param>
/// <param name="ResumeToken">Pass it as <see cref="DynamoMaintenanceOptions.ResumeToken"/> to continue after this page; <see langword="null"/> when the scan is complete.</param>
public sealed record DynamoSchemaMigrationProgress(long Scanned, long Upgraded, long AlreadyCurrent, long Conflicts, long Failed, string? ResumeToken);
