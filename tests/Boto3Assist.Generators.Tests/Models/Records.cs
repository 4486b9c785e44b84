using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.Generators.Tests.Models;

/// <summary>A record with a primary constructor, enums as numbers, a converter and a constructor default.</summary>
[DynamoTable("products")]
[PartitionKey("PRODUCT#{Sku}")]
[SortKey("V#{Revision:D4}")]
public partial record Product(
    string Sku,
    int Revision,
    [property: DynamoAttribute(EnumFormat = DynamoEnumFormat.Number)] Color Color,
    [DynamoAttribute("price")] Money Price,
    string Currency = "EUR")
{
    [DynamoConverter(typeof(MoneyConverter))]
    public Money? Discount { get; init; }

    [DynamoConverter(typeof(UpperCaseConverter))]
    public string? Label { get; init; }
}

public readonly record struct Money(decimal Amount, string Currency);

/// <summary>Stores Money as "12.50 EUR".</summary>
public sealed class MoneyConverter : IDynamoConverter<Money>
{
    public AttributeValue ToAttributeValue(Money value) =>
        new() { S = value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + value.Currency };

    public Money FromAttributeValue(AttributeValue value)
    {
        var parts = (value.S ?? throw new FormatException("expected S")).Split(' ');
        return new Money(decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);
    }
}

public sealed class UpperCaseConverter : IDynamoConverter<string>
{
    public AttributeValue ToAttributeValue(string value) => new() { S = value.ToUpperInvariant() };

    public string FromAttributeValue(AttributeValue value) => value.S?.ToLowerInvariant() ?? throw new DynamoMappingException("?", "?", "S", "other");
}

/// <summary>Keys from every placeholder type, and a constant sort key.</summary>
[DynamoTable("keys")]
[PartitionKey("K#{Id}#{Flag}#{Count}#{Ratio}#{When}#{Moment}#{Day}#{Time}#{Span}#{Color}#{Level}#{Amount}")]
[SortKey("CONSTANT")]
public partial class KeyFormats
{
    public Guid Id { get; set; }
    public bool Flag { get; set; }
    public int Count { get; set; }
    public double Ratio { get; set; }
    public DateTime When { get; set; }
    public DateTimeOffset Moment { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Time { get; set; }
    public TimeSpan Span { get; set; }
    public Color Color { get; set; }
    [DynamoAttribute(EnumFormat = DynamoEnumFormat.Number)] public Color Level { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>Nested in a partial class, a struct entity, a literal brace in a template.</summary>
public static partial class Outer
{
    [DynamoTable("nested")]
    [PartitionKey("{{X}}#{Name}")]
    public partial struct NestedEntity
    {
        public string Name { get; set; }
        public int Value { get; set; }
    }
}
