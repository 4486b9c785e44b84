using System;
using System.Collections.Generic;
using System.Linq;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Some items of a batch write or get could not be processed, even after the bounded retries. Lists exactly which
/// ones and why, each as not processed (safe to send again) or unknown (a write sent without an answer, which may be
/// stored); every other item was processed.
/// </summary>
public sealed class DynamoBatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation"><c>BatchWriteItem</c> or <c>BatchGetItem</c>.</param>
    /// <param name="failures">The items not processed.</param>
    /// <param name="processed">How many items were processed.</param>
    /// <param name="innerException">The first underlying error, if any.</param>
    public DynamoBatchException(string operation, IReadOnlyList<DynamoBatchFailure> failures, int processed, Exception? innerException)
        : base(Describe(operation, failures, processed), innerException)
    {
        Operation = operation;
        Failures = failures;
        Processed = processed;
    }

    /// <summary><c>BatchWriteItem</c> or <c>BatchGetItem</c>.</summary>
    public string Operation { get; }

    /// <summary>Every item not processed, with the reason.</summary>
    public IReadOnlyList<DynamoBatchFailure> Failures { get; }

    /// <summary>How many items were processed.</summary>
    public int Processed { get; }

    private static string Describe(string operation, IReadOnlyList<DynamoBatchFailure> failures, int processed)
    {
        var unknown = failures.Count(f => f.Outcome == DynamoBatchOutcome.Unknown);
        return $"{operation}: {failures.Count} item(s) not confirmed ({failures.Count - unknown} not processed, {unknown} unknown: sent, no answer), {processed} processed: "
            + string.Join("; ", failures.Take(10).Select(f => f.ToString()))
            + (failures.Count > 10 ? $"; and {failures.Count - 10} more (see Failures)." : ".");
    }
}
