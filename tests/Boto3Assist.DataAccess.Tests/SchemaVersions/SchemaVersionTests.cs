using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.SchemaVersions;

/// <summary>
/// Items written by older code (raw PutItem of the version 1 and 2 shapes) are read as the current <see cref="Member"/>
/// by Get, Query and Scan (through FromItem on the SDK transport, FromItemJson on the HTTP one: test.sh runs both), and
/// <see cref="DynamoSchemaMigrator{TEntity}"/> rewrites them at the current version.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class SchemaVersionTests(DynamoDbFixture fixture)
{
    private static AttributeValue S(string text) => new() { S = text };

    private static AttributeValue N(string text) => new() { N = text };

    private static Dictionary<string, AttributeValue> Version1(string id, string name, string mail, long version = 1) => new()
    {
        ["pk"] = S("MEMBER#" + id), ["sk"] = S("PROFILE"), ["_type"] = S("Member"), ["MemberId"] = S(id),
        ["Name"] = S(name), ["Mail"] = S(mail), ["Version"] = N(version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static Dictionary<string, AttributeValue> Version2(string id, string first, string last, string mail) => new()
    {
        ["pk"] = S("MEMBER#" + id), ["sk"] = S("PROFILE"), ["_type"] = S("Member"), ["MemberId"] = S(id), ["_schema_version"] = N("2"),
        ["FirstName"] = S(first), ["LastName"] = S(last), ["Mail"] = S(mail), ["Version"] = N("1"),
    };

    private async Task PutRawAsync(DynamoDataContext context, Dictionary<string, AttributeValue> item) =>
        await fixture.Client.PutItemAsync(new PutItemRequest { TableName = context.TableNames.For<Member>(), Item = item });

    private async Task<Dictionary<string, AttributeValue>> GetRawAsync(DynamoDataContext context, string id) =>
        (await fixture.Client.GetItemAsync(new GetItemRequest { TableName = context.TableNames.For<Member>(), Key = Member.Keys.PrimaryKey(id), ConsistentRead = true })).Item;

    /// <summary>m1 at version 1, m2 at version 2, m3 current (written through the repository), and a customer.</summary>
    private async Task<DynamoDataContext> SeedAsync(string suffix)
    {
        var context = await fixture.CreateContextAsync(suffix);
        await PutRawAsync(context, Version1("m1", "Ada Lovelace", "ada@example.com"));
        await PutRawAsync(context, Version2("m2", "Grace", "Hopper", "grace@example.com"));
        await context.Repository<Member>().PutAsync(new Member { MemberId = "m3", FirstName = "Alan", LastName = "Turing", Email = "alan@example.com" });
        await context.Repository<Entities.Customer>().PutAsync(new Entities.Customer { CustomerId = "c", Name = "not a member" });
        return context;
    }

    private static void AssertCurrent(IEnumerable<Member> members)
    {
        var byId = members.ToDictionary(m => m.MemberId);
        Assert.Equal(("Ada", "Lovelace", "ada@example.com"), (byId["m1"].FirstName, byId["m1"].LastName, byId["m1"].Email));
        Assert.Equal(("Grace", "Hopper", "grace@example.com"), (byId["m2"].FirstName, byId["m2"].LastName, byId["m2"].Email));
        Assert.Equal(("Alan", "Turing", "alan@example.com"), (byId["m3"].FirstName, byId["m3"].LastName, byId["m3"].Email));
    }

    [Fact]
    public async Task Items_of_older_versions_are_read_as_current_by_get_query_and_scan()
    {
        var context = await SeedAsync("schema-read");
        var repository = context.Repository<Member>();

        var got = new List<Member>();
        foreach (var id in new[] { "m1", "m2", "m3" })
        {
            got.Add((await repository.GetAsync(Member.Keys.PrimaryKey(id), consistentRead: true))!);
        }

        AssertCurrent(got);
        var queried = new List<Member>();
        foreach (var id in new[] { "m1", "m2", "m3" })
        {
            queried.AddRange(await repository.QueryAsync(new DynamoQuery<Member>(Member.Keys.PartitionKey(id)) { ConsistentRead = true }).ToListAsync());
        }

        AssertCurrent(queried);
        AssertCurrent(await repository.ScanAsync(new DynamoScan<Member> { ConsistentRead = true }).ToListAsync());

        // Reading never writes: the stored items keep their old shapes.
        Assert.Equal("Ada Lovelace", (await GetRawAsync(context, "m1"))["Name"].S);
        Assert.False((await GetRawAsync(context, "m1")).ContainsKey("_schema_version"));
        Assert.Equal("3", (await GetRawAsync(context, "m3"))["_schema_version"].N);
    }

    [Fact]
    public async Task A_dry_run_lists_the_old_items_and_writes_nothing()
    {
        var context = await SeedAsync("schema-dry");
        var result = await new DynamoSchemaMigrator<Member>(context).RunAsync(new DynamoSchemaMigrationOptions { DryRun = true });

        Assert.True(result.DryRun);
        Assert.Equal((2L, 2L, 0L, 0L, 0L), (result.Progress.Scanned, result.Progress.Upgraded, result.Progress.AlreadyCurrent, result.Progress.Conflicts, result.Progress.Failed));
        Assert.Equal(new[] { (1, 3), (2, 3) }, result.Changes.OrderBy(c => c.FromVersion).Select(c => (c.FromVersion, c.ToVersion)));
        Assert.Contains(result.Changes, c => c.FromVersion == 1 && c.Key.Contains("MEMBER#m1", StringComparison.Ordinal));
        Assert.Equal(Version1("m1", "Ada Lovelace", "ada@example.com"), await GetRawAsync(context, "m1"), AttributeValueComparer.Item);
        Assert.Equal(Version2("m2", "Grace", "Hopper", "grace@example.com"), await GetRawAsync(context, "m2"), AttributeValueComparer.Item);
    }

    [Fact]
    public async Task A_run_rewrites_old_items_in_the_current_shape_and_a_second_run_finds_none()
    {
        var context = await SeedAsync("schema-run");
        var m3Before = await GetRawAsync(context, "m3");
        var reports = new List<DynamoSchemaMigrationProgress>();
        var result = await new DynamoSchemaMigrator<Member>(context).RunAsync(progress: new SynchronousProgress(reports.Add));

        Assert.False(result.DryRun);
        Assert.Equal((2L, 2L, 0L, 0L), (result.Progress.Scanned, result.Progress.Upgraded, result.Progress.Conflicts, result.Progress.Failed));
        Assert.NotEmpty(reports);
        Assert.Null(reports[^1].ResumeToken);

        var m1 = await GetRawAsync(context, "m1");
        Assert.Equal("3", m1["_schema_version"].N);
        Assert.Equal(("Ada", "Lovelace", "ada@example.com"), (m1["FirstName"].S, m1["LastName"].S, m1["Email"].S));
        Assert.False(m1.ContainsKey("Name")); // the old attributes are gone: the item is the one ToItem writes
        Assert.False(m1.ContainsKey("Mail"));
        Assert.Equal("1", m1["Version"].N); // the optimistic-locking version is kept
        var m2 = await GetRawAsync(context, "m2");
        Assert.Equal(("3", "grace@example.com"), (m2["_schema_version"].N, m2["Email"].S));
        Assert.False(m2.ContainsKey("Mail"));
        Assert.Equal(m3Before, await GetRawAsync(context, "m3"), AttributeValueComparer.Item); // current: not scanned, not written

        var second = await new DynamoSchemaMigrator<Member>(context).RunAsync();
        Assert.Equal(0, second.Progress.Scanned);
        Assert.Empty(second.Changes);
    }

    [Fact]
    public async Task A_stopped_run_resumes_from_its_last_token()
    {
        var context = await fixture.CreateContextAsync("schema-resume");
        for (var i = 0; i < 7; i++)
        {
            await PutRawAsync(context, Version1("r" + i, "Member " + i, i + "@example.com"));
        }

        using var stop = new CancellationTokenSource();
        DynamoSchemaMigrationProgress? last = null;
        var progress = new SynchronousProgress(p =>
        {
            last = p;
            stop.Cancel(); // stop after the first page
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DynamoSchemaMigrator<Member>(context).RunAsync(new DynamoSchemaMigrationOptions { PageSize = 2 }, progress, stop.Token));
        Assert.NotNull(last?.ResumeToken);
        Assert.True(last.Upgraded is > 0 and <= 2);

        var rest = await new DynamoSchemaMigrator<Member>(context).RunAsync(new DynamoSchemaMigrationOptions { PageSize = 2, ResumeToken = last.ResumeToken });
        Assert.Equal(7, last.Upgraded + rest.Progress.Upgraded); // each item once: the resumed run starts after the first page
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal("3", (await GetRawAsync(context, "r" + i))["_schema_version"].N);
        }
    }

    [Fact]
    public async Task A_concurrent_change_between_read_and_write_is_a_conflict_and_is_not_overwritten()
    {
        var context = await fixture.CreateContextAsync("schema-conflict");
        await PutRawAsync(context, Version1("m1", "Ada Lovelace", "ada@example.com"));
        var migrator = new DynamoSchemaMigrator<Member>(context);

        // Old code (version 1, with optimistic locking) saves the member between the migrator's read and its write.
        Member.DuringUpgrade = _ => PutRawAsync(context, Version1("m1", "Ada King", "countess@example.com", version: 2)).GetAwaiter().GetResult();
        DynamoSchemaMigrationResult result;
        try
        {
            result = await migrator.RunAsync();
        }
        finally
        {
            Member.DuringUpgrade = null;
        }

        Assert.Equal((1L, 0L, 0L, 1L), (result.Progress.Scanned, result.Progress.Upgraded, result.Progress.AlreadyCurrent, result.Progress.Conflicts));
        Assert.Empty(result.Changes);
        var stored = await GetRawAsync(context, "m1");
        Assert.Equal("Ada King", stored["Name"].S); // the concurrent write stands
        Assert.False(stored.ContainsKey("_schema_version"));

        var again = await migrator.RunAsync(); // a later run picks it up
        Assert.Equal(1, again.Progress.Upgraded);
        Assert.Equal(("Ada", "King", "countess@example.com"), ((await GetRawAsync(context, "m1"))["FirstName"].S, (await GetRawAsync(context, "m1"))["LastName"].S, (await GetRawAsync(context, "m1"))["Email"].S));
    }

    [Fact]
    public async Task An_item_rewritten_meanwhile_by_current_code_is_already_current_and_not_overwritten()
    {
        var context = await fixture.CreateContextAsync("schema-current");
        await PutRawAsync(context, Version1("m1", "Ada Lovelace", "ada@example.com"));
        var current = new Member { MemberId = "m1", FirstName = "Augusta", LastName = "Byron", Email = "augusta@example.com", Version = 2 };
        Member.DuringUpgrade = _ => PutRawAsync(context, current.ToItem()).GetAwaiter().GetResult();
        DynamoSchemaMigrationResult result;
        try
        {
            result = await new DynamoSchemaMigrator<Member>(context).RunAsync();
        }
        finally
        {
            Member.DuringUpgrade = null;
        }

        Assert.Equal((1L, 0L, 1L, 0L), (result.Progress.Scanned, result.Progress.Upgraded, result.Progress.AlreadyCurrent, result.Progress.Conflicts));
        Assert.Equal(current.ToItem(), await GetRawAsync(context, "m1"), AttributeValueComparer.Item);
    }

    [Fact]
    public async Task An_item_whose_step_throws_is_reported_as_failed_and_left_as_it_is()
    {
        var context = await fixture.CreateContextAsync("schema-failed");
        var broken = Version1("m9", "", "nobody@example.com");
        await PutRawAsync(context, broken);
        await PutRawAsync(context, Version1("m1", "Ada Lovelace", "ada@example.com"));

        var result = await new DynamoSchemaMigrator<Member>(context).RunAsync();

        Assert.Equal((2L, 1L, 1L), (result.Progress.Scanned, result.Progress.Upgraded, result.Progress.Failed));
        var failure = Assert.Single(result.Failures);
        Assert.Contains("MEMBER#m9", failure.Key, StringComparison.Ordinal);
        Assert.Contains("'SplitName'", failure.Error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(failure.Error.InnerException);
        Assert.Equal(broken, await GetRawAsync(context, "m9"), AttributeValueComparer.Item);
        await Assert.ThrowsAsync<DynamoMappingException>(() => context.Repository<Member>().GetAsync(Member.Keys.PrimaryKey("m9"), consistentRead: true));
    }

    [Fact]
    public async Task A_whole_model_update_stamps_the_current_version_and_a_partial_one_keeps_the_stored_one()
    {
        var context = await fixture.CreateContextAsync("schema-update");
        await PutRawAsync(context, Version1("m1", "Ada Lovelace", "ada@example.com"));
        await PutRawAsync(context, Version1("m2", "Grace Hopper", "grace@example.com"));
        var repository = context.Repository<Member>();

        var m1 = (await repository.GetAsync(Member.Keys.PrimaryKey("m1"), consistentRead: true))!;
        await repository.UpdateAsync(m1 with { Email = "countess@example.com" });
        var stored = await GetRawAsync(context, "m1");
        Assert.Equal("3", stored["_schema_version"].N);
        Assert.Equal("ada@example.com", stored["Mail"].S); // left behind, ignored by the current shape
        Assert.Equal("countess@example.com", (await repository.GetAsync(Member.Keys.PrimaryKey("m1"), consistentRead: true))!.Email);

        var m2 = (await repository.GetAsync(Member.Keys.PrimaryKey("m2"), consistentRead: true))!;
        await repository.UpdateAsync(m2 with { FirstName = "Amazing Grace" }, [nameof(Member.FirstName)]);
        Assert.False((await GetRawAsync(context, "m2")).ContainsKey("_schema_version"));
    }

    [Fact]
    public async Task An_entity_without_a_schema_version_has_no_migrator()
    {
        var context = await fixture.CreateContextAsync("schema-none");
        var error = Assert.Throws<InvalidOperationException>(() => new DynamoSchemaMigrator<Entities.Customer>(context));
        Assert.Contains("[SchemaVersion]", error.Message, StringComparison.Ordinal);
    }

    private sealed class SynchronousProgress(Action<DynamoSchemaMigrationProgress> report) : IProgress<DynamoSchemaMigrationProgress>
    {
        public void Report(DynamoSchemaMigrationProgress value) => report(value);
    }

    /// <summary>Items compared attribute by attribute (S, N and NULL values).</summary>
    private sealed class AttributeValueComparer : IEqualityComparer<Dictionary<string, AttributeValue>>
    {
        public static readonly AttributeValueComparer Item = new();

        public bool Equals(Dictionary<string, AttributeValue>? x, Dictionary<string, AttributeValue>? y) =>
            x is not null && y is not null && x.Count == y.Count
            && x.All(a => y.TryGetValue(a.Key, out var other) && a.Value.S == other.S && a.Value.N == other.N && a.Value.NULL == other.NULL);

        public int GetHashCode(Dictionary<string, AttributeValue> obj) => obj.Count;
    }
}
