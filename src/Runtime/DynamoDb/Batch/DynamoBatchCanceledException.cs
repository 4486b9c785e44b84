using System;
using System.Collections.Generic;
using System.Threading;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A batch write or get was cancelled part way. Accounts for every item: <see cref="Processed"/> (written, or read),
/// <see cref="NotProcessed"/> (never sent, or handed back: safe to send again) and <see cref="Unknown"/> (writes in
/// flight when the cancellation came, or sent earlier without an answer: they may be stored). Being an
/// <see cref="OperationCanceledException"/>, it goes wherever cancellation goes.
/// </summary>
public sealed class DynamoBatchCanceledException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation"><c>BatchWriteItem</c> or <c>BatchGetItem</c>.</param>
    /// <param name="processed">Items written or read.</param>
    /// <param name="notProcessed">Items not written or read.</param>
    /// <param name="unknown">Writes that may or may not be stored.</param>
    /// <param name="itemsRead">For a batch get, the entities read before the cancellation; empty for a write.</param>
    /// <param name="innerException">The cancellation.</param>
    /// <param name="cancellationToken">The token that was cancelled.</param>
    public DynamoBatchCanceledException(
        string operation,
        IReadOnlyList<DynamoBatchItem> processed,
        IReadOnlyList<DynamoBatchItem> notProcessed,
        IReadOnlyList<DynamoBatchItem> unknown,
        IReadOnlyList<object> itemsRead,
        Exception? innerException,
        CancellationToken cancellationToken)
        : base(
            $"{operation} was cancelled: {processed.Count} item(s) processed, {notProcessed.Count} not processed, {unknown.Count} unknown (sent, no answer).",
            innerException,
            cancellationToken)
    {
        Operation = operation;
        Processed = processed;
        NotProcessed = notProcessed;
        Unknown = unknown;
        ItemsRead = itemsRead;
    }

    /// <summary><c>BatchWriteItem</c> or <c>BatchGetItem</c>.</summary>
    public string Operation { get; }

    /// <summary>Items DynamoDB confirmed: written, or read (found or absent).</summary>
    public IReadOnlyList<DynamoBatchItem> Processed { get; }

    /// <summary>Items not written or read: never sent, or handed back unprocessed. Safe to send again.</summary>
    public IReadOnlyList<DynamoBatchItem> NotProcessed { get; }

    /// <summary>Writes sent without an answer: they may or may not be stored (sending them again is safe).</summary>
    public IReadOnlyList<DynamoBatchItem> Unknown { get; }

    /// <summary>For a batch get, the entities read before the cancellation (no order); empty for a write.</summary>
    public IReadOnlyList<object> ItemsRead { get; }
}
