using System.IO.Compression;
using System.Text;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ImportExport;

/// <summary>Export to DynamoDB JSON Lines and import back, against DynamoDB Local.</summary>
[Collection(DynamoDbCollection.Name)]
public sealed class ImportExportTests(DynamoDbFixture fixture)
{
    private static readonly DateTime Day = new(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    private async Task<DynamoDataContext> SeedAsync(string suffix)
    {
        var context = await fixture.CreateContextAsync(suffix);
        var writer = context.BatchWriter();
        for (var c = 0; c < 3; c++)
        {
            writer.Put(new Customer { CustomerId = "c" + c, Name = "N" + c, Email = c == 0 ? "a@example.com" : null, Tags = c == 1 ? ["x", "y"] : null, LoginCount = c });
            for (var o = 0; o < 40; o++)
            {
                writer.Put(new Order { CustomerId = "c" + c, OrderId = "o" + o, OrderDate = Day.AddDays(o), Status = o % 2 == 0 ? "NEW" : null, Total = o + 0.25m, Notes = o % 3 == 0 ? ["n", "m"] : null });
            }
        }

        await writer.ExecuteAsync();
        return context;
    }

    private async Task<Dictionary<string, string>> ScanAsync(string table)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var item in new DynamoTableExporter(new DynamoDataContext(fixture.Client)).ReadAsync(DynamoExportSource.Table(table)))
        {
            items.Add(item["pk"].S + "|" + item["sk"].S, Canonical(item));
        }

        return items;
    }

    private static string Canonical(Dictionary<string, AttributeValue> item)
    {
        var text = new StringBuilder();
        foreach (var pair in item.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(pair.Key).Append('=');
            AttributeValueText.Append(text, pair.Value);
            text.Append(';');
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_table_exported_and_imported_into_another_holds_the_same_items(bool gzip)
    {
        var source = await SeedAsync("export-" + gzip);
        var target = await fixture.CreateContextAsync("import-" + gzip);
        using var file = new MemoryStream();

        var exported = await new DynamoTableExporter(source).ExportAsync(DynamoExportSource.Table(source.TableNames.For<Order>()), file, gzip);
        file.Position = 0;
        var result = await new DynamoTableImporter(target).ImportAsync(file, DynamoImportOptions.For(target, Order.Metadata), gzip);

        Assert.Equal(123, exported);
        Assert.Equal((123L, 123L, 123L), (result.LinesRead, result.ItemsWritten, result.ResumeAfterLine));
        Assert.Empty(result.Failures);
        var before = await ScanAsync(source.TableNames.For<Order>());
        Assert.Equal(before, await ScanAsync(target.TableNames.For<Order>()));
        Assert.Equal(123, before.Count);
        var order = await target.Repository<Order>().GetAsync(Order.Keys.PrimaryKey("c1", Day.AddDays(3), "o3"), true);
        Assert.Equal(3.25m, order!.Total);
        Assert.Equal(["n", "m"], order.Notes!);
    }

    [Fact]
    public async Task The_file_is_DynamoDB_export_format_one_item_per_line()
    {
        var context = await fixture.CreateContextAsync("format");
        await context.Repository<Customer>().PutAsync(new Customer { CustomerId = "f", Name = "F", Tags = ["t"], LoginCount = 2 });
        using var file = new MemoryStream();

        await new DynamoTableExporter(context).ExportAsync(DynamoExportSource.Table(context.TableNames.For<Customer>()), file, gzip: true);

        using var text = new StreamReader(new GZipStream(new MemoryStream(file.ToArray()), CompressionMode.Decompress));
        var line = Assert.Single((await text.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("""{"Item":{""", line, StringComparison.Ordinal);
        Assert.Contains("\"pk\":{\"S\":\"CUSTOMER#f\"}", line, StringComparison.Ordinal);
        Assert.Contains("\"LoginCount\":{\"N\":\"2\"}", line, StringComparison.Ordinal);
        Assert.Contains("\"Tags\":{\"SS\":[\"t\"]}", line, StringComparison.Ordinal);
        Assert.Contains("\"Version\":{\"N\":\"1\"}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partition_or_an_index_can_be_exported_alone()
    {
        var context = await SeedAsync("partial");
        var exporter = new DynamoTableExporter(context);
        var table = context.TableNames.For<Order>();

        var partition = new List<Dictionary<string, AttributeValue>>();
        await foreach (var item in exporter.ReadAsync(DynamoExportSource.Partition(table, "pk", Order.Keys.PartitionKey("c2"))))
        {
            partition.Add(item);
        }

        using var index = new MemoryStream();
        var fromIndex = await exporter.ExportAsync(DynamoExportSource.Index(table, "gsi1"), index);
        var newOrders = await exporter.ExportAsync(DynamoExportSource.Partition(table, "gsi1_pk", Order.Keys.Gsi1.PartitionKey("NEW"), "gsi1"), new MemoryStream());

        Assert.Equal(41, partition.Count);
        Assert.All(partition, i => Assert.Equal("CUSTOMER#c2", i["pk"].S));
        Assert.Equal(60 + 1, fromIndex);             // orders with a status, and the customer with an e-mail (sparse)
        Assert.Equal(60, newOrders);
    }

    [Fact]
    public async Task Bad_lines_are_reported_by_number_and_the_rest_is_imported()
    {
        var context = await fixture.CreateContextAsync("badlines");
        var lines = string.Join('\n',
            """{"Item":{"pk":{"S":"P#1"},"sk":{"S":"S#1"},"n":{"N":"1"}}}""",
            """{"Item":{"pk":{"S":"P#1"},"sk":{"S":"S#2"},"n":{"N":"x"}}}""",
            "",
            """{"Item":{"pk":{"S":"P#1"}}}""",
            """not json""",
            """{"Item":{"pk":{"N":"5"},"sk":{"S":"S#5"}}}""",
            """{"Item":{"pk":{"S":"P#1"},"sk":{"S":"S#7"},"l":{"L":[{"BOOL":true},{"SS":[]}]}}}""",
            """{"Item":{"pk":{"S":"P#1"},"sk":{"S":"S#8"}}}""") + "\n";
        var progress = new List<DynamoImportProgress>();
        var options = new DynamoImportOptions { TableName = context.TableNames.For<Order>(), PartitionKey = "pk", SortKey = "sk", FlushSize = 2, Progress = new SynchronousProgress<DynamoImportProgress>(progress.Add) };

        var result = await new DynamoTableImporter(context).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(lines)), options);

        Assert.Equal(2, result.ItemsWritten);
        Assert.Equal(8, result.ResumeAfterLine);
        Assert.Equal([2L, 4, 5, 6, 7], result.Failures.Select(f => f.LineNumber));
        Assert.Equal("Item.n: N is not a number", result.Failures[0].Reason);
        Assert.Equal("the item has no key attribute 'sk'", result.Failures[1].Reason);
        Assert.StartsWith("not valid JSON", result.Failures[2].Reason, StringComparison.Ordinal);
        Assert.Equal("DynamoDB refused the item: ValidationException", result.Failures[3].Reason);
        Assert.Equal("Item.l[1]: SS is empty (DynamoDB sets have at least one member)", result.Failures[4].Reason);
        Assert.All(result.Failures, f => Assert.Equal(DynamoBatchOutcome.NotProcessed, f.Outcome));
        Assert.Equal(8, progress[^1].ResumeAfterLine);
        Assert.Equal(2, progress[^1].ItemsWritten);
        Assert.NotNull((await fixture.Client.GetItemAsync(options.TableName, new() { ["pk"] = new() { S = "P#1" }, ["sk"] = new() { S = "S#8" } })).Item);
    }

    [Fact]
    public async Task An_interrupted_import_resumes_after_the_reported_line()
    {
        var context = await fixture.CreateContextAsync("resume");
        var lines = string.Join('\n', Enumerable.Range(1, 10).Select(i => "{\"Item\":{\"pk\":{\"S\":\"R\"},\"sk\":{\"S\":\"" + i.ToString("00") + "\"}}}"));
        var options = new DynamoImportOptions { TableName = context.TableNames.For<Order>(), PartitionKey = "pk", SortKey = "sk", StartAfterLine = 6 };

        var result = await new DynamoTableImporter(context).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(lines)), options);

        Assert.Equal((4L, 10L), (result.ItemsWritten, result.ResumeAfterLine));
        var stored = await fixture.Client.QueryAsync(new QueryRequest
        {
            TableName = options.TableName,
            KeyConditionExpression = "pk = :r",
            ExpressionAttributeValues = new() { [":r"] = new AttributeValue { S = "R" } },
        });
        Assert.Equal(["07", "08", "09", "10"], stored.Items.Select(i => i["sk"].S));
    }

    [Fact]
    public async Task Unprocessed_batch_items_are_retried_until_written()
    {
        using var faulty = fixture.CreateFaultyClient();
        faulty.HoldBack = (_, offered) => offered < 2;   // every item comes back unprocessed twice
        var context = await fixture.CreateContextAsync("retries", faulty, o => o.RetryPolicy = new DynamoRetryPolicy { MaxAttempts = 5, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) });
        var lines = string.Join('\n', Enumerable.Range(1, 30).Select(i => "{\"Item\":{\"pk\":{\"S\":\"T\"},\"sk\":{\"S\":\"" + i.ToString("00") + "\"}}}"));

        var result = await new DynamoTableImporter(context).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(lines)), new DynamoImportOptions { TableName = context.TableNames.For<Order>(), PartitionKey = "pk", SortKey = "sk" });

        Assert.Equal(30, result.ItemsWritten);
        Assert.Empty(result.Failures);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
