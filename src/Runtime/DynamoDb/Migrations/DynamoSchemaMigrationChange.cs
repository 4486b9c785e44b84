namespace Boto3Assist.DynamoDb;

/// <summary>One item rewritten (or, in a dry run, to be rewritten) at the current schema version.</summary>
/// <param name="Key">The item's primary key, as text.</param>
/// <param name="FromVersion">The version it was stored with (1 when it had no version attribute).</param>
/// <param name="ToVersion">The entity's current version.</param>
public sealed record DynamoSchemaMigrationChange(string Key, int FromVersion, int ToVersion);
