using System.Text;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ImportExport;

/// <summary>The JSON Lines format on its own: every attribute type written and read back, and the edges of lines.</summary>
public sealed class JsonLinesFormatTests
{
    private static Dictionary<string, AttributeValue> EveryType() => new()
    {
        ["s"] = new() { S = "quote \" and \u00e9 and \n" },
        ["n"] = new() { N = "-12.5E-3" },
        ["b"] = new() { B = new MemoryStream([0, 1, 254, 255]) },
        ["t"] = new() { BOOL = true },
        ["f"] = new() { BOOL = false },
        ["z"] = new() { NULL = true },
        ["ss"] = new() { SS = ["a", "b"] },
        ["ns"] = new() { NS = ["1", "2"] },
        ["bs"] = new() { BS = [new MemoryStream([1]), new MemoryStream([2, 3])] },
        ["l"] = new() { L = [new() { S = "x" }, new() { L = [] }, new() { M = new() { ["k"] = new() { N = "1" } } }] },
        ["m"] = new() { M = new() { ["empty"] = new() { M = [] } } },
    };

    private static string Canonical(IReadOnlyDictionary<string, AttributeValue> item)
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

    private static async IAsyncEnumerable<IReadOnlyDictionary<string, AttributeValue>> Of(params Dictionary<string, AttributeValue>[] items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        await Task.CompletedTask;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_attribute_type_is_written_and_read_back(bool gzip)
    {
        using var file = new MemoryStream();
        Assert.Equal(2, await DynamoJsonLines.WriteAsync(file, Of(EveryType(), new() { ["pk"] = new() { S = "2" } }), gzip));
        file.Position = 0;

        var lines = new List<DynamoJsonLine>();
        await foreach (var line in DynamoJsonLines.ReadAsync(file, gzip))
        {
            lines.Add(line);
        }

        Assert.Equal([1L, 2L], lines.Select(l => l.LineNumber));
        Assert.Equal(Canonical(EveryType()), Canonical(lines[0].Item!));
        Assert.Equal("2", lines[1].Item!["pk"].S);
    }

    [Fact]
    public async Task The_line_is_the_documented_shape()
    {
        using var file = new MemoryStream();
        await DynamoJsonLines.WriteAsync(file, Of(new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "A#1" }, ["n"] = new() { N = "2" }, ["b"] = new() { B = new MemoryStream([1, 2]) } }));

        Assert.Equal("{\"Item\":{\"pk\":{\"S\":\"A#1\"},\"n\":{\"N\":\"2\"},\"b\":{\"B\":\"AQI=\"}}}\n", Encoding.UTF8.GetString(file.ToArray()));
    }

    [Fact]
    public async Task Crlf_blank_lines_a_missing_final_newline_and_long_lines_are_read()
    {
        var big = new string('x', 200_000);
        var text = "{\"Item\":{\"pk\":{\"S\":\"1\"}}}\r\n\r\n   \n{\"Item\":{\"pk\":{\"S\":\"" + big + "\"}}}\n{\"Other\":1}\n{\"Item\":{\"pk\":{\"S\":\"6\"}}}";
        var lines = new List<DynamoJsonLine>();
        await foreach (var line in DynamoJsonLines.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))))
        {
            lines.Add(line);
        }

        Assert.Equal([1L, 4, 5, 6], lines.Select(l => l.LineNumber));
        Assert.Equal("1", lines[0].Item!["pk"].S);
        Assert.Equal(big, lines[1].Item!["pk"].S);
        Assert.Equal("the line has no \"Item\"", lines[2].Error);
        Assert.Equal("6", lines[3].Item!["pk"].S);
    }

    [Fact]
    public async Task A_value_without_a_type_is_refused_when_written()
    {
        var ex = await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => DynamoJsonLines.WriteAsync(new MemoryStream(), Of(new Dictionary<string, AttributeValue> { ["lines"] = new() })));
        Assert.Contains("lines", ex.Message, StringComparison.Ordinal);
    }
}
