using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DataAccess.Tests.Entities;

/// <summary>Hand-written as generated: table "products", partition key is the member Sku itself, no sort key, no version, no discriminator.</summary>
public sealed partial record Product : IDynamoEntity<Product>
{
    public required string Sku { get; init; }
    public string? Title { get; init; }
    public string? Payload { get; init; }
    public int Stock { get; init; }

    public static DynamoEntityMetadata Metadata { get; } = new(
        "Product",
        null,
        null,
        new DynamoTableDefinition("products", new("Sku", DynamoKeyType.String, null, ["Sku"]), null, [], null),
        [new("Sku", "Sku", true), new("Title", "Title", false), new("Payload", "Payload", false), new("Stock", "Stock", false)],
        null);

    public static class Fields
    {
        public static readonly DynamoField<Product, string> Sku = new("Sku", "Sku", AttributeValueWriter.String);
        public static readonly DynamoField<Product, string?> Title = new("Title", "Title", v => AttributeValueWriter.String(v!));
        public static readonly DynamoField<Product, int> Stock = new("Stock", "Stock", v => AttributeValueWriter.Integer(v));
    }

    public static Dictionary<string, AttributeValue> Key(string sku) => new() { ["Sku"] = new AttributeValue { S = sku } };

    public Dictionary<string, AttributeValue> ToItem()
    {
        var item = ToKey();
        if (Title is not null)
        {
            item["Title"] = AttributeValueWriter.String(Title);
        }

        if (Payload is not null)
        {
            item["Payload"] = AttributeValueWriter.String(Payload);
        }

        item["Stock"] = AttributeValueWriter.Integer(Stock);
        return item;
    }

    public Dictionary<string, AttributeValue> ToKey() => Key(Sku);

    public static Product FromItem(IReadOnlyDictionary<string, AttributeValue> item) => new()
    {
        Sku = AttributeValueReader.TryGet(item, "Sku", out var sku) ? AttributeValueReader.String(sku, "Product", "Sku") : throw new DynamoMappingException("Product", "Sku", "S", "nothing"),
        Title = AttributeValueReader.TryGet(item, "Title", out var title) ? AttributeValueReader.String(title, "Product", "Title") : null,
        Payload = AttributeValueReader.TryGet(item, "Payload", out var payload) ? AttributeValueReader.String(payload, "Product", "Payload") : null,
        Stock = AttributeValueReader.TryGet(item, "Stock", out var stock) ? AttributeValueReader.Number<int>(stock, "Product", "Stock") : 0,
    };
}
