using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Entities;

/// <summary>
/// Mapped by the source generator: table "shop", pk "CUSTOMER#{CustomerId}", sk "PROFILE", gsi1 by e-mail (sparse),
/// discriminator "_type" = "Customer", version member. Shares the table with the hand-written <see cref="Order"/>.
/// </summary>
[DynamoTable("shop", EntityType = "Customer")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("PROFILE")]
[GsiKey("gsi1", "EMAIL#{Email}", "CUSTOMER")]
public sealed partial record Customer
{
    public required string CustomerId { get; init; }

    public required string Name { get; init; }

    public string? Email { get; init; }

    public int LoginCount { get; init; }

    public HashSet<string>? Tags { get; init; }

    [DynamoVersion]
    public long Version { get; init; }
}
