using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;

namespace Boto3Assist.Observability;

/// <summary>
/// Listens to meters (the library's by default) and writes what they measured as CloudWatch Embedded Metric Format:
/// counters summed, histograms as value arrays (CloudWatch computes the percentiles), one line per dimension set.
/// The measurement tags become the dimensions. Flushes on a timer, on <see cref="Flush"/> and when disposed.
/// </summary>
public sealed class EmfMetricsExporter : IDisposable
{
    private readonly EmfWriter _writer;
    private readonly EmfExporterOptions _options;
    private readonly MeterListener _listener;
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private Dictionary<SeriesKey, Series> _series = new();
    private int _flushQueued;
    private bool _disposed;

    /// <summary>Starts listening.</summary>
    /// <param name="writer">Where lines go.</param>
    /// <param name="options">Namespace, meters and flush interval; defaults when <see langword="null"/>.</param>
    public EmfMetricsExporter(EmfWriter writer, EmfExporterOptions? options = null)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _options = options ?? new EmfExporterOptions();
        var meters = new HashSet<string>(_options.MeterNames, StringComparer.Ordinal);
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (meters.Contains(instrument.Meter.Name))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<float>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        _listener.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
        _listener.Start();
        if (_options.FlushInterval is { } interval)
        {
            _timer = new Timer(_ => Flush(), null, interval, interval);
        }
    }

    /// <summary>
    /// How many histogram values one series keeps before it is written early, so memory stays bounded however busy
    /// the process is between flushes.
    /// </summary>
    internal int MaxValuesPerSeries { get; set; } = 10_000;

    /// <summary>Writes everything measured since the last flush, and starts over.</summary>
    public void Flush()
    {
        Dictionary<SeriesKey, Series> taken;
        Interlocked.Exchange(ref _flushQueued, 0);
        lock (_gate)
        {
            if (_series.Count == 0)
            {
                return;
            }

            taken = _series;
            _series = new Dictionary<SeriesKey, Series>();
        }

        foreach (var group in taken.GroupBy(s => s.Key.Dimensions))
        {
            var dimensions = group.First().Value.Dimensions;
            var metrics = group
                .OrderBy(s => s.Key.Instrument, StringComparer.Ordinal)
                .Select(s => new EmfMetric(s.Key.Instrument, s.Value.Unit, s.Value.IsHistogram ? s.Value.Values : [s.Value.Sum]))
                .ToList();
            _writer.Write(_options.Namespace, dimensions, metrics, _options.Properties.Count == 0 ? null : new Dictionary<string, string>(_options.Properties));
        }
    }

    /// <summary>Stops listening and writes what is left.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _timer?.Dispose();
        _listener.Dispose();
        Flush();
    }

    /// <summary>The CloudWatch unit for a UCUM unit as OpenTelemetry instruments declare it.</summary>
    internal static EmfUnit UnitOf(string? unit) => unit switch
    {
        "s" => EmfUnit.Seconds,
        "ms" => EmfUnit.Milliseconds,
        "us" => EmfUnit.Microseconds,
        "By" => EmfUnit.Bytes,
        "%" => EmfUnit.Percent,
        null or "" => EmfUnit.None,
        _ when unit.StartsWith('{') => EmfUnit.Count,
        _ => EmfUnit.None,
    };

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (!double.IsFinite(value))
        {
            return;
        }

        var dimensions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            if (tag.Value is not null && dimensions.Count < EmfWriter.MaxDimensions)
            {
                dimensions[tag.Key] = tag.Value is string[] array ? string.Join(',', array) : Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        var key = new SeriesKey(instrument.Name, string.Join('\u001f', dimensions.Select(d => d.Key + "=" + d.Value)));
        lock (_gate)
        {
            if (!_series.TryGetValue(key, out var series))
            {
                series = new Series(dimensions, UnitOf(instrument.Unit), instrument is Histogram<double> or Histogram<long> or Histogram<int> or Histogram<float>);
                _series[key] = series;
            }

            if (series.IsHistogram)
            {
                series.Values.Add(value);
                if (series.Values.Count >= MaxValuesPerSeries && Interlocked.Exchange(ref _flushQueued, 1) == 0)
                {
                    // Written off the measuring thread: the caller is in the middle of an AWS operation.
                    ThreadPool.QueueUserWorkItem(static exporter => exporter.Flush(), this, preferLocal: false);
                }
            }
            else
            {
                series.Sum += value;
            }
        }
    }

    private readonly record struct SeriesKey(string Instrument, string Dimensions);

    private sealed class Series(IReadOnlyDictionary<string, string> dimensions, EmfUnit unit, bool isHistogram)
    {
        public IReadOnlyDictionary<string, string> Dimensions { get; } = dimensions;

        public EmfUnit Unit { get; } = unit;

        public bool IsHistogram { get; } = isHistogram;

        public List<double> Values { get; } = [];

        public double Sum { get; set; }
    }
}
