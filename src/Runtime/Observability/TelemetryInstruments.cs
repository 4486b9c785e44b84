using System.Diagnostics.Metrics;

namespace Boto3Assist.Observability;

/// <summary>The instruments of <see cref="Boto3AssistTelemetry.Meter"/>, created once.</summary>
internal static class TelemetryInstruments
{
    public static readonly Histogram<double> OperationDuration = Boto3AssistTelemetry.Meter.CreateHistogram<double>(
        TelemetryMetricNames.OperationDuration, "s", "Duration of DynamoDB, SQS and S3 operations performed by Boto3Assist.");

    public static readonly Counter<double> ConsumedReadCapacity = Boto3AssistTelemetry.Meter.CreateCounter<double>(
        TelemetryMetricNames.ConsumedReadCapacity, "{capacity_unit}", "DynamoDB read capacity units consumed.");

    public static readonly Counter<double> ConsumedWriteCapacity = Boto3AssistTelemetry.Meter.CreateCounter<double>(
        TelemetryMetricNames.ConsumedWriteCapacity, "{capacity_unit}", "DynamoDB write capacity units consumed.");

    public static readonly Counter<long> Retries = Boto3AssistTelemetry.Meter.CreateCounter<long>(
        TelemetryMetricNames.Retries, "{retry}", "Retries made by Boto3Assist.");

    public static readonly Counter<long> Throttles = Boto3AssistTelemetry.Meter.CreateCounter<long>(
        TelemetryMetricNames.Throttles, "{request}", "Requests throttled by AWS.");

    public static readonly Counter<long> UnprocessedItems = Boto3AssistTelemetry.Meter.CreateCounter<long>(
        TelemetryMetricNames.UnprocessedItems, "{item}", "Items DynamoDB returned unprocessed from batch operations.");

    public static readonly Counter<long> MessagesSent = Boto3AssistTelemetry.Meter.CreateCounter<long>(
        TelemetryMetricNames.MessagesSent, "{message}", "Messages sent to SQS.");

    public static readonly Counter<long> MessagesReceived = Boto3AssistTelemetry.Meter.CreateCounter<long>(
        TelemetryMetricNames.MessagesReceived, "{message}", "Messages received from SQS.");

    public static readonly Counter<long> MessagesFailed = Boto3AssistTelemetry.Meter.CreateCounter<long>(
        TelemetryMetricNames.MessagesFailed, "{message}", "Messages that failed to send or to be handled.");
}
