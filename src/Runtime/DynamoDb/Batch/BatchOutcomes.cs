using System;
using System.Collections.Generic;
using System.Threading;

namespace Boto3Assist.DynamoDb;

/// <summary>Sorts the items of a batch by outcome, once every flow sending them has finished.</summary>
internal static class BatchOutcomes
{
    public static DynamoBatchCanceledException Canceled(
        string operation,
        IEnumerable<BatchEntry> entries,
        bool writes,
        IReadOnlyList<object> itemsRead,
        OperationCanceledException cancellation,
        CancellationToken cancellationToken)
    {
        var processed = new List<DynamoBatchItem>();
        var notProcessed = new List<DynamoBatchItem>();
        var unknown = new List<DynamoBatchItem>();
        foreach (var entry in entries)
        {
            var list = entry.Progress.Outcome(writes) switch
            {
                DynamoBatchOutcome.Processed => processed,
                DynamoBatchOutcome.Unknown => unknown,
                _ => notProcessed,
            };
            list.Add(entry.Item);
        }

        return new DynamoBatchCanceledException(operation, processed, notProcessed, unknown, itemsRead, cancellation, cancellationToken);
    }
}
