using System.Text;
using System.Text.Json;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// Malformed DynamoDB JSON given to the generated wire readers (truncated, wrong tokens, bad numbers, bad base64, too deep)
/// is a <see cref="DynamoMappingException"/> naming the entity and the attribute path, never a JsonException,
/// FormatException or InvalidOperationException.
/// </summary>
public sealed class WireBadInputTests
{
    private static Order SampleOrder() => new()
    {
        CustomerId = "c1",
        OrderId = "o1",
        OrderDate = new DateTime(2024, 5, 1, 13, 45, 30, DateTimeKind.Utc),
        Status = OrderStatus.Paid,
        ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000),
        Total = 12.5m,
        Lines = [new("A", 1, 1.25m), new("B", 2, 2m)],
    };

    private static DynamoMappingException ReadOrder(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return Assert.Throws<DynamoMappingException>(() => WireJson.Read<Order>(bytes));
    }

    [Fact]
    public void Every_truncation_of_an_item_is_a_mapping_error_whether_or_not_more_data_may_follow()
    {
        var json = WireJson.Write(SampleOrder());
        for (var length = 1; length < json.Length; length++)
        {
            foreach (var isFinalBlock in new[] { true, false })
            {
                var prefix = json.AsSpan(0, length).ToArray();
                var e = Assert.Throws<DynamoMappingException>(() => WireJson.Read<Order>(prefix, isFinalBlock));
                Assert.Equal("Order", e.Entity);
            }
        }
    }

    [Theory]
    [InlineData("""{"CustomerId":{"S":5}}""", "CustomerId")]
    [InlineData("""{"CustomerId":{"S":"a","N":"1"}}""", "CustomerId")]
    [InlineData("""{"CustomerId":{}}""", "CustomerId")]
    [InlineData("""{"CustomerId":{"X":"a"}}""", "CustomerId")]
    [InlineData("""{"CustomerId":"a"}""", "CustomerId")]
    [InlineData("""{"CustomerId":["a"]}""", "CustomerId")]
    [InlineData("""{"CustomerId":{"NULL":false}}""", "CustomerId")]
    [InlineData("""{"Total":{"N":"abc"}}""", "Total")]
    [InlineData("""{"Total":{"N":true}}""", "Total")]
    [InlineData("""{"Total":{"N":1e}}""", "Total")]
    [InlineData("""{"OrderDate":{"S":"yesterday"}}""", "OrderDate")]
    [InlineData("""{"Lines":{"L":{}}}""", "Lines")]
    [InlineData("""{"Lines":{"L":[{"M":{"Sku":{"S":1}}}]}}""", "Lines[0].Sku")]
    [InlineData("""{"Lines":{"L":[{"M":{"Sku":{"S":"a"},"Quantity":{"N":"x"}}}]}}""", "Lines[0].Quantity")]
    [InlineData("""{"Lines":{"L":[{"M":{"Sku":{"S":"a"},"Quantity":{"N":"1"},"UnitPrice":{"N":"1"}}},{"M":[]}]}}""", "Lines[1]")]
    [InlineData("""{"Lines":{"L":[{"S":"a"}]}}""", "Lines[0]")]
    [InlineData("""{"Status":{"S":"Unknown"}}""", "Status")]
    [InlineData("""{"ExpiresAt":{"N":"1.5"}}""", "ExpiresAt")]
    [InlineData("""{"ExpiresAt":{"N":"999999999999999"}}""", "ExpiresAt")]
    [InlineData("""{"CustomerId":{"S":"a"} "OrderId":{"S":"b"}}""", "")]
    [InlineData("""{"CustomerId":{"S":"a"},}""", "")]
    public void Malformed_json_names_the_attribute(string json, string attribute)
    {
        var e = ReadOrder(json);

        Assert.Equal("Order", e.Entity);
        Assert.Equal(attribute, e.Attribute);
    }

    // Text that is not JSON at all, at every depth: the JSON reader's own error, named by the attribute path the item
    // reader was on (empty between two attributes of the item; the element between two elements of a list).
    [Theory]
    [InlineData("Order", """{"Total":{"N":1x}}""", "Total")]
    [InlineData("Order", """{"CustomerId":{"S":"a"},"Total":{"N":"1"},}""", "")]
    [InlineData("Order", """{"Lines":{"L":[{"M":{"Sku":{"S":"a"},"Quantity":{"N":1x}}}]}}""", "Lines[0].Quantity")]
    [InlineData("Order", """{"Lines":{"L":[{"M":{"Sku":{"S":"a"},}}]}}""", "Lines[0]")]
    [InlineData("Order", """{"Lines":{"L":[{"M":{"Sku":{S:"a"}}}]}}""", "Lines[0].Sku")]
    [InlineData("Order", """{"Unknown":{"L":[1,]},"CustomerId":{"S":"a"}}""", "Unknown")]
    [InlineData("CollectionMatrix", """{"StringMap":{"M":{"a":{"S":tru}}}}""", "StringMap.a")]
    [InlineData("CollectionMatrix", """{"StringMap":{"M":{"a":{"S":"x"},}}}""", "StringMap.a")]
    [InlineData("CollectionMatrix", """{"StringSet":{"SS":["a",]}}""", "StringSet")]
    [InlineData("CollectionMatrix", """{"IntSet":{"NS":["1" "2"]}}""", "IntSet")]
    [InlineData("CollectionMatrix", """{"NestedLists":{"L":[{"L":[{"N":"1"},{"N":2x}]}]}}""", "NestedLists[0][1]")]
    [InlineData("ScalarMatrix", """{"Bytes":{"B":"AAEC",}}""", "Bytes")]
    [InlineData("ScalarMatrix", """{"ColorByNumber":{"M":{"value__":{"N":1x}}}}""", "ColorByNumber")]
    public void Text_that_is_not_json_is_named_by_the_attribute_path_at_any_depth(string entity, string json, string attribute)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var e = Assert.Throws<DynamoMappingException>(() => _ = entity switch
        {
            "Order" => (object)WireJson.Read<Order>(bytes),
            "CollectionMatrix" => WireJson.Read<CollectionMatrix>(bytes),
            _ => WireJson.Read<ScalarMatrix>(bytes),
        });

        Assert.Equal((entity, attribute, "valid DynamoDB JSON"), (e.Entity, e.Attribute, e.Expected));
        Assert.StartsWith("malformed JSON (", e.Found, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(e.InnerException);
    }

    [Fact]
    public void An_item_that_is_not_an_object_is_a_mapping_error()
    {
        var e = ReadOrder("""["pk"]""");

        Assert.Equal(("Order", ""), (e.Entity, e.Attribute));
    }

    [Theory]
    [InlineData("""{"Bytes":{"B":"!!not base64"}}""")]
    [InlineData("""{"Bytes":{"B":5}}""")]
    public void Bad_base64_is_a_mapping_error(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var e = Assert.Throws<DynamoMappingException>(() => WireJson.Read<ScalarMatrix>(bytes));

        Assert.Equal(("ScalarMatrix", "Bytes"), (e.Entity, e.Attribute));
    }

    [Theory]
    [InlineData("""{"StringSet":{"SS":[]}}""", "StringSet")]
    [InlineData("""{"IntSet":{"NS":["1","x"]}}""", "IntSet")]
    [InlineData("""{"IntSet":{"NS":"1"}}""", "IntSet")]
    [InlineData("""{"StringMap":{"M":{"a":{"N":"1"}}}}""", "StringMap.a")]
    [InlineData("""{"NestedLists":{"L":[{"L":[{"N":"1"},{"S":"x"}]}]}}""", "NestedLists[0][1]")]
    public void Collections_name_the_element(string json, string attribute)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var e = Assert.Throws<DynamoMappingException>(() => WireJson.Read<CollectionMatrix>(bytes));

        Assert.Equal(("CollectionMatrix", attribute), (e.Entity, e.Attribute));
    }

    [Fact]
    public void Json_nested_deeper_than_the_reader_allows_is_a_mapping_error_without_overflowing_the_stack()
    {
        var json = new StringBuilder("""{"Id":{"S":"x"},"Root":""");
        for (var i = 0; i < 100_000; i++)
        {
            json.Append("""{"M":{"Parent":""");
        }

        var bytes = Encoding.UTF8.GetBytes(json.ToString());
        var e = Assert.Throws<DynamoMappingException>(() => WireJson.Read<Category>(bytes));

        Assert.Equal("Category", e.Entity);
        Assert.StartsWith("Root.Parent", e.Attribute, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_attributes_of_any_shape_are_skipped_and_bare_json_numbers_read_as_N()
    {
        var order = SampleOrder();
        var json = Encoding.UTF8.GetString(WireJson.Write(order));
        var extended = json.Insert(1, "\"other\":{\"M\":{\"deep\":{\"L\":[{\"N\":\"1\"},{\"BS\":[\"AQ==\"]}]}}},\"more\":{\"NULL\":true},")
            .Replace("\"Total\":{\"N\":\"12.5\"}", "\"Total\":{\"N\":12.5}", StringComparison.Ordinal);
        Assert.Contains("12.5}", extended, StringComparison.Ordinal);

        DeepEquality.AssertEqual(order, WireJson.Read<Order>(Encoding.UTF8.GetBytes(extended)));
    }

    [Fact]
    public void The_reader_reads_one_item_out_of_a_larger_document_and_stops_on_its_end()
    {
        var items = Encoding.UTF8.GetBytes("""{"Items":[""" + Encoding.UTF8.GetString(WireJson.Write(SampleOrder())) + "," + Encoding.UTF8.GetString(WireJson.Write(SampleOrder() with { OrderId = "o2" })) + "]}");
        var reader = new Utf8JsonReader(items);
        var read = new List<Order>();
        reader.Read();
        reader.Read();
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            read.Add(Order.FromItemJson(ref reader));
        }

        Assert.Equal(["o1", "o2"], read.Select(o => o.OrderId));
    }
}
