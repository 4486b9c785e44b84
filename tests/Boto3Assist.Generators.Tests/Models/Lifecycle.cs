using System.ComponentModel.DataAnnotations;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.Generators.Tests.Models;

/// <summary>Timestamps, validation attributes on the entity, a nested type and list elements, a record parameter, a misfit rule.</summary>
[DynamoTable("members", EntityType = "Member")]
[PartitionKey("MEMBER#{MemberId}")]
public partial record Member(
    string MemberId,
    [property: Required, StringLength(40, MinimumLength = 1)] string? DisplayName)
{
    [Required(AllowEmptyStrings = true)] [EmailAddress] public string? Email { get; init; }
    [Range(0, 150)] public int Age { get; init; }
    [Range(0.0, 1.0, MaximumIsExclusive = true)] public float Ratio { get; init; }
    [Range(typeof(decimal), "-10.5", "10.5", ErrorMessage = "{0} is out of [{1}, {2}].")] public decimal Balance { get; init; }
    [RegularExpression(@"^\d{4}$")] public string? Pin { get; init; }
    [MinLength(1), MaxLength(10)] public string[]? Roles { get; init; }
    [Url] public string? Homepage { get; init; }
    [Required] public int NotChecked { get; init; }
    [StringLength(3)] public int Misfit { get; init; }
    public MemberAddress? Address { get; init; }
    public List<MemberAddress>? PastAddresses { get; init; }
    public Dictionary<string, MemberAddress>? Named { get; init; }
    [CreatedAt] public DateTimeOffset CreatedAt { get; init; }
    [UpdatedAt] public long UpdatedAtMs { get; init; }
}

public sealed class MemberAddress
{
    [Required] public string? Street { get; init; }
    public MemberAddress? Previous { get; init; }
}

/// <summary>Only timestamps: no validation method.</summary>
[DynamoTable("members", EntityType = "Stamp")]
[PartitionKey("STAMP#{Id}")]
public partial class Stamp
{
    public string Id { get; init; } = "";
    [UpdatedAt] public DateTime? Touched { get; init; }
}
