using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Tests.Adoption;

public enum UserStatus
{
    Active,
    Suspended,
    PendingReview,
}

/// <summary>
/// A boto3-assist model's table declared with this library: snake_case attribute names, lower-cased keys, no
/// discriminator. Hex bytes are the one boto3-assist form that needs saying so (<see cref="HexBytesConverter"/>):
/// hex text in an S could as well be a string.
/// </summary>
[DynamoTable("users", WriteEntityType = false, NamingPolicy = DynamoNamingPolicy.SnakeCase)]
[PartitionKey("user#{Id}")]
[SortKey("user#{Id}")]
public sealed partial class Boto3AssistUser
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

    [DynamoConverter(typeof(HexBytesConverter))]
    public byte[] Avatar { get; set; } = [];
}

/// <summary>Bytes as boto3-assist stores them: lower-case hex text in an S ("000102ff").</summary>
public sealed class HexBytesConverter : IDynamoConverter<byte[]>
{
    public AttributeValue ToAttributeValue(byte[] value) => new() { S = Convert.ToHexStringLower(value) };

    public byte[] FromAttributeValue(AttributeValue value)
    {
        if (value.S is not { } text || text.Length % 2 != 0 || !text.All(char.IsAsciiHexDigit))
        {
            throw new DynamoMappingException(nameof(HexBytesConverter), "?", "hex text (000102ff)", value.S is null ? "not an S" : "S of another form");
        }

        return Convert.FromHexString(text);
    }
}
