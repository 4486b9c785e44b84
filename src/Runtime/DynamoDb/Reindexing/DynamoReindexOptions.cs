namespace Boto3Assist.DynamoDb;

/// <summary>How a reindex runs: <see cref="DynamoMaintenanceOptions.DryRun"/>, <see cref="DynamoMaintenanceOptions.ResumeToken"/> (a <see cref="DynamoReindexProgress.ResumeToken"/>), <see cref="DynamoMaintenanceOptions.PageSize"/>.</summary>
public sealed record DynamoReindexOptions : DynamoMaintenanceOptions;
