using Boto3Assist.DynamoDb;

namespace Orders.Models;

/// <summary>
/// A customer: the profile item of the customer's partition ("CUSTOMER#c1" / "PROFILE"). gsi1 finds a customer by
/// e-mail address.
/// </summary>
[DynamoTable("orders", EntityType = "Customer")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("PROFILE")]
[GsiKey("gsi1", "EMAIL#{Email}", "PROFILE")]
public sealed partial record Customer
{
    public required string CustomerId { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public Address? ShippingAddress { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public HashSet<string> Tags { get; init; } = new();

    public Dictionary<string, string> Preferences { get; init; } = new();
}
