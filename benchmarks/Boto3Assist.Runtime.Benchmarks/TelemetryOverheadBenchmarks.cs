using System.Diagnostics;
using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using Boto3Assist.Observability;

namespace Boto3Assist.Runtime.Benchmarks;

/// <summary>
/// What the library's telemetry adds to every DynamoDB call: start an operation, record consumed capacity, dispose
/// (span + duration histogram), with nobody listening and with an ActivityListener and MeterListener attached.
/// </summary>
[MemoryDiagnoser]
public class TelemetryOverheadBenchmarks
{
    private static readonly ConsumedCapacity Capacity = new() { TableName = "orders", CapacityUnits = 1 };
    private ActivityListener? _activities;
    private MeterListener? _meters;

    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (!Listening)
        {
            return;
        }

        _activities = new ActivityListener
        {
            ShouldListenTo = s => s.Name == Boto3AssistTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener { InstrumentPublished = (i, l) => { if (i.Meter.Name == Boto3AssistTelemetry.Name) { l.EnableMeasurementEvents(i); } } };
        _meters.SetMeasurementEventCallback<double>((_, _, _, _) => { });
        _meters.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _activities?.Dispose();
        _meters?.Dispose();
    }

    [Benchmark]
    public string? PutItemOperation()
    {
        using var operation = DynamoDbTelemetry.StartOperation("PutItem", "orders");
        DynamoDbTelemetry.RecordConsumedCapacity(operation, Capacity);
        return operation.ErrorType;
    }
}
