using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// DeBrie's GitHub design against DynamoDB Local: key attribute names declared once per entity with [DynamoKeyNames]
/// (PK, SK, GSI1PK...), indexes named for their access patterns, and each access pattern asserted on the data returned.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class GitHubDesignTests(DynamoDbLocalFixture server) : IAsyncLifetime
{
    private static readonly DateTime May = new(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string _table = TestTables.UniqueName(nameof(GitHubDesignTests));

    public async Task InitializeAsync()
    {
        var definition = DynamoTableDefinitions.Merge([GitHubRepo.Metadata, GitHubIssue.Metadata, GitHubPullRequest.Metadata, GitHubFork.Metadata]);
        await DynamoTableCreator.CreateIfNotExistsAsync(server.Client, definition, _table);
        foreach (var item in new[]
        {
            new GitHubRepo { Owner = "alexdebrie", Name = "dynamodb-book", Description = "the book", UpdatedAt = May }.ToItem(),
            new GitHubRepo { Owner = "alexdebrie", Name = "serverless-cost", UpdatedAt = May.AddDays(3) }.ToItem(),
            new GitHubIssue { RepoOwner = "alexdebrie", RepoName = "dynamodb-book", Number = 7, Title = "typo" }.ToItem(),
            new GitHubIssue { RepoOwner = "alexdebrie", RepoName = "dynamodb-book", Number = 12, Title = "gsi question" }.ToItem(),
            new GitHubPullRequest { RepoOwner = "alexdebrie", RepoName = "dynamodb-book", Number = 3, Title = "fix typo" }.ToItem(),
            new GitHubFork { Owner = "jdoe", Name = "dynamodb-book", OriginalOwner = "alexdebrie" }.ToItem(),
        })
        {
            await server.Client.PutItemAsync(new PutItemRequest { TableName = _table, Item = item });
        }
    }

    public Task DisposeAsync() => server.Client.DeleteTableAsync(_table);

    [Fact]
    public void Key_attribute_names_come_from_DynamoKeyNames_and_code_is_named_for_access_patterns()
    {
        var table = GitHubRepo.Metadata.Table;
        Assert.Equal(("PK", "SK"), (table.PartitionKey.AttributeName, table.SortKey?.AttributeName));
        Assert.Equal(
            [("GSI1", "GSI1PK", "GSI1SK"), ("GSI2", "GSI2PK", "GSI2SK"), ("GSI3", "GSI3PK", "GSI3SK")],
            table.Indexes.Select(i => (i.IndexName, i.PartitionKey.AttributeName, i.SortKey!.AttributeName)));
        Assert.Equal("GSI1", GitHubRepo.Keys.RepoWithPullRequests.IndexName);
        Assert.Equal("GSI3", GitHubRepo.Keys.ReposByUpdate.IndexName);

        var item = new GitHubFork { Owner = "jdoe", Name = "dynamodb-book", OriginalOwner = "alexdebrie" }.ToItem();
        Assert.Equal(("REPO#jdoe#dynamodb-book", "FORK#jdoe", "REPO#alexdebrie#dynamodb-book"), (item["PK"].S, item["SK"].S, item["GSI2PK"].S));
    }

    [Fact]
    public async Task Get_a_repo()
    {
        var response = await server.Client.GetItemAsync(new GetItemRequest { TableName = _table, Key = GitHubRepo.Keys.PrimaryKey("alexdebrie", "dynamodb-book") });
        Assert.Equal("the book", GitHubRepo.FromItem(response.Item).Description);
    }

    [Fact]
    public async Task A_repo_and_its_issues_newest_first_in_one_query()
    {
        var items = await Query(null, "PK", GitHubIssue.Keys.PartitionKey("alexdebrie", "dynamodb-book"), forward: false);

        Assert.Equal(["REPO#alexdebrie#dynamodb-book", "ISSUE#0000012", "ISSUE#0000007"], items.Select(i => i["SK"].S));
        Assert.Equal("Repo", items[0]["_type"].S);
        Assert.Equal([12, 7], items.Skip(1).Select(i => GitHubIssue.FromItem(i).Number));
    }

    [Fact]
    public async Task A_repo_and_its_pull_requests_on_GSI1()
    {
        var items = await Query(GitHubRepo.Keys.RepoWithPullRequests.IndexName, "GSI1PK", GitHubPullRequest.Keys.RepoWithPullRequests.PartitionKey("alexdebrie", "dynamodb-book"), forward: false);

        Assert.Equal(["Repo", "PullRequest"], items.Select(i => i["_type"].S));
        Assert.Equal("fix typo", GitHubPullRequest.FromItem(items[1]).Title);
    }

    [Fact]
    public async Task A_repo_and_its_forks_on_GSI2()
    {
        var items = await Query(GitHubFork.Keys.RepoWithForks.IndexName, "GSI2PK", GitHubFork.Keys.RepoWithForks.PartitionKey("alexdebrie", "dynamodb-book"), forward: true);

        Assert.Equal(["Repo", "Fork"], items.Select(i => i["_type"].S));
        Assert.Equal("jdoe", GitHubFork.FromItem(items[1]).Owner);
    }

    [Fact]
    public async Task An_accounts_repos_by_last_update_on_GSI3()
    {
        var items = await Query(GitHubRepo.Keys.ReposByUpdate.IndexName, "GSI3PK", GitHubRepo.Keys.ReposByUpdate.PartitionKey("alexdebrie"), forward: false);

        Assert.Equal(["serverless-cost", "dynamodb-book"], items.Select(i => GitHubRepo.FromItem(i).Name));
    }

    private async Task<List<Dictionary<string, AttributeValue>>> Query(string? index, string partitionAttribute, string partition, bool forward)
    {
        var response = await server.Client.QueryAsync(new QueryRequest
        {
            TableName = _table,
            IndexName = index,
            KeyConditionExpression = "#pk = :pk",
            ExpressionAttributeNames = new() { ["#pk"] = partitionAttribute },
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = partition } },
            ScanIndexForward = forward,
        });
        return response.Items;
    }
}
