namespace Boto3Assist.DynamoDb;

/// <summary>How a schema migration runs: <see cref="DynamoMaintenanceOptions.DryRun"/>, <see cref="DynamoMaintenanceOptions.ResumeToken"/> (a <see cref="DynamoSchemaMigrationProgress.ResumeToken"/>), <see cref="DynamoMaintenanceOptions.PageSize"/>.</summary>
public sealed record DynamoSchemaMigrationOptions : DynamoMaintenanceOptions;
