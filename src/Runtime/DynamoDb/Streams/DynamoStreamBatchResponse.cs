using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The partial batch response a Lambda function returns for a DynamoDB stream event
/// (<c>{"batchItemFailures":[{"itemIdentifier":"&lt;SequenceNumber&gt;"}]}</c>): Lambda checkpoints before the first
/// failed record and retries from there, so the records before it are not delivered again. The event source mapping
/// needs <c>FunctionResponseTypes: ReportBatchItemFailures</c>.
/// </summary>
public sealed class DynamoStreamBatchResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="failedSequenceNumbers">The sequence numbers of the failed record and of every record after it.</param>
    public DynamoStreamBatchResponse(IReadOnlyList<string> failedSequenceNumbers) =>
        FailedSequenceNumbers = failedSequenceNumbers ?? throw new ArgumentNullException(nameof(failedSequenceNumbers));

    /// <summary>The sequence numbers reported as failed (empty when the whole batch succeeded).</summary>
    public IReadOnlyList<string> FailedSequenceNumbers { get; }

    /// <summary>Writes the response JSON.</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        BatchItemFailuresJson.Write(writer, FailedSequenceNumbers);
    }

    /// <summary>Writes the response JSON to a stream (the Lambda runtime's response body).</summary>
    /// <param name="utf8Json">Where to write.</param>
    public void WriteTo(Stream utf8Json) => BatchItemFailuresJson.Write(utf8Json, FailedSequenceNumbers);

    /// <summary>The response JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => BatchItemFailuresJson.ToJson(FailedSequenceNumbers);
}
