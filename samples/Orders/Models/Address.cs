namespace Orders.Models;

/// <summary>A postal address: a nested record, stored as a map (M) inside the customer item. No attribute needed.</summary>
public sealed record Address(string Street, string City, string PostalCode, string Country);
