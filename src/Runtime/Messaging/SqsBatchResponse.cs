using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Boto3Assist.Messaging;

/// <summary>
/// The partial batch response a Lambda function returns for an SQS event
/// (<c>{"batchItemFailures":[{"itemIdentifier":"..."}]}</c>): SQS deletes every other message of the batch.
/// The event source mapping needs <c>FunctionResponseTypes: ReportBatchItemFailures</c>.
/// </summary>
public sealed class SqsBatchResponse
{
    /// <summary>Creates a response.</summary>
    /// <param name="failedMessageIds">The ids of the messages that failed, to be delivered again.</param>
    public SqsBatchResponse(IReadOnlyList<string> failedMessageIds) =>
        FailedMessageIds = failedMessageIds ?? throw new ArgumentNullException(nameof(failedMessageIds));

    /// <summary>The ids of the messages that failed.</summary>
    public IReadOnlyList<string> FailedMessageIds { get; }

    /// <summary>Writes the response JSON.</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        BatchItemFailuresJson.Write(writer, FailedMessageIds);
    }

    /// <summary>Writes the response JSON to a stream (the Lambda runtime's response body).</summary>
    /// <param name="utf8Json">Where to write.</param>
    public void WriteTo(Stream utf8Json) => BatchItemFailuresJson.Write(utf8Json, FailedMessageIds);

    /// <summary>The response JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => BatchItemFailuresJson.ToJson(FailedMessageIds);
}
