using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;
using Boto3Assist.Observability;

namespace Boto3Assist.DataAccess.Tests;

/// <summary>Every data access call reports through DynamoDbTelemetry: a span per call with its table, retries counted.</summary>
[Collection(DynamoDbCollection.Name)]
public sealed class TelemetryTests(DynamoDbFixture fixture)
{
    [Fact]
    public async Task Calls_produce_spans_with_their_table_and_retries_are_counted()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Boto3AssistTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var retries = new ConcurrentQueue<(long Value, string? Table, string? Reason)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == Boto3AssistTelemetry.Name && instrument.Name == TelemetryMetricNames.Retries)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? table = null, reason = null;
            foreach (var tag in tags)
            {
                table = tag.Key == TelemetryAttributes.DynamoDbTable ? tag.Value as string : table;
                reason = tag.Key == TelemetryAttributes.RetryReason ? tag.Value as string : reason;
            }

            retries.Enqueue((value, table, reason));
        });
        meters.Start();

        using var client = fixture.CreateFaultyClient();
        var delays = new RecordingDelays();
        var context = await fixture.CreateContextAsync("telemetry", client, o => o.RetryPolicy = delays.Policy());
        client.ThrottleFirstCalls = 1;
        await context.Repository<Product>().PutAsync(new Product { Sku = "t1" });
        client.HoldBack = (key, offered) => key == "t2" && offered == 0;
        await context.BatchWriter().Put(new Product { Sku = "t2" }).Put(new Product { Sku = "t3" }).ExecuteAsync();
        await context.Repository<Product>().GetAsync(Product.Key("t1"));

        var mine = spans.Where(s => s.GetTagItem(TelemetryAttributes.DynamoDbTableNames) is string[] tables && tables.Contains("products-telemetry")).ToList();
        Assert.Contains(mine, s => s.DisplayName == "DynamoDB.PutItem" && (string?)s.GetTagItem(TelemetryAttributes.RpcMethod) == "PutItem");
        Assert.Contains(mine, s => s.DisplayName == "DynamoDB.BatchWriteItem");
        Assert.Contains(mine, s => s.DisplayName == "DynamoDB.GetItem");
        Assert.Contains(retries, r => r.Table == "products-telemetry" && r.Reason == "ProvisionedThroughputExceededException");
        Assert.Contains(retries, r => r.Table == "products-telemetry" && r.Reason == "UnprocessedItems");
    }
}
