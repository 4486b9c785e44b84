using Boto3Assist.Shared.Model.Schema;

namespace Boto3Assist.Analyzers.Tests.Schema;

/// <summary>The stored shape read from a model: attribute names and DynamoDB types as the mapping writes them, keys, requirements.</summary>
public class StoredShapeTests
{
    [Fact]
    public void Shape_lists_every_stored_attribute_with_its_dynamodb_type_and_whether_fromitem_needs_it()
    {
        var shape = SchemaFileText.Shape(
            """
            namespace Shop;
            public enum Status { Open, Closed }
            public sealed class Line { public string Sku { get; init; } = ""; public int Quantity { get; init; } }
            public sealed class Address { public required string City { get; init; } public string? Zip { get; init; } }
            [DynamoTable("shop", EntityType = "order")]
            [PartitionKey("CUSTOMER#{CustomerId}")]
            [SortKey("ORDER#{CreatedOn:yyyy-MM-dd}#{Id}")]
            [GsiKey("gsi1", "STATUS#{State}", "{Id}")]
            [SchemaVersion(3)]
            public partial class Order
            {
                public required string Id { get; init; }
                public required string CustomerId { get; init; }
                public DateOnly CreatedOn { get; init; }
                public decimal Total { get; init; }
                public bool Paid { get; init; }
                public Status State { get; init; }
                [DynamoAttribute(EnumFormat = DynamoEnumFormat.Number)] public Status Previous { get; init; }
                public byte[]? Receipt { get; init; }
                public HashSet<string> Tags { get; init; } = new();
                public List<int> Scores { get; init; } = new();
                public Dictionary<string, decimal> Prices { get; init; } = new();
                public List<Line> Lines { get; init; } = new();
                public Address? Shipping { get; init; }
                [Ttl] public DateTimeOffset? ExpiresAt { get; init; }
                [DynamoAttribute("note_text")] public string? Note { get; init; }
                [DynamoIgnore] public string Scratch { get; set; } = "";
            }
            """,
            "Shop.Order");

        Assert.Equal("Shop.Order", shape.Entity);
        Assert.Equal("shop", shape.Table);
        Assert.Equal("_type", shape.DiscriminatorAttribute);
        Assert.Equal("order", shape.DiscriminatorValue);
        Assert.Equal(3, shape.SchemaVersion);
        Assert.Equal("_schema_version", shape.SchemaVersionAttribute);
        Assert.Equal("ExpiresAt", shape.TtlAttribute);
        Assert.Equal(
            new[]
            {
                "partition pk S CUSTOMER#{CustomerId}",
                "sort sk S ORDER#{CreatedOn:yyyy-MM-dd}#{Id}",
                "gsi-partition gsi1 gsi1_pk S STATUS#{State}",
                "gsi-sort gsi1 gsi1_sk S {Id}",
            },
            shape.Keys.Select(k => string.Join(" ", new[] { k.Role, k.Index, k.Attribute, k.Type, k.Template }.Where(p => p is not null))));
        Assert.Equal(
            new[]
            {
                "CreatedOn S required",
                "CustomerId S required",
                "ExpiresAt N optional",
                "Id S required",
                "Lines L<M> optional",
                "Lines[].Quantity N required",
                "Lines[].Sku S optional",
                "Paid BOOL required",
                "Previous N required",
                "Prices M<N> optional",
                "Receipt B optional",
                "Scores L<N> optional",
                "Shipping M optional",
                "Shipping.City S required",
                "Shipping.Zip S optional",
                "State S required",
                "Tags SS optional",
                "Total N required",
                "note_text S optional",
            },
            shape.Attributes.Select(a => a.Path + " " + a.Type + " " + (a.Required ? "required" : "optional")));
    }

    [Fact]
    public void A_stored_computed_member_is_listed_but_never_required_since_fromitem_does_not_read_it()
    {
        var shape = SchemaFileText.Shape(
            """
            namespace Help;
            [DynamoTable("tickets")]
            [PartitionKey("TICKET#{Id}")]
            public partial class Ticket
            {
                public required string Id { get; init; }
                public required string Title { get; init; }
                public DateTime? ClosedAt { get; init; }
                [DynamoAttribute("title_search")] public string TitleSearch => Title.ToLowerInvariant();
                [Ttl] public DateTime? ExpiresAt => ClosedAt?.AddDays(30);
                public int TitleLength => Title.Length;
            }
            """,
            "Help.Ticket");

        Assert.Equal(
            new[] { "ClosedAt S optional", "ExpiresAt N optional", "Id S required", "Title S required", "title_search S optional" },
            shape.Attributes.Select(a => a.Path + " " + a.Type + " " + (a.Required ? "required" : "optional")));
    }

    [Fact]
    public void Member_keys_conventions_and_converters_are_described_as_written()
    {
        var shape = SchemaFileText.Shape(
            """
            public sealed class Money { public decimal Amount { get; init; } }
            public sealed class MoneyConverter : IDynamoConverter<Money>
            {
                public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(Money value) => new() { N = value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                public Money FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue value) => new() { Amount = decimal.Parse(value.N, System.Globalization.CultureInfo.InvariantCulture) };
            }
            [DynamoTable("shop", WriteEntityType = false, NamingPolicy = DynamoNamingPolicy.SnakeCase)]
            [DynamoConventions(BooleanFormat = DynamoBooleanFormat.Number, BinaryFormat = DynamoBinaryFormat.Base64)]
            public partial class Order
            {
                [PartitionKey(AttributeName = "PK")] public long OrderNumber { get; init; }
                public bool IsPaid { get; init; }
                public byte[] Signature { get; init; } = Array.Empty<byte>();
                [DynamoConverter(typeof(MoneyConverter))] public Money Price { get; init; } = new();
                [DynamoVersion] public long Revision { get; init; }
                public Order(long orderNumber, bool isPaid = false) { OrderNumber = orderNumber; IsPaid = isPaid; }
            }
            """);

        Assert.Null(shape.DiscriminatorAttribute);
        Assert.Equal(1, shape.SchemaVersion);
        Assert.Null(shape.SchemaVersionAttribute);
        var key = Assert.Single(shape.Keys);
        Assert.Equal(("partition", "PK", "N", (string?)null), (key.Role, key.Attribute, key.Type, key.Template));
        Assert.Equal(
            new[] { "PK N required", "is_paid N optional", "price converter optional MoneyConverter", "revision N optional", "signature S optional" },
            shape.Attributes.Select(a => a.Path + " " + a.Type + " " + (a.Required ? "required" : "optional") + (a.Converter is null ? "" : " " + a.Converter)));
    }

    [Fact]
    public void File_is_sorted_diff_friendly_and_reads_back_to_the_same_shapes()
    {
        var text = SchemaFileText.For(
            """
            namespace Shop
            {
                [DynamoTable("shop")]
                [PartitionKey("ORDER#{Id}")]
                [LsiKey("lsi1", "TOTAL#{Total:D10}")]
                public partial class Order
                {
                    public string Id { get; init; } = "";
                    public int Total { get; init; }
                    [DynamoAttribute("say \"hi\"\\")] public string? Quoted { get; init; }
                }
            }
            namespace Billing
            {
                [DynamoTable("billing")]
                [PartitionKey("INVOICE#{Id}")]
                public partial class Invoice
                {
                    public string Id { get; init; } = "";
                }
            }
            """);

        Assert.Equal(
            """
            {
              "format": 1,
              "entities": [
                {
                  "entity": "Billing.Invoice",
                  "table": "billing",
                  "discriminator": { "attribute": "_type", "value": "Invoice" },
                  "schemaVersion": 1,
                  "keys": [
                    { "role": "partition", "attribute": "pk", "type": "S", "template": "INVOICE#{Id}" }
                  ],
                  "attributes": [
                    { "name": "Id", "type": "S", "required": false }
                  ]
                },
                {
                  "entity": "Shop.Order",
                  "table": "shop",
                  "discriminator": { "attribute": "_type", "value": "Order" },
                  "schemaVersion": 1,
                  "keys": [
                    { "role": "partition", "attribute": "pk", "type": "S", "template": "ORDER#{Id}" },
                    { "role": "lsi-sort", "index": "lsi1", "attribute": "lsi1_sk", "type": "S", "template": "TOTAL#{Total:D10}" }
                  ],
                  "attributes": [
                    { "name": "Id", "type": "S", "required": false },
                    { "name": "Total", "type": "N", "required": true },
                    { "name": "say \"hi\"\\", "type": "S", "required": false }
                  ]
                }
              ]
            }

            """,
            text);

        var read = SchemaFileReader.Read(text);
        Assert.Equal(text, SchemaFileWriter.Write(read));
        Assert.Equal(new[] { "Billing.Invoice", "Shop.Order" }, read.Select(s => s.Entity));
        Assert.Equal(4, read[0].Line);
        Assert.Equal(16, read[1].Line);
    }

    [Fact]
    public void Reader_accepts_any_json_formatting_and_ignores_unknown_properties()
    {
        var read = SchemaFileReader.Read(
            "{\"entities\":[{\"entity\":\"A\",\"table\":null,\"extra\":[1,{\"x\":true}],\"discriminator\":{\"value\":\"A\"},\"schemaVersion\":2,"
            + "\"keys\":[{\"role\":\"partition\",\"attribute\":\"pk\",\"type\":\"N\"}],\"attributes\":[{\"name\":\"caf\\u00e9\",\"type\":\"S\",\"required\":true}]}]}");

        var shape = Assert.Single(read);
        Assert.Null(shape.Table);
        Assert.Null(shape.DiscriminatorAttribute);
        Assert.Equal(2, shape.SchemaVersion);
        Assert.Null(Assert.Single(shape.Keys).Template);
        Assert.Equal("café", Assert.Single(shape.Attributes).Path);
    }

    [Theory]
    [InlineData("{\n  \"entities\": [\n    { \"entity\": \"A\" ", 3, "expected '}', found the end of the file")]
    [InlineData("{\n  \"entities\": 3\n}", 2, "expected an array")]
    [InlineData("{\n  \"entities\": [ {\n \"entity\": \"A\", \"discriminator\": { \"value\": \"A\" }, \"schemaVersion\": 1, \"keys\": [] } ]\n}", 2, "'attributes' is missing")]
    [InlineData("{ \"format\": 2, \"entities\": [] }", 1, "format 2 is newer than this version of Boto3Assist reads (1)")]
    [InlineData("[]", 1, "expected an object")]
    [InlineData("{ \"entities\": [] } x", 1, "unexpected text after the end of the document")]
    public void Reader_says_where_and_why_a_file_cannot_be_read(string text, int line, string message)
    {
        var error = Assert.Throws<SchemaFileException>(() => SchemaFileReader.Read(text));
        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Reader_refuses_an_entity_listed_twice()
    {
        var entity = "{ \"entity\": \"A\", \"discriminator\": { \"value\": \"A\" }, \"schemaVersion\": 1, \"keys\": [], \"attributes\": [] }";
        var error = Assert.Throws<SchemaFileException>(() => SchemaFileReader.Read("{ \"entities\": [\n" + entity + ",\n" + entity + "] }"));
        Assert.Equal("entity 'A' is listed twice", error.Message);
        Assert.Equal(3, error.Line);
    }
}
