using System;
using System.Collections.Generic;

namespace Boto3Assist.Observability;

/// <summary>How <see cref="EmfMetricsExporter"/> turns meter measurements into Embedded Metric Format lines.</summary>
public sealed class EmfExporterOptions
{
    /// <summary>The CloudWatch namespace.</summary>
    public string Namespace { get; set; } = "Boto3Assist";

    /// <summary>The meters listened to; the library's own meter by default.</summary>
    public IList<string> MeterNames { get; } = new List<string> { Boto3AssistTelemetry.Name };

    /// <summary>
    /// How often to write what was measured. <see langword="null"/> writes only on <see cref="EmfMetricsExporter.Flush"/>
    /// and disposal: call Flush at the end of each Lambda invocation.
    /// </summary>
    public TimeSpan? FlushInterval { get; set; }

    /// <summary>Fields added to every line for CloudWatch Logs Insights (not dimensions), such as a service name.</summary>
    public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
}
