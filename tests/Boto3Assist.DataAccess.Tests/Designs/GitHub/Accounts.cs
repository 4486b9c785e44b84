using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.GitHub;

/// <summary>
/// The account namespace of Alex DeBrie's GitHub design ("The DynamoDB Book", chapter 21): users and organizations
/// share one key shape (<c>ACCOUNT#name</c> / <c>ACCOUNT#name</c>) so that a name is unique across both, and "get the
/// account named X" does not know which it is. Read through this base, the item comes back as a User or an
/// Organization by its discriminator.
/// </summary>
[DynamoDerivedType(typeof(GitHubUser))]
[DynamoDerivedType(typeof(GitHubOrganization))]
public abstract partial record GitHubAccount
{
    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>When the account was created.</summary>
    public DateTime CreatedAt { get; init; }
}

/// <summary>A user: <c>ACCOUNT#{Username}</c>.</summary>
[DynamoTable("github", EntityType = "User", SharedKeySpace = "account")]
[PartitionKey("ACCOUNT#{Username}", AttributeName = "PK")]
[SortKey("ACCOUNT#{Username}", AttributeName = "SK")]
public sealed partial record GitHubUser : GitHubAccount
{
    public required string Username { get; init; }

    public int Followers { get; init; }
}

/// <summary>An organization: <c>ACCOUNT#{OrganizationName}</c>, with its payment plan.</summary>
[DynamoTable("github", EntityType = "Organization", SharedKeySpace = "account")]
[PartitionKey("ACCOUNT#{OrganizationName}", AttributeName = "PK")]
[SortKey("ACCOUNT#{OrganizationName}", AttributeName = "SK")]
public sealed partial record GitHubOrganization : GitHubAccount
{
    public required string OrganizationName { get; init; }

    public string PaymentPlan { get; init; } = "Free";
}

/// <summary>A user's membership of an organization, in the organization's partition: <c>MEMBERSHIP#{Username}</c>.</summary>
[DynamoTable("github", EntityType = "Membership")]
[PartitionKey("ACCOUNT#{OrganizationName}", AttributeName = "PK")]
[SortKey("MEMBERSHIP#{Username}", AttributeName = "SK")]
public sealed partial record GitHubMembership
{
    public required string OrganizationName { get; init; }

    public required string Username { get; init; }

    public required string Role { get; init; }
}
