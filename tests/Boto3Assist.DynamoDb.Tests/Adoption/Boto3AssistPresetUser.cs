namespace Boto3Assist.DynamoDb.Tests.Adoption;

/// <summary>
/// A boto3-assist model's table declared with the Boto3Assist preset: snake_case names, keys lower-cased whole (values
/// included, by <c>{Member:lower}</c>), no discriminator; dates as Python's isoformat, enums by lower-case name and bytes
/// as hex text, with no converter.
/// </summary>
[DynamoTable("users", WriteEntityType = false, NamingPolicy = DynamoNamingPolicy.SnakeCase)]
[DynamoConventions(DynamoConventionPreset.Boto3Assist)]
[PartitionKey("user#{Id:lower}")]
[SortKey("user#{Id:lower}")]
[GsiKey("gsi1", "email#{Email:lower}", "email#{Email:lower}")]
public sealed partial class Boto3AssistPresetUser
{
    public string Id { get; set; } = "";

    public string Email { get; set; } = "";

    public UserStatus Status { get; set; }

    public UserStatus? PreviousStatus { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTimeOffset LastLogin { get; set; }

    public DateTime? VerifiedUtc { get; set; }

    public bool IsAdmin { get; set; }

    public decimal Balance { get; set; }

    public int LoginCount { get; set; }

    public double Score { get; set; }

    public List<string> Roles { get; set; } = [];

    public HashSet<string> Tags { get; set; } = [];

    public string? Nickname { get; set; }

    public Guid ExternalId { get; set; }

    public Dictionary<string, string> Preferences { get; set; } = [];

    public byte[] Avatar { get; set; } = [];
}
