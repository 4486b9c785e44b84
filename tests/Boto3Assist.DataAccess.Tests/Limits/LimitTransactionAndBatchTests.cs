using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Limits;

/// <summary>
/// Transactions refuse an action over a limit when it is added (nothing of it enters the builder, nothing is sent);
/// a batch leaves out only the item over a limit, reports it with the same typed refusal, and writes the others.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class LimitTransactionAndBatchTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private LimitsContext _limits = null!;

    public async Task InitializeAsync() => _limits = await LimitsContext.CreateAsync(fixture, "multi");

    public async Task DisposeAsync() => await _limits.DisposeAsync();

    private DynamoRepository<LimitDoc> Docs => _limits.Docs;

    private async Task<List<LimitDoc>> OwnedByAsync(string owner)
        => await Docs.QueryAsync(new DynamoQuery<LimitDoc>(owner) { ConsistentRead = true }).ToListAsync();

    private static List<LimitDoc> Docs25(string owner) => Enumerable.Range(0, 25).Select(i => new LimitDoc { Owner = owner, Name = $"doc-{i:00}", Body = "fine" }).ToList();

    [Fact]
    public async Task Every_transaction_action_over_a_limit_is_refused_when_added_and_nothing_is_stored()
    {
        var stored = new LimitDoc { Owner = "tx", Name = "stored", Body = "before", Tag = "t", Label = "l" };
        await Docs.PutAsync(stored);
        var sent = _limits.RequestsSent;

        var transaction = _limits.Context.WriteTransaction().Put(new LimitDoc { Owner = "tx", Name = "good" });
        var big = stored with { Body = Refusals.Text(DynamoItemSize.MaxItemBytes) };
        var longKey = LimitDoc.Keys.PrimaryKey("tx", Refusals.Text(1025));
        var refusals = new (Action Add, DynamoLimit Limit, string? Attribute)[]
        {
            (() => transaction.Put(big), DynamoLimit.ItemSize, null),
            (() => transaction.Create(stored with { Name = "new", Tree = new NestedMaps(32) }), DynamoLimit.NestingDepth, "Tree"),
            (() => transaction.Update(big), DynamoLimit.ItemSize, null),
            (() => transaction.Update(stored with { Tag = Refusals.Text(2045) }, [nameof(LimitDoc.Tag)]), DynamoLimit.PartitionKeySize, "gsi1_pk"),
            (() => transaction.Update(stored.ToKey(), new DynamoUpdate<LimitDoc>().Set(LimitDoc.Fields.Body, big.Body)), DynamoLimit.ItemSize, null),
            (() => transaction.Update(longKey, new DynamoUpdate<LimitDoc>().Set(LimitDoc.Fields.Body, "x")), DynamoLimit.SortKeySize, "Name"),
            (() => transaction.Delete<LimitDoc>(longKey), DynamoLimit.SortKeySize, "Name"),
            (() => transaction.Delete(stored with { Owner = Refusals.Text(2049) }), DynamoLimit.PartitionKeySize, "Owner"),
            (() => transaction.ConditionCheck(longKey, LimitDoc.Fields.Body.Exists()), DynamoLimit.SortKeySize, "Name"),
            (() => transaction.Move(stored, stored with { Name = Refusals.Text(1025) }), DynamoLimit.SortKeySize, "Name"),
            (() => transaction.Move(stored, stored with { Name = "moved", Body = big.Body }), DynamoLimit.ItemSize, null),
        };
        for (var i = 0; i < refusals.Length; i++)
        {
            var (add, limit, attribute) = refusals[i];
            var error = Record.Exception(add);
            var refused = Assert.IsType<DynamoInvalidRequestException>(error ?? new InvalidOperationException($"action {i} was not refused"));
            Refusals.Named(refused, limit, attribute);
        }

        // Only the good put is in the builder: no half of a refused move, no refused action.
        Assert.Equal(1, transaction.Count);
        Assert.Equal(sent, _limits.RequestsSent);

        // The repository's move goes through the same check.
        Refusals.Named(await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => Docs.MoveAsync(stored, stored with { Name = Refusals.Text(1025) })), DynamoLimit.SortKeySize, "Name");
        Assert.Equal(sent, _limits.RequestsSent);
        Assert.Equal(stored, Assert.Single(await OwnedByAsync("tx")));

        // Transactional reads of a key no item can have are refused the same way.
        Refusals.Named(Assert.Throws<DynamoInvalidRequestException>(() => _limits.Context.GetTransaction().Get<LimitDoc>(longKey)), DynamoLimit.SortKeySize, "Name");
    }

    [Fact]
    public async Task A_batch_writes_its_24_good_items_and_reports_the_one_over_400_KB_as_not_written()
    {
        var docs = Docs25("batch-size");
        docs[12] = docs[12] with { Body = Refusals.Text(DynamoItemSize.MaxItemBytes) };

        var error = await Assert.ThrowsAsync<DynamoBatchException>(() => _limits.Context.BatchWriter().PutRange(docs).ExecuteAsync());

        Assert.Equal(24, error.Processed);
        var failure = Assert.Single(error.Failures);
        Assert.Equal("doc-12", failure.Key["Name"].S);
        Assert.Equal(DynamoBatchOutcome.NotProcessed, failure.Outcome);
        Refusals.Named(failure.Refusal!, DynamoLimit.ItemSize, null);
        Assert.Contains("400 KB", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(Refusals.Secret, error.Message, StringComparison.Ordinal);

        var stored = await OwnedByAsync("batch-size");
        Assert.Equal(docs.Where((_, i) => i != 12).Select(d => d.Name), stored.Select(d => d.Name));
        Assert.All(stored, d => Assert.Equal("fine", d.Body));
    }

    [Fact]
    public async Task A_batch_refuses_only_its_items_with_bad_keys_or_nesting_and_writes_the_rest()
    {
        await Docs.PutAsync(new LimitDoc { Owner = "batch-keys", Name = "kept" });
        var docs = Docs25("batch-keys");
        docs[0] = docs[0] with { Tag = Refusals.Text(2045), Label = "l" };
        docs[7] = docs[7] with { Name = Refusals.Text(1025) };
        docs[24] = docs[24] with { Tree = new NestedMaps(32) };
        var writer = _limits.Context.BatchWriter().PutRange(docs)
            .Put(new LimitDoc { Owner = Refusals.Text(2049), Name = "x" })
            .Put(new LimitDoc { Owner = "batch-keys", Name = string.Empty })
            .Delete<LimitDoc>(LimitDoc.Keys.PrimaryKey("batch-keys", Refusals.Text(1026)))
            .Delete<LimitDoc>(LimitDoc.Keys.PrimaryKey("batch-keys", "kept"));

        var error = await Assert.ThrowsAsync<DynamoBatchException>(() => writer.ExecuteAsync());

        Assert.Equal(23, error.Processed); // 22 good puts and the good delete
        var refused = error.Failures.Select(f => (f.Operation, f.Refusal!.Limit, f.Refusal.AttributeName)).ToList();
        Assert.Equal(
            [
                ("Put", DynamoLimit.PartitionKeySize, "gsi1_pk"),
                ("Put", DynamoLimit.SortKeySize, "Name"),
                ("Put", DynamoLimit.NestingDepth, "Tree"),
                ("Put", DynamoLimit.PartitionKeySize, "Owner"),
                ("Put", DynamoLimit.EmptyKeyValue, "Name"),
                ("Delete", DynamoLimit.SortKeySize, "Name"),
            ],
            refused.Select(r => (r.Operation, r.Limit, r.AttributeName)).ToList());
        Assert.All(error.Failures, f => Assert.Equal(DynamoBatchOutcome.NotProcessed, f.Outcome));
        Assert.All(error.Failures, f => Refusals.Named(f.Refusal!, f.Refusal!.Limit!.Value, f.Refusal.AttributeName));

        var stored = (await OwnedByAsync("batch-keys")).Select(d => d.Name).ToList();
        Assert.Equal(docs.Where((_, i) => i is not (0 or 7 or 24)).Select(d => d.Name), stored);
    }

    [Fact]
    public void A_batch_get_of_a_key_no_item_can_have_is_refused_when_added()
    {
        var getter = _limits.Context.BatchGetter();
        Refusals.Named(
            Assert.Throws<DynamoInvalidRequestException>(() => getter.Add<LimitDoc>((IReadOnlyDictionary<string, AttributeValue>)LimitDoc.Keys.PrimaryKey(Refusals.Text(2049), "x"))),
            DynamoLimit.PartitionKeySize,
            "Owner");
        Assert.Equal(0, getter.Count);
    }
}
