namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>required and init-only members, a TTL as DateTime?, renamed and ignored members, no discriminator.</summary>
[DynamoTable("subscriptions", WriteEntityType = false)]
[PartitionKey("ACCOUNT#{AccountId}")]
[SortKey("SUB#{Plan}#{SubscriptionId}")]
public sealed partial class Subscription
{
    public required string AccountId { get; init; }

    public required Guid SubscriptionId { get; init; }

    public required Color Plan { get; init; }

    [DynamoAttribute("seats_purchased")]
    public int Seats { get; init; }

    [Ttl]
    public DateTime? EndsAt { get; init; }

    [DynamoIgnore]
    public string? TransientNote { get; set; }
}
