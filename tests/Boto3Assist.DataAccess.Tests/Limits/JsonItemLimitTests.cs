using System.Buffers;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Limits;

/// <summary>
/// The HTTP transport checks an item it wrote as DynamoDB JSON; the SDK transport checks the <c>ToItem</c>
/// dictionary. For the same item both must count the same size and refuse with the same exception and message:
/// every value type, escaped text (non-ASCII, quotes, the <c>+</c> of an exponent and of base64), the 400 KB edge,
/// key values and nesting at their limits.
/// </summary>
public sealed class JsonItemLimitTests
{
    public static TheoryData<string> Items() => new(Cases().Keys);

    [Theory]
    [MemberData(nameof(Items))]
    public void The_json_check_counts_and_refuses_as_the_dictionary_check(string name)
    {
        var item = Cases()[name];
        var expected = DynamoItemLimits.FindInItem(LimitDoc.Metadata, item);

        var actual = DynamoItemJsonLimits.FindInItem(LimitDoc.Metadata, Json(item), out var size);

        Assert.Equal(DynamoItemSize.Of(item), size);
        Assert.Equal(expected?.Message, actual?.Message);
        Assert.Equal(expected?.Limit, actual?.Limit);
        Assert.Equal(expected?.AttributeName, actual?.AttributeName);
    }

    [Fact]
    public void The_cases_hold_both_accepted_and_refused_items_of_every_limit()
    {
        var refused = Cases().Values.Select(i => DynamoItemLimits.FindInItem(LimitDoc.Metadata, i)?.Limit).ToList();
        Assert.Contains(null, refused);
        Assert.Contains(DynamoLimit.ItemSize, refused);
        Assert.Contains(DynamoLimit.PartitionKeySize, refused);
        Assert.Contains(DynamoLimit.SortKeySize, refused);
        Assert.Contains(DynamoLimit.EmptyKeyValue, refused);
        Assert.Contains(DynamoLimit.NestingDepth, refused);
    }

    private static Dictionary<string, Dictionary<string, AttributeValue>> Cases()
    {
        var cases = new Dictionary<string, Dictionary<string, AttributeValue>>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, AttributeValue>
        {
            ["map"] = new() { M = new() { ["a"] = new() { S = "x" }, ["bé\"q"] = new() { M = new() { ["c"] = new() { S = "yz" } } }, ["d"] = new() { M = new() } } },
            ["list"] = new() { L = [new() { S = "x" }, new() { L = [new() { S = "yz" }, new() { L = [] }] }] },
            ["sets"] = new() { SS = ["a", "bé"], },
            ["number-set"] = new() { NS = ["1", "-2.50", "1E+5"] },
            ["binary-set"] = new() { BS = [new MemoryStream([0xfb, 0xff]), new MemoryStream([1])] },
            ["numbers"] = new() { L = [new() { N = "12345" }, new() { N = "-0.00120" }, new() { N = "1E+100" }, new() { N = "0" }, new() { N = "-1" }, new() { N = "-123456789012345678901234567890" }, new() { N = "9.9E+125" }, new() { N = "-1E-130" }] },
            ["scalars"] = new() { L = [new() { BOOL = true }, new() { NULL = true }, new() { B = new MemoryStream([0xfb, 0xef, 0xbe]) }] },
        };
        foreach (var (shape, value) in shapes)
        {
            foreach (var extra in new[] { 0, 1 })
            {
                var item = new Dictionary<string, AttributeValue> { ["Owner"] = new() { S = "count" }, ["Name"] = new() { S = shape + extra }, ["Shape"] = value };
                item["Body"] = new AttributeValue { S = Refusals.TwoByteText(DynamoItemSize.MaxItemBytes + extra - (int)DynamoItemSize.Of(item) - "Body".Length) };
                cases[shape + "+" + extra] = item;
            }
        }

        cases["pk-2048"] = Doc(new LimitDoc { Owner = Refusals.TwoByteText(2048), Name = "n" });
        cases["pk-2049"] = Doc(new LimitDoc { Owner = Refusals.TwoByteText(2049), Name = "n" });
        cases["sk-1025"] = Doc(new LimitDoc { Owner = "o", Name = Refusals.TwoByteText(1025) });
        cases["pk-empty"] = Doc(new LimitDoc { Owner = string.Empty, Name = "n" });
        cases["gsi-pk-2049"] = Doc(new LimitDoc { Owner = "o", Name = "n", Tag = Refusals.Text(2048 - 4 + 1), Label = "l" });
        cases["binary-body"] = Doc(new LimitDoc { Owner = "o", Name = "n", Blob = [0xfb, 0xff, 0xfe, 0x00] });
        cases["nested-31"] = Doc(new LimitDoc { Owner = "o", Name = "n", Tree = new NestedMaps(31) });
        cases["nested-32"] = Doc(new LimitDoc { Owner = "o", Name = "n", Tree = new NestedMaps(32), Body = Refusals.Text(DynamoItemSize.MaxItemBytes) });
        cases["nested-32-and-pk-2049"] = Doc(new LimitDoc { Owner = Refusals.Text(2049), Name = "n", Tree = new NestedMaps(32) });
        return cases;
    }

    private static Dictionary<string, AttributeValue> Doc(LimitDoc doc) => doc.ToItem();

    // Written as the HTTP transport writes JSON: the default encoder, which escapes non-ASCII, quotes and '+'.
    private static byte[] Json(Dictionary<string, AttributeValue> item)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DynamoItemJson.WriteItem(writer, item);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
