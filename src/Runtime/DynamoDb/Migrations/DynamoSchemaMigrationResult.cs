using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>The outcome of a schema migration run.</summary>
/// <param name="Progress">The final counts (its resume token is null when the scan completed).</param>
/// <param name="Changes">Every item upgraded (or, in a dry run, to be upgraded), in scan order.</param>
/// <param name="Failures">Every item that could not be upgraded, in scan order.</param>
/// <param name="DryRun">Whether nothing was written.</param>
public sealed record DynamoSchemaMigrationResult(
    DynamoSchemaMigrationProgress Progress,
    IReadOnlyList<DynamoSchemaMigrationChange> Changes,
    IReadOnlyList<DynamoSchemaMigrationFailure> Failures,
    bool DryRun);
