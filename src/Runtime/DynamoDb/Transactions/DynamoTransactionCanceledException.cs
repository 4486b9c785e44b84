using System;
using System.Collections.Generic;
using System.Linq;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// DynamoDB cancelled a transaction: nothing was written. <see cref="Failures"/> says which actions failed and why
/// (DynamoDB's cancellation reasons, matched to the actions in the order they were added).
/// </summary>
public sealed class DynamoTransactionCanceledException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failures">The failed actions.</param>
    /// <param name="innerException">The service error.</param>
    public DynamoTransactionCanceledException(IReadOnlyList<DynamoTransactionFailure> failures, Exception? innerException)
        : base("Transaction cancelled, nothing was written: " + (failures.Count == 0 ? "no reason given." : string.Join("; ", failures.Select(f => f.ToString())) + "."), innerException)
        => Failures = failures;

    /// <summary>The actions that failed (those DynamoDB reported with a reason other than <c>None</c>).</summary>
    public IReadOnlyList<DynamoTransactionFailure> Failures { get; }

    /// <summary>Whether any action failed because of a version conflict.</summary>
    public bool HasVersionConflict => Failures.Any(f => f.IsVersionConflict);

    /// <summary>The actions that lost a race: their expected version is not the stored one (each with the current item).</summary>
    public IReadOnlyList<DynamoTransactionFailure> VersionConflicts => Failures.Where(f => f.IsVersionConflict).ToList();
}
