using System.Collections.Generic;

namespace Boto3Assist.Messaging;

/// <summary>Splits messages, in order, into SQS batches: at most 10 entries and at most the byte limit in total.</summary>
internal static class SqsBatchPlan
{
    public const int MaxEntries = 10;

    /// <summary>Returns the batches as lists of positions into <paramref name="sizes"/>.</summary>
    public static List<List<int>> Split(IReadOnlyList<int> sizes, int maxBatchBytes)
    {
        var batches = new List<List<int>>();
        var current = new List<int>(MaxEntries);
        var currentBytes = 0;
        for (var i = 0; i < sizes.Count; i++)
        {
            if (current.Count == MaxEntries || (current.Count > 0 && currentBytes + sizes[i] > maxBatchBytes))
            {
                batches.Add(current);
                current = new List<int>(MaxEntries);
                currentBytes = 0;
            }

            current.Add(i);
            currentBytes += sizes[i];
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }
}
