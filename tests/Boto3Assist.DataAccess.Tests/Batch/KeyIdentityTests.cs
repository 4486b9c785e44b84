using System.Text;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Batch;

/// <summary>
/// The batch getter and writer match every item DynamoDB answers to the key it was asked for by the key's text
/// (<c>AttributeValueText.Key</c> of a request key, <c>KeyOf</c> of an answered item). Both must give one text for one
/// key whatever the attribute order, the other attributes of the item or the key's types, and different texts for
/// different keys: the batch's matching and its per-key failures rest on it.
/// </summary>
public sealed class KeyIdentityTests
{
    private static readonly string[] Names = ["pk", "sk", "PK", "a", "gsi1_pk", "Id", "b#", "zz"];

    // The rule written plainly: every attribute, names in ordinal order.
    private static string Reference(IReadOnlyDictionary<string, AttributeValue> key)
    {
        var text = new StringBuilder("{");
        var first = true;
        foreach (var pair in key.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(first ? string.Empty : ", ").Append(pair.Key).Append('=');
            AttributeValueText.Append(text, pair.Value);
            first = false;
        }

        return text.Append('}').ToString();
    }

    private static AttributeValue Value(Random random) => random.Next(3) switch
    {
        0 => new AttributeValue { S = "v" + random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        1 => new AttributeValue { N = random.Next(-50, 50).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        _ => new AttributeValue { B = new MemoryStream([(byte)random.Next(256), (byte)random.Next(256)]) },
    };

    [Fact]
    public void The_text_of_a_key_is_the_rule_for_one_or_two_attributes_in_any_order_and_more()
    {
        var random = new Random(20261130);
        for (var round = 0; round < 2000; round++)
        {
            var count = 1 + random.Next(3);
            var names = Names.OrderBy(_ => random.Next()).Take(count).ToList();
            var key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                key[name] = Value(random);
            }

            Assert.Equal(Reference(key), AttributeValueText.Key(key));
            Assert.Equal("orders\n" + Reference(key), AttributeValueText.Key("orders", key));
        }
    }

    [Fact]
    public void The_key_of_an_item_reads_only_its_key_attributes_and_matches_the_requested_key()
    {
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var names = Names.OrderBy(_ => random.Next()).Take(2 + random.Next(4)).ToList();
            var (partitionKey, sortKey) = (names[0], random.Next(2) == 0 ? null : names[1]);
            var item = names.ToDictionary(n => n, _ => Value(random), StringComparer.Ordinal);
            var requested = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [partitionKey] = item[partitionKey] };
            if (sortKey is not null)
            {
                requested[sortKey] = item[sortKey];
            }

            Assert.Equal(AttributeValueText.Key(requested), AttributeValueText.KeyOf(item, partitionKey, sortKey));
            Assert.Equal(Reference(requested), AttributeValueText.KeyOf(item, partitionKey, sortKey));
            Assert.Equal("orders\n" + Reference(requested), AttributeValueText.KeyOf("orders", item, partitionKey, sortKey));

            // The same identity read from the item as DynamoDB JSON (how the HTTP transport matches answered items).
            Assert.Equal("orders\n" + Reference(requested), DynamoBatchKeyJson.IdentityOf(JsonReaderOn(item), "orders", partitionKey, sortKey));
        }
    }

    private static System.Text.Json.Utf8JsonReader JsonReaderOn(Dictionary<string, AttributeValue> item)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            DynamoItemJson.WriteItem(writer, item);
        }

        var reader = new System.Text.Json.Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        return reader;
    }

    [Fact]
    public void Different_keys_have_different_texts()
    {
        var a = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "1" }, ["sk"] = new() { S = "2" } };
        var b = new Dictionary<string, AttributeValue> { ["pk"] = new() { N = "1" }, ["sk"] = new() { S = "2" } };
        var c = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "2" }, ["sk"] = new() { S = "1" } };
        var d = new Dictionary<string, AttributeValue> { ["sk"] = new() { S = "2" }, ["pk"] = new() { S = "1" } };
        Assert.Equal(3, new[] { a, b, c }.Select(AttributeValueText.Key).Distinct().Count());
        Assert.Equal(AttributeValueText.Key(a), AttributeValueText.Key(d));
        Assert.Equal("{pk=", AttributeValueText.Key(a)[..4]);
    }
}
