using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.GitHub.Types;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.GitHub;

/// <summary>
/// Keys built from a computed member (the GitHub issue's <c>ISSUE#{State}#{SortNumber:D7}</c>, <c>SortNumber =&gt;
/// State == Open ? 9999999 - Number : Number</c>): the generated get and delete take the state and number a caller knows,
/// against DynamoDB Local.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class ComputedKeyTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private DynamoRepository<RepoIssue> _issues = null!;

    public async Task InitializeAsync()
    {
        var context = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-computed-keys" });
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, RepoIssue.Metadata.Table, context.TableNames.For<RepoIssue>());
        _issues = context.Repository<RepoIssue>();
        foreach (var number in new[] { 1, 2, 3 })
        {
            await _issues.PutAsync(Issue(number, IssueState.Open));
        }

        await _issues.PutAsync(Issue(4, IssueState.Closed));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Get_takes_the_state_and_number_and_computes_the_sort_key_as_the_entity_does()
    {
        var open = await _issues.GetAsync("alexdebrie", "dynamodb-book", IssueState.Open, 2, consistentRead: true);
        var closed = await _issues.GetAsync("alexdebrie", "dynamodb-book", IssueState.Closed, 4, consistentRead: true);

        Assert.Equal("Issue 2", open!.Title);
        Assert.Equal("Issue 4", closed!.Title);
        Assert.Null(await _issues.GetAsync("alexdebrie", "dynamodb-book", IssueState.Closed, 2, consistentRead: true));

        // The key the overloads build is the one ToItem stored.
        Assert.Equal("ISSUE#Open#9999997", RepoIssue.PrimaryKeyOf("alexdebrie", "dynamodb-book", IssueState.Open, 2)["SK"].S);
        Assert.Equal(open.ToKey()["SK"].S, RepoIssue.PrimaryKeyOf("alexdebrie", "dynamodb-book", IssueState.Open, 2)["SK"].S);
        Assert.Equal("ISSUE#Closed#0000004", RepoIssue.PrimaryKeyOf("alexdebrie", "dynamodb-book", IssueState.Closed, 4)["SK"].S);

        // The computed value still works through the key builder.
        var byComputed = await _issues.GetAsync(RepoIssue.Keys.PrimaryKey("alexdebrie", "dynamodb-book", IssueState.Open, 9999997), consistentRead: true);
        Assert.Equal(2, byComputed!.Number);
    }

    [Fact]
    public async Task Open_issues_read_newest_first_with_one_begins_with_query()
    {
        var query = new DynamoQuery<RepoIssue>(RepoIssue.Keys.PartitionKey("alexdebrie", "dynamodb-book"))
        {
            SortKey = DynamoSortKeyCondition.BeginsWith("ISSUE#Open#"),
            ConsistentRead = true,
        };

        var open = await _issues.QueryAsync(query).ToListAsync();

        Assert.Equal([3, 2, 1], open.Where(i => i.Number <= 3).Select(i => i.Number).ToArray());
    }

    [Fact]
    public async Task Delete_takes_the_state_and_number()
    {
        await _issues.PutAsync(Issue(5, IssueState.Open));

        var deleted = await _issues.DeleteAsync("alexdebrie", "dynamodb-book", IssueState.Open, 5);

        Assert.Equal("Issue 5", deleted!.Title);
        var raw = await fixture.Client.GetItemAsync(new GetItemRequest { TableName = _issues.TableName, Key = RepoIssue.PrimaryKeyOf("alexdebrie", "dynamodb-book", IssueState.Open, 5), ConsistentRead = true });
        Assert.False(raw.IsItemSet && raw.Item.Count > 0);
    }

    private static RepoIssue Issue(int number, IssueState state) => new()
    {
        Owner = "alexdebrie",
        RepoName = "dynamodb-book",
        State = state,
        Number = number,
        Title = "Issue " + number,
    };
}
