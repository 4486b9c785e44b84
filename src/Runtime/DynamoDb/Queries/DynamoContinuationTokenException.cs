using System;

namespace Boto3Assist.DynamoDb;

/// <summary>Why a continuation token was refused.</summary>
public enum DynamoContinuationTokenProblem
{
    /// <summary>Not a token this library wrote: bad base64url, wrong length or format version.</summary>
    Malformed = 0,

    /// <summary>The token was changed after it was issued (its checksum or signature does not match).</summary>
    Tampered = 1,

    /// <summary>The token is genuine but was issued for another query (table, index, key condition, filter, order or projection differ).</summary>
    OtherQuery = 2,

    /// <summary>
    /// The token passed every check of this library but DynamoDB refused its start key for this query (a key of
    /// another partition, or outside the sort key condition): a forged token. Tokens signed with
    /// <see cref="DynamoDataAccessOptions.ContinuationTokenKey"/> cannot be forged at all.
    /// </summary>
    OutsideQuery = 3,
}

/// <summary>
/// A continuation token cannot be used with this query. The query is never silently restarted from the beginning.
/// </summary>
public sealed class DynamoContinuationTokenException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="message">A description.</param>
    public DynamoContinuationTokenException(DynamoContinuationTokenProblem problem, string message)
        : base(message) => Problem = problem;

    /// <summary>Creates the exception with the error that revealed the problem.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="message">A description.</param>
    /// <param name="innerException">The error, such as DynamoDB's ValidationException for a start key outside the query.</param>
    public DynamoContinuationTokenException(DynamoContinuationTokenProblem problem, string message, Exception? innerException)
        : base(message, innerException) => Problem = problem;

    /// <summary>What is wrong with the token.</summary>
    public DynamoContinuationTokenProblem Problem { get; }
}
