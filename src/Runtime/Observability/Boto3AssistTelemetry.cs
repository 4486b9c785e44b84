using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Boto3Assist.Observability;

/// <summary>The one <see cref="ActivitySource"/> and <see cref="Meter"/> every Boto3Assist operation reports through.</summary>
public static class Boto3AssistTelemetry
{
    /// <summary>The name of the activity source and the meter: subscribe to it in OpenTelemetry.</summary>
    public const string Name = "Boto3Assist";

    /// <summary>The activity source for spans of DynamoDB, SQS and S3 operations.</summary>
    public static readonly ActivitySource ActivitySource = new(Name, typeof(Boto3AssistTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>The meter for durations, capacity, retries and messaging counts.</summary>
    public static readonly Meter Meter = new(Name, typeof(Boto3AssistTelemetry).Assembly.GetName().Version?.ToString());
}
