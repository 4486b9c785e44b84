namespace Boto3Assist.DynamoDb;

/// <summary>
/// What is known of one batch item so far. Touched only by the flow sending its request (one chunk is one flow) and
/// read once every flow has finished, so it needs no locking.
/// </summary>
internal sealed class BatchItemProgress
{
    /// <summary>DynamoDB confirmed it (written, or read).</summary>
    public bool Processed { get; private set; }

    /// <summary>Sent in a request that has not been answered yet (true while a call is in flight, and after cancellation).</summary>
    public bool InFlight { get; private set; }

    /// <summary>Sent at least once in a request that got no answer, or a 5xx: the write may have been applied.</summary>
    public bool MayHaveBeenApplied { get; private set; }

    public void Sending() => InFlight = true;

    public void Answered(bool processed)
    {
        InFlight = false;
        Processed |= processed;
    }

    public void NoAnswer(bool mayHaveBeenApplied)
    {
        InFlight = false;
        MayHaveBeenApplied |= mayHaveBeenApplied;
    }

    /// <summary>The outcome; <paramref name="writes"/> false for reads, which have no side effect and so are never unknown.</summary>
    public DynamoBatchOutcome Outcome(bool writes) =>
        Processed ? DynamoBatchOutcome.Processed
        : writes && (MayHaveBeenApplied || InFlight) ? DynamoBatchOutcome.Unknown
        : DynamoBatchOutcome.NotProcessed;
}
