using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Limits;

/// <summary>
/// Every single-item path of the repository refuses an item or key over a limit with the typed exception before
/// sending (no request leaves the client) and stores nothing: read back, the table holds what it held before.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class LimitWritePathTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private LimitsContext _limits = null!;

    public async Task InitializeAsync() => _limits = await LimitsContext.CreateAsync(fixture, "writes");

    public async Task DisposeAsync() => await _limits.DisposeAsync();

    private DynamoRepository<LimitDoc> Docs => _limits.Docs;

    private async Task<DynamoInvalidRequestException> RefusedAsync(Func<Task> call, DynamoLimit limit, string? attribute)
    {
        var sent = _limits.RequestsSent;
        var error = await Assert.ThrowsAsync<DynamoInvalidRequestException>(call);
        Assert.Equal(sent, _limits.RequestsSent);
        return Refusals.Named(error, limit, attribute);
    }

    private async Task<List<LimitDoc>> OwnedByAsync(string owner)
        => await Docs.QueryAsync(new DynamoQuery<LimitDoc>(owner) { ConsistentRead = true }).ToListAsync();

    [Fact]
    public async Task Put_and_create_refuse_each_limit_and_store_nothing()
    {
        var doc = new LimitDoc { Owner = "puts", Name = "doc" };
        var cases = new (LimitDoc Doc, DynamoLimit Limit, string? Attribute)[]
        {
            (Refusals.OfSize("puts", "big", DynamoItemSize.MaxItemBytes + 1), DynamoLimit.ItemSize, null),
            (doc with { Blob = new byte[DynamoItemSize.MaxItemBytes] }, DynamoLimit.ItemSize, null),
            (doc with { Name = Refusals.Text(1025) }, DynamoLimit.SortKeySize, "Name"),
            (doc with { Name = string.Empty }, DynamoLimit.EmptyKeyValue, "Name"),
            (doc with { Tag = Refusals.Text(2045), Label = "l" }, DynamoLimit.PartitionKeySize, "gsi1_pk"),
            (doc with { Tag = "t", Label = Refusals.Text(1025) }, DynamoLimit.SortKeySize, "gsi1_sk"),
            (doc with { Tree = new NestedMaps(32) }, DynamoLimit.NestingDepth, "Tree"),
            (doc with { Tree = new NestedMaps(5_000) }, DynamoLimit.NestingDepth, "Tree"),
        };
        foreach (var (bad, limit, attribute) in cases)
        {
            await RefusedAsync(() => Docs.PutAsync(bad), limit, attribute);
            await RefusedAsync(() => Docs.CreateAsync(bad), limit, attribute);
        }

        Assert.Empty(await OwnedByAsync("puts"));

        var longOwner = new LimitDoc { Owner = Refusals.Text(2049), Name = "doc" };
        await RefusedAsync(() => Docs.PutAsync(longOwner), DynamoLimit.PartitionKeySize, "Owner");
        await RefusedAsync(() => Docs.CreateAsync(longOwner with { Owner = string.Empty }), DynamoLimit.EmptyKeyValue, "Owner");
        Assert.DoesNotContain(await Docs.ScanAsync(new DynamoScan<LimitDoc>()).ToListAsync(), d => d.Owner.Length > 2048 || d.Owner.Length == 0);
    }

    [Fact]
    public async Task Updates_refuse_values_over_a_limit_and_leave_the_item_as_it_was()
    {
        var stored = new LimitDoc { Owner = "updates", Name = "doc", Body = "before", Tag = "t", Label = "l" };
        await Docs.PutAsync(stored);
        var key = stored.ToKey();

        // A model update of every member: the item afterwards is the model, so its size is known.
        await RefusedAsync(() => Docs.UpdateAsync(stored with { Body = Refusals.Text(DynamoItemSize.MaxItemBytes) }), DynamoLimit.ItemSize, null);

        // A model update of some members: what it sets (here an index key rebuilt from Tag) is checked.
        await RefusedAsync(() => Docs.UpdateAsync(stored with { Tag = Refusals.Text(2045) }, [nameof(LimitDoc.Tag)]), DynamoLimit.PartitionKeySize, "gsi1_pk");
        await RefusedAsync(() => Docs.UpdateAsync(stored with { Label = Refusals.Text(1025) }, [nameof(LimitDoc.Label)]), DynamoLimit.SortKeySize, "gsi1_sk");
        await RefusedAsync(() => Docs.UpdateAsync(stored with { Body = Refusals.Text(DynamoItemSize.MaxItemBytes) }, [nameof(LimitDoc.Body)]), DynamoLimit.ItemSize, null);
        await RefusedAsync(() => Docs.UpdateAsync(stored with { Tree = new NestedMaps(32) }, [nameof(LimitDoc.Tree)]), DynamoLimit.NestingDepth, "Tree");

        // Typed updates: a value set larger than an item can hold, nesting, and the key itself.
        await RefusedAsync(() => Docs.UpdateAsync(key, new DynamoUpdate<LimitDoc>().Set(LimitDoc.Fields.Body, Refusals.Text(DynamoItemSize.MaxItemBytes))), DynamoLimit.ItemSize, null);
        await RefusedAsync(() => Docs.UpdateAsync(key, new DynamoUpdate<LimitDoc>().Set(LimitDoc.Fields.Tree, new NestedMaps(32))), DynamoLimit.NestingDepth, "Tree");
        await RefusedAsync(() => Docs.UpdateAsync(LimitDoc.Keys.PrimaryKey("updates", Refusals.Text(1025)), new DynamoUpdate<LimitDoc>().Set(LimitDoc.Fields.Body, "x")), DynamoLimit.SortKeySize, "Name");
        await RefusedAsync(() => Docs.UpdateAsync(LimitDoc.Keys.PrimaryKey(Refusals.Text(2049), "doc"), new DynamoUpdate<LimitDoc>().Set(LimitDoc.Fields.Body, "x")), DynamoLimit.PartitionKeySize, "Owner");

        Assert.Equal(stored, Assert.Single(await OwnedByAsync("updates")));

        // At the limit itself the update goes through.
        var updated = await Docs.UpdateAsync(stored with { Tag = Refusals.Text(2044), Tree = new NestedMaps(31) });
        Assert.Equal(31, updated.Tree!.Levels);
        Assert.Equal(2048, LimitDoc.Keys.Gsi1.PartitionKey(updated.Tag!).Length);
    }

    [Fact]
    public async Task Gets_deletes_and_queries_with_a_key_value_too_long_or_empty_are_refused_before_sending()
    {
        var stored = new LimitDoc { Owner = "reads", Name = "doc" };
        await Docs.PutAsync(stored);
        var longOwner = LimitDoc.Keys.PrimaryKey(Refusals.Text(2049), "doc");
        var longName = LimitDoc.Keys.PrimaryKey("reads", Refusals.Text(1025));

        await RefusedAsync(() => Docs.GetAsync(longOwner), DynamoLimit.PartitionKeySize, "Owner");
        await RefusedAsync(() => Docs.GetAsync(longName), DynamoLimit.SortKeySize, "Name");
        await RefusedAsync(() => Docs.DeleteAsync(longOwner), DynamoLimit.PartitionKeySize, "Owner");
        await RefusedAsync(() => Docs.DeleteAsync(stored with { Name = Refusals.Text(1025) }), DynamoLimit.SortKeySize, "Name");
        await RefusedAsync(() => Docs.DeleteAsync(stored with { Name = string.Empty }), DynamoLimit.EmptyKeyValue, "Name");
        await RefusedAsync(() => Docs.QueryAsync(new DynamoQuery<LimitDoc>(Refusals.Text(2049))).ToListAsync().AsTask(), DynamoLimit.PartitionKeySize, "Owner");
        await RefusedAsync(() => Docs.QueryPageAsync(new DynamoQuery<LimitDoc>("reads") { SortKey = DynamoSortKeyCondition.BeginsWith(Refusals.Text(1025)) }), DynamoLimit.SortKeySize, "Name");
        await RefusedAsync(() => Docs.QueryPageAsync(new DynamoQuery<LimitDoc>("reads") { SortKey = DynamoSortKeyCondition.Between("a", Refusals.Text(1025)) }), DynamoLimit.SortKeySize, "Name");
        await RefusedAsync(() => Docs.QueryPageAsync(new DynamoQuery<LimitDoc>(LimitDoc.Keys.Gsi1.PartitionKey(Refusals.Text(2045))) { IndexName = "gsi1" }), DynamoLimit.PartitionKeySize, "gsi1_pk");

        // The refused delete deleted nothing.
        Assert.Equal(stored, Assert.Single(await OwnedByAsync("reads")));
    }
}
