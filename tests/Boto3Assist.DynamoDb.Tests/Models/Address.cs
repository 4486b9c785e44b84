namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>A nested record with a primary constructor (M, mapper generated without any attribute).</summary>
public sealed record Address(string Street, string City, string? PostalCode);

/// <summary>A nested mutable class with a nested record inside it (two levels of M).</summary>
public sealed class GeoPoint
{
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public Address? NearestAddress { get; set; }

    public List<string> Aliases { get; set; } = new();
}

/// <summary>A nested record with init and required members.</summary>
public sealed record Dimensions
{
    public required decimal Width { get; init; }

    public required decimal Height { get; init; }

    public string Unit { get; init; } = "cm";
}
