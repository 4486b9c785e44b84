using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Boto3Assist.Observability;

/// <summary>
/// Writes CloudWatch Embedded Metric Format: one JSON object per line (to stdout in Lambda, where CloudWatch Logs turns
/// it into metrics with no API call). Honours the format's limits by splitting: at most 100 metrics per line and at
/// most 100 values per metric; at most 30 dimensions per set.
/// </summary>
public sealed class EmfWriter
{
    /// <summary>The most metrics one line may declare.</summary>
    public const int MaxMetricsPerLine = 100;

    /// <summary>The most values one metric may carry in one line.</summary>
    public const int MaxValuesPerMetric = 100;

    /// <summary>The most dimensions one dimension set may have.</summary>
    public const int MaxDimensions = 30;

    private readonly TextWriter _output;
    private readonly object _gate = new();

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where lines go; <see cref="Console.Out"/> when <see langword="null"/>.</param>
    public EmfWriter(TextWriter? output = null) => _output = output ?? Console.Out;

    /// <summary>Writes metrics that share a namespace and dimensions, as one or more lines.</summary>
    /// <param name="metricNamespace">The CloudWatch namespace (1 to 255 characters).</param>
    /// <param name="dimensions">The dimension names and values (at most 30).</param>
    /// <param name="metrics">The metrics.</param>
    /// <param name="properties">More fields for CloudWatch Logs Insights (not dimensions), or <see langword="null"/>.</param>
    /// <param name="timestamp">The time of the metrics; now when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The namespace, dimensions or a field name is not valid EMF.</exception>
    public void Write(
        string metricNamespace,
        IReadOnlyDictionary<string, string> dimensions,
        IReadOnlyList<EmfMetric> metrics,
        IReadOnlyDictionary<string, string>? properties = null,
        DateTimeOffset? timestamp = null)
    {
        if (string.IsNullOrEmpty(metricNamespace) || metricNamespace.Length > 255)
        {
            throw new ArgumentException($"An EMF namespace must be 1 to 255 characters; got '{metricNamespace}'.", nameof(metricNamespace));
        }

        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(metrics);
        if (dimensions.Count > MaxDimensions)
        {
            throw new ArgumentException($"An EMF dimension set has at most {MaxDimensions} dimensions; got {dimensions.Count}.", nameof(dimensions));
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { "_aws" };
        foreach (var field in dimensions.Keys.Concat(metrics.Select(m => m.Name)))
        {
            // Dimensions and metrics are top-level fields of the same object: two of one name would be ambiguous.
            if (!names.Add(field))
            {
                throw new ArgumentException($"The EMF field '{field}' is used twice (as a dimension or a metric name, or '_aws').", nameof(metrics));
            }
        }

        var time = (timestamp ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds();
        foreach (var line in Lines(metrics))
        {
            var text = Render(metricNamespace, dimensions, line, properties, names, time);
            lock (_gate)
            {
                _output.WriteLine(text);
                _output.Flush();
            }
        }
    }

    /// <summary>The EMF name of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>Such as <c>Count/Second</c>.</returns>
    public static string UnitName(EmfUnit unit) => unit switch
    {
        EmfUnit.CountPerSecond => "Count/Second",
        EmfUnit.BytesPerSecond => "Bytes/Second",
        _ => unit.ToString(),
    };

    // Splits into lines of at most 100 metrics, each with at most 100 values.
    private static IEnumerable<List<(EmfMetric Metric, int Offset)>> Lines(IReadOnlyList<EmfMetric> metrics)
    {
        var pending = metrics.SelectMany(m => Enumerable.Range(0, (m.Values.Count + MaxValuesPerMetric - 1) / MaxValuesPerMetric).Select(chunk => (Metric: m, Offset: chunk * MaxValuesPerMetric))).ToList();
        while (pending.Count > 0)
        {
            var line = new List<(EmfMetric Metric, int Offset)>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < pending.Count && line.Count < MaxMetricsPerLine; i++)
            {
                if (used.Add(pending[i].Metric.Name))
                {
                    line.Add(pending[i]);
                    pending.RemoveAt(i--);
                }
            }

            yield return line;
        }
    }

    private static string Render(
        string metricNamespace,
        IReadOnlyDictionary<string, string> dimensions,
        List<(EmfMetric Metric, int Offset)> line,
        IReadOnlyDictionary<string, string>? properties,
        HashSet<string> reserved,
        long time)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("_aws");
            writer.WriteNumber("Timestamp", time);
            writer.WriteStartArray("CloudWatchMetrics");
            writer.WriteStartObject();
            writer.WriteString("Namespace", metricNamespace);
            writer.WriteStartArray("Dimensions");
            writer.WriteStartArray();
            foreach (var name in dimensions.Keys)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
            writer.WriteStartArray("Metrics");
            foreach (var (metric, _) in line)
            {
                writer.WriteStartObject();
                writer.WriteString("Name", metric.Name);
                writer.WriteString("Unit", UnitName(metric.Unit));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            foreach (var (name, value) in dimensions)
            {
                writer.WriteString(name, value);
            }

            foreach (var (metric, offset) in line)
            {
                var count = Math.Min(MaxValuesPerMetric, metric.Values.Count - offset);
                if (count == 1)
                {
                    writer.WriteNumber(metric.Name, metric.Values[offset]);
                    continue;
                }

                writer.WriteStartArray(metric.Name);
                for (var i = offset; i < offset + count; i++)
                {
                    writer.WriteNumberValue(metric.Values[i]);
                }

                writer.WriteEndArray();
            }

            if (properties is not null)
            {
                foreach (var (name, value) in properties)
                {
                    if (!reserved.Contains(name))
                    {
                        writer.WriteString(name, value);
                    }
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
