namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>A value type mapped by a custom converter.</summary>
public readonly record struct Temperature(decimal Celsius);

/// <summary>Stores a <see cref="Temperature"/> as a string such as "21.5C" (created with new(), no reflection).</summary>
public sealed class TemperatureConverter : IDynamoConverter<Temperature>
{
    public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(Temperature value)
        => new() { S = value.Celsius.ToString(System.Globalization.CultureInfo.InvariantCulture) + "C" };

    public Temperature FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue value)
    {
        var text = value.S;
        if (text is null || !text.EndsWith('C') || !decimal.TryParse(text[..^1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var celsius))
        {
            throw new DynamoMappingException(nameof(Temperature), "?", "a string such as 21.5C", text ?? "no string");
        }

        return new Temperature(celsius);
    }
}

/// <summary>Custom converter and camelCase naming.</summary>
[DynamoTable("readings", NamingPolicy = DynamoNamingPolicy.CamelCase)]
[PartitionKey("SENSOR#{SensorId}")]
[SortKey("AT#{ReadAt:O}")]
public sealed partial class SensorReading
{
    public required string SensorId { get; set; }

    public DateTimeOffset ReadAt { get; set; }

    [DynamoConverter(typeof(TemperatureConverter))]
    public Temperature Value { get; set; }

    [DynamoConverter(typeof(TemperatureConverter))]
    public Temperature? Peak { get; set; }
}
