using System.Diagnostics;
using System.Text;
using Boto3Assist.Observability;

namespace OrderWorker;

/// <summary>
/// Prints each finished Boto3Assist span as one line: trace, span, parent, name, duration, status and the semantic
/// attributes, so the console shows how a message travels from send to process to S3 and DynamoDB.
/// Empty long-poll receives are left out.
/// </summary>
public sealed class ConsoleTraceWriter : IDisposable
{
    private static readonly string[] Shown =
    [
        TelemetryAttributes.MessagingDestinationName,
        TelemetryAttributes.MessagingBatchMessageCount,
        TelemetryAttributes.S3Bucket,
        TelemetryAttributes.S3Key,
        TelemetryAttributes.DynamoDbTableNames,
        TelemetryAttributes.DynamoDbConsumedCapacity,
        TelemetryAttributes.ErrorType,
    ];

    private readonly ActivityListener _listener;
    private readonly TextWriter _output;

    public ConsoleTraceWriter(TextWriter output)
    {
        _output = output;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Boto3AssistTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Write,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    private void Write(Activity activity)
    {
        if (activity.GetTagItem(TelemetryAttributes.MessagingOperationType) as string == "receive"
            && activity.GetTagItem(TelemetryAttributes.MessagingBatchMessageCount) is 0)
        {
            return;
        }

        var line = new StringBuilder()
            .Append("trace ").Append(activity.TraceId.ToHexString()[..8])
            .Append(" span ").Append(activity.SpanId.ToHexString()[..6])
            .Append(" <- ").Append(activity.ParentSpanId == default ? "------" : activity.ParentSpanId.ToHexString()[..6])
            .Append("  ").Append(activity.DisplayName.PadRight(34))
            .Append(' ').Append(activity.Duration.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).PadLeft(7)).Append(" ms ")
            .Append(activity.Status == ActivityStatusCode.Error ? "ERROR" : "ok   ");
        foreach (var name in Shown)
        {
            switch (activity.GetTagItem(name))
            {
                case null:
                    break;
                case string[] values:
                    line.Append(' ').Append(name).Append('=').Append(string.Join(',', values));
                    break;
                case var value:
                    line.Append(' ').Append(name).Append('=').Append(value);
                    break;
            }
        }

        lock (_output)
        {
            _output.WriteLine(line.ToString());
        }
    }
}
