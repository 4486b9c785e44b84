using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>The outcome of a reindex run.</summary>
/// <param name="Progress">The final counts (its resume token is null when the scan completed).</param>
/// <param name="Changes">Every item that changed (or, in a dry run, would change), in scan order.</param>
/// <param name="DryRun">Whether nothing was written.</param>
public sealed record DynamoReindexResult(DynamoReindexProgress Progress, IReadOnlyList<DynamoReindexChange> Changes, bool DryRun);
