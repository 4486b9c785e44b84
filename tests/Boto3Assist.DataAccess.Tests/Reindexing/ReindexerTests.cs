using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

[Collection(DynamoDbCollection.Name)]
public sealed class ReindexerTests(DynamoDbFixture fixture)
{
    private static readonly DateTime Day = new(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Items written under an older template: an index key that no longer matches, or an older sort key format.</summary>
    private static async Task<DynamoDataContext> SeedAsync(DynamoDbFixture fixture, string suffix, int count)
    {
        var context = await fixture.CreateContextAsync(suffix);
        var table = context.TableNames.For<Order>();
        for (var i = 0; i < count; i++)
        {
            var order = new Order { CustomerId = "r", OrderId = "o" + i.ToString("000"), OrderDate = Day.AddDays(i), Status = "NEW", Total = i, Version = 1 };
            var item = order.ToItem();
            if (i % 2 == 0)
            {
                item["gsi1_pk"] = new AttributeValue { S = "OLDSTATUS#NEW" }; // index template changed
            }
            else
            {
                item["sk"] = new AttributeValue { S = "ORDER#" + order.OrderDate.ToString("yyyyMMdd") + "#" + order.OrderId }; // sort key template changed
            }

            await fixture.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = item });
        }

        await context.Repository<Customer>().PutAsync(new Customer { CustomerId = "r", Name = "not an order" });
        return context;
    }

    [Fact]
    public async Task Dry_run_reports_without_writing()
    {
        var context = await SeedAsync(fixture, "reindex-dry", 6);
        var result = await new DynamoReindexer<Order>(context).RunAsync(new DynamoReindexOptions { DryRun = true });
        Assert.Equal(6, result.Progress.Scanned);
        Assert.Equal(3, result.Progress.IndexKeysUpdated);
        Assert.Equal(3, result.Progress.PrimaryKeysMoved);
        Assert.Equal(6, result.Changes.Count);
        Assert.Contains(result.Changes, c => c.NewKey is null && c.Attributes.Single() == "gsi1_pk: \"OLDSTATUS#NEW\" -> \"STATUS#NEW\"");
        var again = await new DynamoReindexer<Order>(context).RunAsync(new DynamoReindexOptions { DryRun = true });
        Assert.Equal(6, again.Changes.Count); // nothing was written
    }

    [Fact]
    public async Task Index_keys_are_updated_in_place_and_changed_primary_keys_are_moved_atomically()
    {
        var context = await SeedAsync(fixture, "reindex-run", 8);
        var reports = new List<DynamoReindexProgress>();
        var result = await new DynamoReindexer<Order>(context).RunAsync(new DynamoReindexOptions { PageSize = 3 }, new SynchronousProgress(reports));
        Assert.Equal(4, result.Progress.IndexKeysUpdated);
        Assert.Equal(4, result.Progress.PrimaryKeysMoved);
        Assert.True(reports.Count >= 3);
        Assert.Null(reports[^1].ResumeToken);

        var orders = await context.Repository<Order>().QueryAsync(new DynamoQuery<Order>(Order.Keys.PartitionKey("r")) { ConsistentRead = true }).ToListAsync();
        Assert.Equal(8, orders.Count); // moved items are not duplicated: the old keys are gone
        var raw = (await fixture.Client.QueryAsync(new QueryRequest
        {
            TableName = context.TableNames.For<Order>(),
            KeyConditionExpression = "pk = :pk",
            ExpressionAttributeValues = new() { [":pk"] = new AttributeValue { S = "CUSTOMER#r" } },
            ConsistentRead = true,
        })).Items.Where(i => i["_type"].S == "Order").ToList();
        Assert.All(raw, item => Assert.Equal(Order.FromItem(item).ToItem()["sk"].S, item["sk"].S));
        Assert.All(raw, item => Assert.Equal("STATUS#NEW", item["gsi1_pk"].S));

        var byStatus = await context.Repository<Order>().QueryAsync(new DynamoQuery<Order>(Order.Keys.Gsi1.PartitionKey("NEW")) { IndexName = "gsi1" }).ToListAsync();
        Assert.Equal(8, byStatus.Count);

        var second = await new DynamoReindexer<Order>(context).RunAsync();
        Assert.Equal(8, second.Progress.Unchanged);
        Assert.Empty(second.Changes);
    }

    [Fact]
    public async Task A_stopped_run_resumes_from_its_last_token()
    {
        var context = await SeedAsync(fixture, "reindex-resume", 9);
        using var stop = new CancellationTokenSource();
        DynamoReindexProgress? last = null;
        var progress = new SynchronousProgress(p =>
        {
            last = p;
            stop.Cancel(); // stop after the first page
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DynamoReindexer<Order>(context).RunAsync(new DynamoReindexOptions { PageSize = 2 }, progress, stop.Token));
        Assert.NotNull(last?.ResumeToken);
        Assert.True(last.Scanned <= 2);

        var rest = await new DynamoReindexer<Order>(context).RunAsync(new DynamoReindexOptions { PageSize = 2, ResumeToken = last.ResumeToken });
        var check = await new DynamoReindexer<Order>(context).RunAsync(new DynamoReindexOptions { DryRun = true });
        Assert.Empty(check.Changes);
        Assert.True(rest.Progress.Scanned >= 7);
    }

    [Fact]
    public async Task A_concurrent_change_is_skipped_as_a_conflict()
    {
        var seeded = await SeedAsync(fixture, "reindex-conflict", 1); // o000: index key out of date
        using var client = fixture.CreateFaultyClient();
        var context = new DynamoDataContext(client, seeded.Options);
        var key = Order.Keys.PrimaryKey("r", Day, "o000");
        client.BeforeUpdate = async _ =>
        {
            // Another writer, running the current code, saves the order between the reindexer's read and its write.
            var current = Order.FromItem((await fixture.Client.GetItemAsync(new GetItemRequest { TableName = context.TableNames.For<Order>(), Key = key, ConsistentRead = true })).Item);
            await seeded.Repository<Order>().PutAsync(current with { Total = 500m });
        };

        var result = await new DynamoReindexer<Order>(context).RunAsync();
        Assert.Equal(1, result.Progress.Conflicts);
        Assert.Equal(0, result.Progress.IndexKeysUpdated);
        var stored = (await seeded.Repository<Order>().GetAsync(key, true))!;
        Assert.Equal(500m, stored.Total); // the concurrent write was not overwritten
        Assert.Equal(2, stored.Version);
    }

    private sealed class SynchronousProgress(Action<DynamoReindexProgress> report) : IProgress<DynamoReindexProgress>
    {
        public SynchronousProgress(List<DynamoReindexProgress> into)
            : this(into.Add)
        {
        }

        public void Report(DynamoReindexProgress value) => report(value);
    }
}
