using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;

namespace Boto3Assist.DynamoDb.Tests.Adoption.ElectroDb;

/// <summary>
/// ElectroDB 3.9 (from npm, run with node) and this library sharing one table on DynamoDB Local: what ElectroDB puts is
/// read by FromItem and by the repository's get and index query; what the ElectroDB-declared model writes is found by
/// ElectroDB's get and its queries on the table and on the index.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class ElectroDbAdoptionTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, nameof(ElectroDbAdoptionTests));

    private Uri Endpoint => new(server.Client.Config.ServiceURL);

    private async Task<(string Table, DynamoRepository<ElectroTask> Tasks)> SetUpAsync()
    {
        var table = await _tables.EnsureAsync<ElectroTask>();
        var options = new DynamoDataAccessOptions();
        options.TableNames[ElectroTask.Metadata.Table.TableName] = table;
        return (table, new DynamoDataContext(server.Client, options).Repository<ElectroTask>());
    }

    [Fact]
    public async Task A_task_ElectroDB_puts_is_read_by_FromItem_and_found_by_the_repository()
    {
        var (table, tasks) = await SetUpAsync();
        await ElectroDbScript.RunAsync(Endpoint, table, "put", new
        {
            taskId = "T-100A",
            project = "Apollo",
            employee = "JDoe",
            title = "Write the docs",
            status = "InProgress",
            dueAt = "2024-05-01T13:45:30.123Z",
            points = 5,
            urgent = true,
            tags = new[] { "docs", "adoption" },
            labels = new[] { "x", "y" },
        }, CancellationToken.None);

        // ElectroDB's item as stored: its key formats, discriminator and version.
        var raw = (await server.Client.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = ElectroTask.Keys.PrimaryKey("T-100A", "Apollo", "JDoe"),
            ConsistentRead = true,
        })).Item;
        Assert.Equal("$taskapp#taskid_t-100a", raw["pk"].S);
        Assert.Equal("$task_1#project_apollo#employee_jdoe", raw["sk"].S);
        Assert.Equal("$taskapp#project_apollo", raw["gsi1_pk"].S);
        Assert.Equal("$task_1#employee_jdoe#taskid_t-100a", raw["gsi1_sk"].S);
        Assert.Equal(("task", "1"), (raw["__edb_e__"].S, raw["__edb_v__"].S));

        var read = ElectroTask.FromItem(raw);
        AssertSample(read);

        var got = await tasks.GetAsync(ElectroTask.Keys.PrimaryKey("T-100A", "Apollo", "JDoe"), consistentRead: true);
        AssertSample(got!);

        var byProject = await tasks.QueryAsync(new DynamoQuery<ElectroTask>(ElectroTask.Keys.ByProject.PartitionKey("Apollo")) { IndexName = ElectroTask.Keys.ByProject.IndexName }).ToListAsync();
        AssertSample(Assert.Single(byProject));

        // ToItem of what was read writes ElectroDB's item back attribute for attribute.
        Assert.Equal(Canonical(raw), Canonical(read.ToItem()));
    }

    [Fact]
    public async Task A_task_this_library_writes_is_found_by_ElectroDB_get_and_queries()
    {
        var (table, tasks) = await SetUpAsync();
        await tasks.PutAsync(new ElectroTask
        {
            TaskId = "T-200B",
            Project = "Gemini",
            Employee = "ASmith",
            Title = "Review",
            Status = WorkStatus.Done,
            DueAt = new DateTime(2024, 6, 2, 8, 30, 0, 250, DateTimeKind.Utc),
            Points = 8,
            Urgent = false,
            Tags = ["review"],
            Labels = ["z"],
        });

        var got = await ElectroDbScript.RunAsync(Endpoint, table, "get", new { taskId = "T-200B", project = "Gemini", employee = "ASmith" }, CancellationToken.None);
        Assert.NotNull(got);
        Assert.Equal("T-200B", (string?)got["taskId"]);
        Assert.Equal("Gemini", (string?)got["project"]);
        Assert.Equal("ASmith", (string?)got["employee"]);
        Assert.Equal("Review", (string?)got["title"]);
        Assert.Equal("Done", (string?)got["status"]);
        Assert.Equal("2024-06-02T08:30:00.250Z", (string?)got["dueAt"]); // JavaScript's toISOString() form
        Assert.Equal(8, (int?)got["points"]);
        Assert.False((bool?)got["urgent"]);
        Assert.Equal(["review"], got["tags"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(["z"], got["labels"]!.AsArray().Select(t => (string?)t));

        var byId = (await ElectroDbScript.RunAsync(Endpoint, table, "queryById", new { taskId = "T-200B" }, CancellationToken.None))!.AsArray();
        Assert.Equal("T-200B", (string?)Assert.Single(byId)!["taskId"]);

        var byProject = (await ElectroDbScript.RunAsync(Endpoint, table, "queryByProject", new { project = "Gemini" }, CancellationToken.None))!.AsArray();
        Assert.Equal("ASmith", (string?)Assert.Single(byProject)!["employee"]);
    }

    [Fact]
    public async Task ElectroDB_ignores_an_item_without_its_discriminator_and_version()
    {
        // Why the preset alone is not enough: the same keys without __edb_e__/__edb_v__ are invisible to ElectroDB.
        var (table, _) = await SetUpAsync();
        var item = new ElectroTask { TaskId = "T-300C", Project = "Mercury", Employee = "BLee", Status = WorkStatus.Open }.ToItem();
        item.Remove("__edb_e__");
        item.Remove("__edb_v__");
        await server.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = item });

        var got = await ElectroDbScript.RunAsync(Endpoint, table, "get", new { taskId = "T-300C", project = "Mercury", employee = "BLee" }, CancellationToken.None);
        Assert.Null(got);

        item = new ElectroTask { TaskId = "T-300C", Project = "Mercury", Employee = "BLee", Status = WorkStatus.Open }.ToItem();
        await server.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = item });
        got = await ElectroDbScript.RunAsync(Endpoint, table, "get", new { taskId = "T-300C", project = "Mercury", employee = "BLee" }, CancellationToken.None);
        Assert.Equal("Open", (string?)got!["status"]);
    }

    private static void AssertSample(ElectroTask task)
    {
        Assert.Equal(("T-100A", "Apollo", "JDoe"), (task.TaskId, task.Project, task.Employee));
        Assert.Equal("Write the docs", task.Title);
        Assert.Equal(WorkStatus.InProgress, task.Status);
        Assert.Equal(new DateTime(2024, 5, 1, 13, 45, 30, 123, DateTimeKind.Utc), task.DueAt);
        Assert.Equal(5, task.Points);
        Assert.True(task.Urgent);
        Assert.Equal(["docs", "adoption"], task.Tags);
        Assert.Equal(["x", "y"], task.Labels.Order());
    }

    private static SortedDictionary<string, string> Canonical(Dictionary<string, AttributeValue> item) =>
        new(item.ToDictionary(a => a.Key, a => CanonicalAttributeValue.Of(a.Value)), StringComparer.Ordinal);
}
