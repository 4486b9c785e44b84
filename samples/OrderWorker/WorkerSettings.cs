namespace OrderWorker;

/// <summary>What the worker consumes and where it writes ("OrderWorker" configuration section).</summary>
public sealed class WorkerSettings
{
    /// <summary>The orders queue; empty runs the self-contained demo against local servers.</summary>
    public string QueueUrl { get; set; } = string.Empty;

    /// <summary>The DynamoDB table of processed orders.</summary>
    public string TableName { get; set; } = "order-worker";

    /// <summary>The bucket receipts are archived to.</summary>
    public string ReceiptBucket { get; set; } = "order-receipts";
}
