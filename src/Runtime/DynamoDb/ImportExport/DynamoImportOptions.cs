using System;

namespace Boto3Assist.DynamoDb;

/// <summary>Where and how <see cref="DynamoTableImporter"/> writes.</summary>
public sealed class DynamoImportOptions
{
    /// <summary>The physical table name.</summary>
    public required string TableName { get; init; }

    /// <summary>The table's partition key attribute (every line's item must have it).</summary>
    public required string PartitionKey { get; init; }

    /// <summary>The table's sort key attribute, if the table has one.</summary>
    public string? SortKey { get; init; }

    /// <summary>The format of the file read by <see cref="DynamoTableImporter.ImportAsync(System.IO.Stream, DynamoImportOptions, bool, System.Threading.CancellationToken)"/>; DynamoDB JSON Lines by default.</summary>
    public DynamoImportFormat Format { get; init; } = DynamoImportFormat.DynamoJsonLines;

    /// <summary>Lines up to this number are skipped without being parsed: <see cref="DynamoImportResult.ResumeAfterLine"/> of an interrupted run.</summary>
    public long StartAfterLine { get; init; }

    /// <summary>Items gathered before a batch write is sent (then sent 25 per request, <see cref="DynamoDataAccessOptions.BatchParallelism"/> at a time). Bounds memory; default 1000.</summary>
    public int FlushSize { get; init; } = 1000;

    /// <summary>Told after every flush: lines read, items written, failures, and the resume position.</summary>
    public IProgress<DynamoImportProgress>? Progress { get; init; }

    /// <summary>The options for the table of an entity under its run-time name.</summary>
    /// <param name="context">The data context (table names).</param>
    /// <param name="entity">The entity's metadata (<c>Order.Metadata</c>).</param>
    /// <returns>The options.</returns>
    public static DynamoImportOptions For(DynamoDataContext context, DynamoEntityMetadata entity)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entity);
        return new DynamoImportOptions
        {
            TableName = context.TableNames.For(entity),
            PartitionKey = entity.Table.PartitionKey.AttributeName,
            SortKey = entity.Table.SortKey?.AttributeName,
        };
    }
}

/// <summary>Where an import stands after a flush.</summary>
/// <param name="LinesRead">Lines read so far (including skipped and blank ones).</param>
/// <param name="ItemsWritten">Items written so far.</param>
/// <param name="Failed">Lines that failed so far.</param>
/// <param name="ResumeAfterLine">Every line up to this one is written or reported failed: pass it as <see cref="DynamoImportOptions.StartAfterLine"/> to resume.</param>
public sealed record DynamoImportProgress(long LinesRead, long ItemsWritten, int Failed, long ResumeAfterLine);

/// <summary>A line that was not imported.</summary>
/// <param name="LineNumber">The line, from 1.</param>
/// <param name="Reason">Why (the attribute path and what was expected, or the write error), never a value.</param>
/// <param name="Outcome">
/// <see cref="DynamoBatchOutcome.NotProcessed"/> (not written: safe to import again) or <see cref="DynamoBatchOutcome.Unknown"/> (sent without an answer: it may be stored).
/// </param>
public sealed record DynamoImportFailure(long LineNumber, string Reason, DynamoBatchOutcome Outcome = DynamoBatchOutcome.NotProcessed);

/// <summary>What an import did.</summary>
/// <param name="LinesRead">Lines read (including skipped and blank ones).</param>
/// <param name="ItemsWritten">Items written.</param>
/// <param name="Failures">The lines not imported, in line order.</param>
/// <param name="ResumeAfterLine">The last line read: every line up to it is written or in <paramref name="Failures"/>.</param>
public sealed record DynamoImportResult(long LinesRead, long ItemsWritten, System.Collections.Generic.IReadOnlyList<DynamoImportFailure> Failures, long ResumeAfterLine);
