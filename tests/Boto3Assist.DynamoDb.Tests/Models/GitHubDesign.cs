namespace Boto3Assist.DynamoDb.Tests.Models;

// Alex DeBrie's GitHub single-table design (The DynamoDB Book, chapter 21), as a user writes it from our docs:
// attributes PK/SK/GSI1PK/GSI1SK..., overloaded indexes named for their access patterns.

/// <summary>A repository: REPO#owner#name, its pull requests on GSI1, its forks on GSI2, the owner's repos by date on GSI3.</summary>
[DynamoTable("github", EntityType = "Repo")]
[DynamoKeyNames(PartitionKey = "PK", SortKey = "SK", IndexPartitionKey = "{index}PK", IndexSortKey = "{index}SK")]
[PartitionKey("REPO#{Owner}#{Name}")]
[SortKey("REPO#{Owner}#{Name}")]
[GsiKey("GSI1", "REPO#{Owner}#{Name}", "REPO#{Owner}#{Name}", Name = "RepoWithPullRequests")]
[GsiKey("GSI2", "REPO#{Owner}#{Name}", "#REPO#{Owner}#{Name}", Name = "RepoWithForks")]
[GsiKey("GSI3", "ACCOUNT#{Owner}", "#{UpdatedAt:O}", Name = "ReposByUpdate")]
public sealed partial record GitHubRepo
{
    public required string Owner { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public DateTime UpdatedAt { get; init; }
}

/// <summary>An issue, in its repository's partition: ISSUE#number (zero-padded so they sort).</summary>
[DynamoTable("github", EntityType = "Issue")]
[DynamoKeyNames(PartitionKey = "PK", SortKey = "SK", IndexPartitionKey = "{index}PK", IndexSortKey = "{index}SK")]
[PartitionKey("REPO#{RepoOwner}#{RepoName}")]
[SortKey("ISSUE#{Number:D7}")]
public sealed partial record GitHubIssue
{
    public required string RepoOwner { get; init; }

    public required string RepoName { get; init; }

    public int Number { get; init; }

    public string Title { get; init; } = "";
}

/// <summary>A pull request: its own partition, and in its repository's item collection on GSI1.</summary>
[DynamoTable("github", EntityType = "PullRequest")]
[DynamoKeyNames(PartitionKey = "PK", SortKey = "SK", IndexPartitionKey = "{index}PK", IndexSortKey = "{index}SK")]
[PartitionKey("PR#{RepoOwner}#{RepoName}#{Number:D7}")]
[SortKey("PR#{RepoOwner}#{RepoName}#{Number:D7}")]
[GsiKey("GSI1", "REPO#{RepoOwner}#{RepoName}", "PR#{Number:D7}", Name = "RepoWithPullRequests")]
public sealed partial record GitHubPullRequest
{
    public required string RepoOwner { get; init; }

    public required string RepoName { get; init; }

    public int Number { get; init; }

    public string Title { get; init; } = "";
}

/// <summary>A fork: a repository of its own, and in the original's item collection on GSI2.</summary>
[DynamoTable("github", EntityType = "Fork")]
[DynamoKeyNames(PartitionKey = "PK", SortKey = "SK", IndexPartitionKey = "{index}PK", IndexSortKey = "{index}SK")]
[PartitionKey("REPO#{Owner}#{Name}")]
[SortKey("FORK#{Owner}")]
[GsiKey("GSI2", "REPO#{OriginalOwner}#{Name}", "FORK#{Owner}", Name = "RepoWithForks")]
public sealed partial record GitHubFork
{
    public required string Owner { get; init; }

    public required string Name { get; init; }

    public required string OriginalOwner { get; init; }
}
