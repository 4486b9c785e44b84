using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.GitHub;

/// <summary>
/// An issue of Alex DeBrie's GitHub design ("The DynamoDB Book", chapter 21), simplified: its status is part of its
/// sort key, so that a repository's open issues are one begins_with query, and closing an issue moves it.
/// </summary>
[DynamoTable("github", EntityType = "Issue")]
[PartitionKey("REPO#{Owner}#{RepoName}", AttributeName = "PK")]
[SortKey("ISSUE#{Status}#{Number:D7}", AttributeName = "SK")]
public sealed partial record Issue
{
    public required string Owner { get; init; }

    public required string RepoName { get; init; }

    public required string Status { get; init; }

    public int Number { get; init; }

    public required string Title { get; init; }

    [DynamoVersion]
    public long Version { get; init; }
}
