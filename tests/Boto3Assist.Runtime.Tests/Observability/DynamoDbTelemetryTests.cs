using System.Diagnostics;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Observability;
using Boto3Assist.Runtime.Tests.Infrastructure;

namespace Boto3Assist.Runtime.Tests.Observability;

public sealed class DynamoDbTelemetryTests
{
    [Fact]
    public async Task A_real_put_and_get_record_spans_durations_and_consumed_capacity()
    {
        var table = "telemetry-" + Guid.NewGuid().ToString("N")[..8];
        var local = await SharedServers.DynamoDbAsync();
        using var client = local.CreateClient();
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });
        using var capture = new TelemetryCapture();

        using (var put = DynamoDbTelemetry.StartOperation("PutItem", table))
        {
            var response = await client.PutItemAsync(new PutItemRequest
            {
                TableName = table,
                Item = new() { ["pk"] = new AttributeValue("a"), ["body"] = new AttributeValue(new string('x', 2000)) },
                ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
            });
            DynamoDbTelemetry.RecordConsumedCapacity(put, response.ConsumedCapacity);
        }

        using (var get = DynamoDbTelemetry.StartOperation("GetItem", table))
        {
            var response = await client.GetItemAsync(new GetItemRequest
            {
                TableName = table,
                Key = new() { ["pk"] = new AttributeValue("a") },
                ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
                ConsistentRead = true,
            });
            DynamoDbTelemetry.RecordConsumedCapacity(get, response.ConsumedCapacity);
        }

        var spans = capture.ActivitiesWithTag(TelemetryAttributes.DynamoDbTableNames, table);
        Assert.Equal(["DynamoDB.PutItem", "DynamoDB.GetItem"], spans.Select(s => s.DisplayName));
        var putSpan = spans[0];
        Assert.Equal(ActivityKind.Client, putSpan.Kind);
        Assert.Equal("aws-api", putSpan.GetTagItem(TelemetryAttributes.RpcSystem));
        Assert.Equal("DynamoDB", putSpan.GetTagItem(TelemetryAttributes.RpcService));
        Assert.Equal("PutItem", putSpan.GetTagItem(TelemetryAttributes.RpcMethod));
        var capacityJson = Assert.Single((string[])putSpan.GetTagItem(TelemetryAttributes.DynamoDbConsumedCapacity)!);
        Assert.Equal("{\"TableName\":\"" + table + "\",\"CapacityUnits\":2}", capacityJson);
        Assert.Equal(ActivityStatusCode.Unset, putSpan.Status);

        var writes = capture.MeasurementsOf(TelemetryMetricNames.ConsumedWriteCapacity, TelemetryAttributes.DynamoDbTable, table);
        Assert.Equal(2.0, Assert.Single(writes).Value); // 2 KB item: 2 write units
        var reads = capture.MeasurementsOf(TelemetryMetricNames.ConsumedReadCapacity, TelemetryAttributes.DynamoDbTable, table);
        Assert.Equal(1.0, Assert.Single(reads).Value); // consistent read of < 4 KB: 1 read unit
        var durations = capture.MeasurementsOf(TelemetryMetricNames.OperationDuration, TelemetryAttributes.DynamoDbTable, table);
        Assert.Equal(["PutItem", "GetItem"], durations.Select(d => d.Tag(TelemetryAttributes.RpcMethod)));
        Assert.All(durations, d => Assert.InRange(d.Value, 0.0000001, 30));
        Assert.All(durations, d => Assert.Null(d.Tag(TelemetryAttributes.ErrorType)));
    }

    [Fact]
    public async Task A_real_failure_is_recorded_as_error_with_an_exception_event_and_error_type()
    {
        var table = "missing-" + Guid.NewGuid().ToString("N")[..8];
        var local = await SharedServers.DynamoDbAsync();
        using var client = local.CreateClient();
        using var capture = new TelemetryCapture();

        using (var operation = DynamoDbTelemetry.StartOperation("GetItem", table))
        {
            var ex = await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.GetItemAsync(new GetItemRequest
            {
                TableName = table,
                Key = new() { ["pk"] = new AttributeValue("a") },
            }));
            DynamoDbTelemetry.RecordFailure(operation, ex);
            Assert.Equal("ResourceNotFoundException", operation.ErrorType);
        }

        var span = Assert.Single(capture.ActivitiesWithTag(TelemetryAttributes.DynamoDbTableNames, table));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("ResourceNotFoundException", span.GetTagItem(TelemetryAttributes.ErrorType));
        var exceptionEvent = Assert.Single(span.Events, e => e.Name == "exception");
        Assert.Equal(typeof(ResourceNotFoundException).FullName, exceptionEvent.Tags.Single(t => t.Key == "exception.type").Value);
        var duration = Assert.Single(capture.MeasurementsOf(TelemetryMetricNames.OperationDuration, TelemetryAttributes.DynamoDbTable, table));
        Assert.Equal("ResourceNotFoundException", duration.Tag(TelemetryAttributes.ErrorType));
        Assert.Empty(capture.MeasurementsOf(TelemetryMetricNames.Throttles, TelemetryAttributes.DynamoDbTable, table));
    }

    [Fact]
    public void Throttling_failures_are_counted_as_throttles()
    {
        var table = "throttled-" + Guid.NewGuid().ToString("N")[..8];
        using var capture = new TelemetryCapture();
        using (var operation = DynamoDbTelemetry.StartOperation("PutItem", table))
        {
            operation.RecordFailure(new ProvisionedThroughputExceededException("slow down") { ErrorCode = "ProvisionedThroughputExceededException" });
        }

        DynamoDbTelemetry.RecordThrottle("BatchWriteItem", table);
        var throttles = capture.MeasurementsOf(TelemetryMetricNames.Throttles, TelemetryAttributes.DynamoDbTable, table);
        Assert.Equal(["PutItem", "BatchWriteItem"], throttles.Select(t => t.Tag(TelemetryAttributes.RpcMethod)));
    }

    [Fact]
    public void Retries_and_unprocessed_items_are_counted_with_their_table_and_reason()
    {
        var table = "retries-" + Guid.NewGuid().ToString("N")[..8];
        using var capture = new TelemetryCapture();
        DynamoDbTelemetry.RecordRetry("BatchWriteItem", table, "UnprocessedItems");
        DynamoDbTelemetry.RecordUnprocessedItems(table, 7);
        DynamoDbTelemetry.RecordUnprocessedItems(table, 0);

        var retry = Assert.Single(capture.MeasurementsOf(TelemetryMetricNames.Retries, TelemetryAttributes.DynamoDbTable, table));
        Assert.Equal("UnprocessedItems", retry.Tag(TelemetryAttributes.RetryReason));
        Assert.Equal("DynamoDB", retry.Tag(TelemetryAttributes.RpcService));
        var unprocessed = Assert.Single(capture.MeasurementsOf(TelemetryMetricNames.UnprocessedItems, TelemetryAttributes.DynamoDbTable, table));
        Assert.Equal(7, unprocessed.Value);
    }

    [Fact]
    public void Multi_table_operations_name_every_table_and_split_capacity_per_table()
    {
        var first = "multi-a-" + Guid.NewGuid().ToString("N")[..8];
        var second = "multi-b-" + Guid.NewGuid().ToString("N")[..8];
        using var capture = new TelemetryCapture();
        using (var operation = DynamoDbTelemetry.StartOperation("BatchGetItem", [second, first]))
        {
            DynamoDbTelemetry.RecordConsumedCapacity(operation,
            [
                new ConsumedCapacity { TableName = first, CapacityUnits = 1.5 },
                new ConsumedCapacity { TableName = second, CapacityUnits = 3, ReadCapacityUnits = 3 },
            ]);
        }

        var span = Assert.Single(capture.Activities, a => TelemetryCapture.TagText(a, TelemetryAttributes.DynamoDbTableNames) == first + "," + second);
        Assert.Equal(2, ((string[])span.GetTagItem(TelemetryAttributes.DynamoDbConsumedCapacity)!).Length);
        Assert.Equal(1.5, Assert.Single(capture.MeasurementsOf(TelemetryMetricNames.ConsumedReadCapacity, TelemetryAttributes.DynamoDbTable, first)).Value);
        Assert.Equal(3, Assert.Single(capture.MeasurementsOf(TelemetryMetricNames.ConsumedReadCapacity, TelemetryAttributes.DynamoDbTable, second)).Value);
        Assert.Empty(capture.MeasurementsOf(TelemetryMetricNames.ConsumedWriteCapacity, TelemetryAttributes.DynamoDbTable, first));
    }

    [Fact]
    public void Durations_are_recorded_even_when_nobody_listens_to_spans()
    {
        var table = "nospan-" + Guid.NewGuid().ToString("N")[..8];
        var measured = new List<double>();
        using var meters = new System.Diagnostics.Metrics.MeterListener();
        meters.InstrumentPublished = (i, l) => { if (i.Name == TelemetryMetricNames.OperationDuration) { l.EnableMeasurementEvents(i); } };
        meters.SetMeasurementEventCallback<double>((_, v, tags, _) =>
        {
            foreach (var t in tags)
            {
                if (t.Key == TelemetryAttributes.DynamoDbTable && (string?)t.Value == table)
                {
                    lock (measured) { measured.Add(v); }
                }
            }
        });
        meters.Start();
        using (var operation = DynamoDbTelemetry.StartOperation("Query", table))
        {
            // Only if some other test's listener is active would a span exist; the duration must not depend on it.
            Thread.Sleep(20);
        }

        Assert.InRange(Assert.Single(measured), 0.015, 10);
    }
}
