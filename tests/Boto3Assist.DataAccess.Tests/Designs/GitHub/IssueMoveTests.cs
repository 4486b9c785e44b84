using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.GitHub;

/// <summary>Re-keying in the GitHub design: closing an issue moves it from ISSUE#OPEN# to ISSUE#CLOSED#, version carried.</summary>
[Collection(DynamoDbCollection.Name)]
public sealed class IssueMoveTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private DynamoRepository<Issue> _issues = null!;

    public async Task InitializeAsync()
    {
        var context = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-moves" });
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, Issue.Metadata.Table, context.TableNames.For<Issue>());
        _issues = context.Repository<Issue>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Closing_an_issue_moves_it_out_of_the_open_issues()
    {
        for (var number = 1; number <= 3; number++)
        {
            await _issues.CreateAsync(new Issue { Owner = "alexdebrie", RepoName = "dynamodb-book", Status = "OPEN", Number = number, Title = "Issue " + number });
        }

        var issue = (await _issues.GetAsync(Issue.Keys.PrimaryKey("alexdebrie", "dynamodb-book", "OPEN", 2), true))!;
        issue = await _issues.UpdateAsync(issue with { Title = "Typo in chapter 21" }, [nameof(Issue.Title)]);
        var closed = await _issues.MoveAsync(issue, issue with { Status = "CLOSED" });

        Assert.Equal(3, closed.Version);
        var open = await _issues.QueryAsync(new DynamoQuery<Issue>(Issue.Keys.PartitionKey("alexdebrie", "dynamodb-book")) { SortKey = DynamoSortKeyCondition.BeginsWith("ISSUE#OPEN#") }).ToListAsync();
        Assert.Equal([1, 3], open.Select(i => i.Number).ToArray());
        var stored = (await _issues.GetAsync(Issue.Keys.PrimaryKey("alexdebrie", "dynamodb-book", "CLOSED", 2), true))!;
        Assert.Equal("Typo in chapter 21", stored.Title);
        Assert.Equal(3, stored.Version);

        // The stale open copy cannot be moved again, nor closed twice.
        var conflict = await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _issues.MoveAsync(issue, issue with { Status = "CLOSED" }));
        Assert.Null(conflict.CurrentVersion);
    }
}
