using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Observability;
using Boto3Assist.Runtime.Tests.Infrastructure;

namespace Boto3Assist.Runtime.Tests.Observability;

public sealed class EmfMetricsExporterTests
{
    [Fact]
    public async Task Flushes_the_librarys_real_measurements_as_emf_with_tags_as_dimensions()
    {
        var table = "emf-" + Guid.NewGuid().ToString("N")[..8];
        var local = await SharedServers.DynamoDbAsync();
        using var client = local.CreateClient();
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            BillingMode = BillingMode.PAY_PER_REQUEST,
        });
        var output = new StringWriter();
        var options = new EmfExporterOptions { Namespace = "Tests" };
        options.Properties["service"] = "emf-test";
        using var exporter = new EmfMetricsExporter(new EmfWriter(output), options);

        for (var i = 0; i < 3; i++)
        {
            using var operation = DynamoDbTelemetry.StartOperation("PutItem", table);
            var response = await client.PutItemAsync(new PutItemRequest
            {
                TableName = table,
                Item = new() { ["pk"] = new AttributeValue("k" + i) },
                ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
            });
            DynamoDbTelemetry.RecordConsumedCapacity(operation, response.ConsumedCapacity);
        }

        DynamoDbTelemetry.RecordRetry("BatchWriteItem", table, "UnprocessedItems");
        DynamoDbTelemetry.RecordRetry("BatchWriteItem", table, "UnprocessedItems");
        exporter.Flush();

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.TryGetProperty(TelemetryAttributes.DynamoDbTable, out var t) && t.GetString() == table).ToList();
        var durationLine = lines.Single(l => l.TryGetProperty(TelemetryMetricNames.OperationDuration, out _) && l.GetProperty(TelemetryAttributes.RpcMethod).GetString() == "PutItem");
        Assert.Equal(3, durationLine.GetProperty(TelemetryMetricNames.OperationDuration).GetArrayLength());
        var directive = durationLine.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0];
        Assert.Equal("Tests", directive.GetProperty("Namespace").GetString());
        Assert.Contains(directive.GetProperty("Metrics").EnumerateArray(), m => m.GetProperty("Name").GetString() == TelemetryMetricNames.OperationDuration && m.GetProperty("Unit").GetString() == "Seconds");
        Assert.Contains(TelemetryAttributes.DynamoDbTable, directive.GetProperty("Dimensions")[0].EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("emf-test", durationLine.GetProperty("service").GetString());

        var capacityLine = lines.Single(l => l.TryGetProperty(TelemetryMetricNames.ConsumedWriteCapacity, out _));
        Assert.Equal(3, capacityLine.GetProperty(TelemetryMetricNames.ConsumedWriteCapacity).GetDouble());
        var retryLine = lines.Single(l => l.TryGetProperty(TelemetryMetricNames.Retries, out _));
        Assert.Equal(2, retryLine.GetProperty(TelemetryMetricNames.Retries).GetDouble());
        Assert.Equal("UnprocessedItems", retryLine.GetProperty(TelemetryAttributes.RetryReason).GetString());

        // A flush starts over: nothing measured since, nothing written for this table.
        output.GetStringBuilder().Clear();
        exporter.Flush();
        Assert.DoesNotContain(table, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flushes_on_its_interval_and_on_dispose()
    {
        var table = "emf-timer-" + Guid.NewGuid().ToString("N")[..8];
        var output = new StringWriter();
        var exporter = new EmfMetricsExporter(new EmfWriter(output), new EmfExporterOptions { FlushInterval = TimeSpan.FromMilliseconds(100) });
        DynamoDbTelemetry.RecordUnprocessedItems(table, 4);
        await TelemetryCapture.WaitUntilAsync(() => output.ToString().Contains(table, StringComparison.Ordinal), TimeSpan.FromSeconds(5), "a timed flush");

        DynamoDbTelemetry.RecordUnprocessedItems(table + "-last", 1);
        exporter.Dispose();
        Assert.Contains(table + "-last", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_histogram_is_written_early_so_memory_stays_bounded()
    {
        var table = "emf-busy-" + Guid.NewGuid().ToString("N")[..8];
        var output = new StringWriter();
        using var exporter = new EmfMetricsExporter(new EmfWriter(output)) { MaxValuesPerSeries = 50 };
        for (var i = 0; i < 50; i++)
        {
            using var operation = DynamoDbTelemetry.StartOperation("GetItem", table);
        }

        await TelemetryCapture.WaitUntilAsync(() => output.ToString().Contains(table, StringComparison.Ordinal), TimeSpan.FromSeconds(5), "an early flush");
        var values = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.TryGetProperty(TelemetryAttributes.DynamoDbTable, out var t) && t.GetString() == table)
            .Sum(l => l.GetProperty(TelemetryMetricNames.OperationDuration).GetArrayLength());
        Assert.Equal(50, values);
    }

    [Theory]
    [InlineData("s", EmfUnit.Seconds)]
    [InlineData("ms", EmfUnit.Milliseconds)]
    [InlineData("By", EmfUnit.Bytes)]
    [InlineData("{message}", EmfUnit.Count)]
    [InlineData(null, EmfUnit.None)]
    public void Maps_instrument_units_to_cloudwatch_units(string? unit, EmfUnit expected) =>
        Assert.Equal(expected, EmfMetricsExporter.UnitOf(unit));
}
