using Boto3Assist.DataAccess.Tests.GitHub.Types;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.GitHub;

/// <summary>
/// An issue of DeBrie's GitHub design with the sort key of the GitHub issue that asked for computed key members:
/// open issues sort newest first (<c>9999999 - Number</c>), closed ones oldest first, so "the newest open issues" is a
/// begins_with query. <see cref="SortNumber"/> is computed; callers know <see cref="State"/> and <see cref="Number"/>.
/// </summary>
[DynamoTable("github", EntityType = "Issue")]
[PartitionKey("REPO#{Owner}#{RepoName}", AttributeName = "PK")]
[SortKey("ISSUE#{State}#{SortNumber:D7}", AttributeName = "SK")]
public sealed partial record RepoIssue
{
    public required string Owner { get; init; }

    public required string RepoName { get; init; }

    public required IssueState State { get; init; }

    public required int Number { get; init; }

    public required string Title { get; init; }

    /// <summary>Open issues newest first, closed issues oldest first.</summary>
    public int SortNumber => State == IssueState.Open ? 9999999 - Number : Number;
}
