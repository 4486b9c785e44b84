using Boto3Assist.DynamoDb;

namespace Boto3Assist.Generators.Tests.Models;

/// <summary>Classic one-entity-per-table: keys are members, camelCase, no discriminator.</summary>
[DynamoTable("users", WriteEntityType = false, NamingPolicy = DynamoNamingPolicy.CamelCase)]
[GsiKey("by-email", "EMAIL#{Email}")]
public partial class ClassicUser
{
    [PartitionKey] public Guid UserId { get; set; }
    [SortKey(AttributeName = "rev")] public int Revision { get; set; }
    public string Email { get; set; } = "";
    [DynamoAttribute("display")] public string? DisplayName { get; set; }
    public string URLValue { get; set; } = "";
    [DynamoIgnore] public string Transient { get; set; } = "not stored";
    public string Computed => "computed " + Email;
    [Ttl] public long? ExpiresEpoch { get; set; }
}

/// <summary>snake_case, a custom discriminator, a DateTime? TTL and a numeric member key.</summary>
[DynamoTable("events", DiscriminatorAttribute = "kind", EntityType = "evt", NamingPolicy = DynamoNamingPolicy.SnakeCase)]
public partial class AuditEvent
{
    [PartitionKey] public long EventNumber { get; set; }
    public string ActorName { get; set; } = "";
    public int HTTPStatus { get; set; }
    [Ttl] public DateTime? PurgeAt { get; set; }
}
