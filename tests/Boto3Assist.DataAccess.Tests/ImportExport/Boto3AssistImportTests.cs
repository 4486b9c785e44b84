using System.IO.Compression;
using System.Text;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ImportExport;

/// <summary>
/// boto3-assist's import files (<c>DynamoDBImporter.import_json_file</c>): a .json array of plain items, a .gz array of
/// <c>{"Item":...}</c> in DynamoDB JSON, or .gz JSON Lines; imported against DynamoDB Local and read back.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class Boto3AssistImportTests(DynamoDbFixture fixture)
{
    private static DynamoImportOptions Options(DynamoDataContext context, long startAfter = 0) => new()
    {
        TableName = context.TableNames.For<Customer>(),
        PartitionKey = "pk",
        SortKey = "sk",
        Format = DynamoImportFormat.Boto3AssistJson,
        StartAfterLine = startAfter,
    };

    private static MemoryStream Text(string json, bool gzip = false)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (!gzip)
        {
            return new MemoryStream(bytes);
        }

        var file = new MemoryStream();
        using (var zip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(bytes);
        }

        file.Position = 0;
        return file;
    }

    // A plain item as a Python user writes it for boto3's resource API: the generated attribute names, untyped values.
    private static string PlainCustomer(string id, string name, int logins, string extra = "")
        => $$"""{"pk": "CUSTOMER#{{id}}", "sk": "PROFILE", "_type": "Customer", "CustomerId": "{{id}}", "Name": "{{name}}", "LoginCount": {{logins}}, "Version": 1{{extra}}}""";

    private async Task<Dictionary<string, AttributeValue>> RawAsync(DynamoDataContext context, string id)
        => (await fixture.Client.GetItemAsync(new GetItemRequest
        {
            TableName = context.TableNames.For<Customer>(),
            Key = new() { ["pk"] = new() { S = "CUSTOMER#" + id }, ["sk"] = new() { S = "PROFILE" } },
            ConsistentRead = true,
        })).Item;

    [Fact]
    public async Task A_json_array_of_plain_items_is_imported_with_the_types_boto3_gives_them()
    {
        var context = await fixture.CreateContextAsync("b3a-plain");
        var file = Text($$"""
            [
              {{PlainCustomer("c1", "Ada", 3, """, "score": 12.50, "big": 12345678901234567890123456789012345678, "active": true, "note": null, "extra": {"list": [1, "x", false, {"deep": "y"}]}""")}},
              {{PlainCustomer("c2", "Grace", 0)}}
            ]
            """);

        var result = await new DynamoTableImporter(context).ImportAsync(file, Options(context));

        Assert.Empty(result.Failures);
        Assert.Equal((2L, 2L, 2L), (result.LinesRead, result.ItemsWritten, result.ResumeAfterLine));
        var ada = await context.Repository<Customer>().GetAsync(Customer.Keys.PrimaryKey("c1"), consistentRead: true);
        Assert.Equal(("c1", "Ada", 3, 1L), (ada!.CustomerId, ada.Name, ada.LoginCount, ada.Version));
        Assert.Equal("Grace", (await context.Repository<Customer>().GetAsync(Customer.Keys.PrimaryKey("c2"), consistentRead: true))!.Name);

        var raw = await RawAsync(context, "c1");
        Assert.Equal("12.5", raw["score"].N); // DynamoDB normalises the number; its value is kept exactly
        Assert.Equal("12345678901234567890123456789012345678", raw["big"].N);
        Assert.True(raw["active"].BOOL);
        Assert.True(raw["note"].NULL);
        var list = raw["extra"].M["list"].L;
        Assert.Equal(("1", "x", false, "y"), (list[0].N, list[1].S, list[2].BOOL, list[3].M["deep"].S));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_gzip_file_holds_DynamoDB_JSON_as_an_array_or_as_lines(bool asLines)
    {
        var context = await fixture.CreateContextAsync("b3a-gzip-" + asLines);
        string Typed(string id, string name) => "{\"Item\": {\"pk\": {\"S\": \"CUSTOMER#" + id + "\"}, \"sk\": {\"S\": \"PROFILE\"}, \"_type\": {\"S\": \"Customer\"}, "
            + "\"CustomerId\": {\"S\": \"" + id + "\"}, \"Name\": {\"S\": \"" + name + "\"}, \"LoginCount\": {\"N\": \"7\"}, \"Tags\": {\"SS\": [\"a\", \"b\"]}, \"Version\": {\"N\": \"2\"}}}";
        var json = asLines
            ? Typed("c1", "Ada") + "\n" + Typed("c2", "Grace") + "\n"
            : "[" + Typed("c1", "Ada") + ",\n" + Typed("c2", "Grace") + "]";

        var result = await new DynamoTableImporter(context).ImportAsync(Text(json, gzip: true), Options(context), gzip: true);

        Assert.Empty(result.Failures);
        Assert.Equal(2L, result.ItemsWritten);
        var ada = await context.Repository<Customer>().GetAsync(Customer.Keys.PrimaryKey("c1"), consistentRead: true);
        Assert.Equal(("Ada", 7, 2L), (ada!.Name, ada.LoginCount, ada.Version));
        Assert.Equal(["a", "b"], ada.Tags!.Order());
    }

    [Fact]
    public async Task Bad_elements_are_reported_by_number_and_an_import_resumes_after_the_reported_element()
    {
        var context = await fixture.CreateContextAsync("b3a-bad");
        var json = "[" + PlainCustomer("c1", "Ada", 1) + ", {\"pk\": \"CUSTOMER#c2\"}, 42, " + PlainCustomer("c4", "Edsger", 4) + ", " + PlainCustomer("c5", "Barbara", 5) + "]";

        var first = await new DynamoTableImporter(context).ImportAsync(Text(json), Options(context));

        Assert.Equal([2L, 3L], first.Failures.Select(f => f.LineNumber));
        Assert.Contains("no key attribute 'sk'", first.Failures[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not a JSON object", first.Failures[1].Reason, StringComparison.Ordinal);
        Assert.Equal((5L, 3L), (first.LinesRead, first.ItemsWritten));

        // A second run told to start after element 4 writes element 5 only: element 4 keeps its first import.
        await fixture.Client.DeleteItemAsync(context.TableNames.For<Customer>(), new() { ["pk"] = new() { S = "CUSTOMER#c5" }, ["sk"] = new() { S = "PROFILE" } });
        await context.Repository<Customer>().PutAsync(new Customer { CustomerId = "c4", Name = "changed since", LoginCount = 9, Version = 1 });
        var resumed = await new DynamoTableImporter(context).ImportAsync(Text(json), Options(context, startAfter: 4));

        Assert.Equal((5L, 1L), (resumed.LinesRead, resumed.ItemsWritten));
        Assert.Equal("changed since", (await context.Repository<Customer>().GetAsync(Customer.Keys.PrimaryKey("c4"), consistentRead: true))!.Name);
        Assert.Equal("Barbara", (await context.Repository<Customer>().GetAsync(Customer.Keys.PrimaryKey("c5"), consistentRead: true))!.Name);
    }

    [Theory]
    [InlineData("[" + "{\"pk\": \"CUSTOMER#c1\", \"sk\": \"PROFILE\"}, {\"pk\": ", "the file ends inside an element")]
    [InlineData("[" + "{\"pk\": \"CUSTOMER#c1\", \"sk\": \"PROFILE\"}, {\"pk\" \"x\"}]", "not valid JSON")]
    [InlineData("{\"items\": []", "the file ends inside an element")]
    [InlineData("\"text\"", "neither a JSON array of items nor JSON Lines")]
    public async Task Broken_json_stops_the_read_with_a_numbered_error_after_importing_what_came_before(string json, string reason)
    {
        var context = await fixture.CreateContextAsync("b3a-broken-" + Math.Abs(json.GetHashCode(StringComparison.Ordinal)) % 1000);

        var result = await new DynamoTableImporter(context).ImportAsync(Text(json), Options(context));

        var failure = Assert.Single(result.Failures);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
        Assert.Equal(json.StartsWith('[') ? 2L : 1L, failure.LineNumber);
        Assert.Equal(json.StartsWith('[') ? 1L : 0L, result.ItemsWritten);
    }
}
