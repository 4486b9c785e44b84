using System.ComponentModel.DataAnnotations;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Lifecycle;

/// <summary>Timestamps as DateTimeOffset (created) and DateTime (updated), with a version member.</summary>
[DynamoTable("lifecycle", EntityType = "Account")]
[PartitionKey("ACCOUNT#{AccountId}")]
[SortKey("ACCOUNT")]
public sealed partial record Account
{
    public required string AccountId { get; init; }

    public string? Name { get; init; }

    [CreatedAt]
    public DateTimeOffset CreatedAt { get; init; }

    [UpdatedAt]
    public DateTime UpdatedAt { get; init; }

    [DynamoVersion]
    public long Version { get; init; }
}

/// <summary>Timestamps as nullable DateTime (created) and Unix epoch milliseconds (updated), stored under other names.</summary>
[DynamoTable("lifecycle", EntityType = "Note")]
[PartitionKey("NOTE#{NoteId}")]
[SortKey("NOTE")]
public sealed partial record Note
{
    public required string NoteId { get; init; }

    public string? Text { get; init; }

    [CreatedAt]
    [DynamoAttribute("created_at")]
    public DateTime? Created { get; init; }

    [UpdatedAt]
    [DynamoAttribute("updated_ms")]
    public long UpdatedMs { get; init; }
}

/// <summary>Every supported DataAnnotations attribute, nested types, lists of them, and a custom rule.</summary>
[DynamoTable("lifecycle", EntityType = "Signup")]
[PartitionKey("SIGNUP#{SignupId}")]
[SortKey("SIGNUP")]
public sealed partial record Signup : IDynamoValidatable
{
    public required string SignupId { get; init; }

    [Required]
    [EmailAddress]
    public string? Email { get; init; }

    [StringLength(20, MinimumLength = 2)]
    public string? Name { get; init; }

    [Range(18, 120)]
    public int? Age { get; init; }

    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double Score { get; init; } = 0.5;

    [Range(typeof(decimal), "0.01", "999.99")]
    public decimal Deposit { get; init; } = 1m;

    [RegularExpression("[A-Z]{2}", ErrorMessage = "{0} must be a two-letter country code.")]
    public string? Country { get; init; }

    [MinLength(1)]
    [MaxLength(3)]
    public List<string>? Tags { get; init; }

    [Length(2, 4)]
    public string? Code { get; init; }

    [Url]
    public string? Website { get; init; }

    public Address? Address { get; init; }

    public List<SignupLine>? Lines { get; init; }

    [CreatedAt]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>A rule across members: a referral needs a referrer.</summary>
    public bool Referred { get; init; }

    public string? ReferredBy { get; init; }

    public void Validate(DynamoValidationErrors errors)
    {
        if (Referred && string.IsNullOrEmpty(ReferredBy))
        {
            errors.Add(nameof(ReferredBy), "is required when Referred is set.");
        }
    }
}

public sealed record Address
{
    [Required]
    public string? City { get; init; }

    [StringLength(5)]
    public string? Zip { get; init; }

    public GeoPoint? Point { get; init; }
}

/// <summary>Checked only through its custom hook.</summary>
public sealed record GeoPoint : IDynamoValidatable
{
    public double Latitude { get; init; }

    public void Validate(DynamoValidationErrors errors)
    {
        if (Latitude is < -90 or > 90)
        {
            errors.Add(nameof(Latitude), "must be between -90 and 90.");
        }
    }
}

public sealed record SignupLine
{
    [Required]
    public string? Sku { get; init; }

    [Range(1, 10)]
    public int Quantity { get; init; } = 1;
}
