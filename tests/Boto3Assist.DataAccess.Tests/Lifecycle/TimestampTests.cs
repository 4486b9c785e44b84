using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;
using Microsoft.Extensions.Time.Testing;

namespace Boto3Assist.DataAccess.Tests.Lifecycle;

/// <summary>
/// [CreatedAt] and [UpdatedAt] on every write path (docs/timestamps-and-validation.md), read back raw with the
/// low-level client: updated-at is the clock's time of the write; created-at is set once and never overwritten.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class TimestampTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTimeOffset T1 = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = new(2026, 3, 2, 9, 45, 15, TimeSpan.Zero);
    private const string T1Offset = "2026-03-01T08:30:00.0000000+00:00";
    private const string T1Utc = "2026-03-01T08:30:00.0000000Z";
    private const string T2Utc = "2026-03-02T09:45:15.0000000Z";

    private readonly FakeTimeProvider _clock = new(T1);
    private DynamoDataContext _context = null!;
    private DynamoRepository<Account> _accounts = null!;

    public async Task InitializeAsync()
    {
        _context = await LifecycleTables.CreateContextAsync(fixture, "timestamps", _clock);
        _accounts = _context.Repository<Account>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Put_stamps_both_and_a_later_put_of_the_read_entity_keeps_created_at()
    {
        var written = await _accounts.PutAsync(new Account { AccountId = "put", Name = "A" });
        Assert.Equal(T1, written.CreatedAt);
        await AssertStored("put", created: T1Offset, updated: T1Utc);

        _clock.SetUtcNow(T2);
        var loaded = (await _accounts.GetAsync(Account.Keys.PrimaryKey("put"), true))!;
        await _accounts.PutAsync(loaded with { Name = "B" });
        await AssertStored("put", created: T1Offset, updated: T2Utc);
    }

    [Fact]
    public async Task Put_keeps_a_created_at_the_entity_carries_and_overrides_its_updated_at()
    {
        var old = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(2));
        await _accounts.PutAsync(new Account { AccountId = "imported", CreatedAt = old, UpdatedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        await AssertStored("imported", created: "2019-12-31T22:00:00.0000000+00:00", updated: T1Utc);
    }

    [Fact]
    public async Task Create_stamps_both()
    {
        await _accounts.CreateAsync(new Account { AccountId = "create" });
        await AssertStored("create", created: T1Offset, updated: T1Utc);
    }

    [Fact]
    public async Task Partial_update_from_a_model_moves_updated_at_and_never_overwrites_created_at()
    {
        await _accounts.CreateAsync(new Account { AccountId = "partial", Name = "A" });
        _clock.SetUtcNow(T2);

        // The model carries no created-at at all (default): the stored one stays.
        var updated = await _accounts.UpdateAsync(new Account { AccountId = "partial", Name = "B", Version = 1 }, ["Name", "CreatedAt", "UpdatedAt"]);
        Assert.Equal(T1, updated.CreatedAt);
        await AssertStored("partial", created: T1Offset, updated: T2Utc);

        // All members, with a different created-at in the model: if_not_exists keeps the stored one.
        await _accounts.UpdateAsync(updated with { Name = "C", CreatedAt = T2 });
        await AssertStored("partial", created: T1Offset, updated: T2Utc);
    }

    [Fact]
    public async Task An_update_of_an_item_written_without_timestamps_gives_it_a_created_at()
    {
        var key = Account.Keys.PrimaryKey("legacy");
        var item = new Dictionary<string, AttributeValue>(key) { ["_type"] = new() { S = "Account" }, ["AccountId"] = new() { S = "legacy" } };
        await fixture.Client.PutItemAsync(new PutItemRequest { TableName = _context.TableNames.For<Account>(), Item = item });
        _clock.SetUtcNow(T2);

        await _accounts.UpdateAsync(key, new DynamoUpdate<Account>().Set(Account.Fields.Name, "typed"));
        await AssertStored("legacy", created: "2026-03-02T09:45:15.0000000+00:00", updated: T2Utc);
    }

    [Fact]
    public async Task Typed_update_moves_updated_at_only()
    {
        await _accounts.CreateAsync(new Account { AccountId = "typed" });
        _clock.SetUtcNow(T2);
        await _accounts.UpdateAsync(Account.Keys.PrimaryKey("typed"), new DynamoUpdate<Account>().Set(Account.Fields.Name, "X"));
        await AssertStored("typed", created: T1Offset, updated: T2Utc);
    }

    [Fact]
    public async Task Batch_put_stamps_both()
    {
        await _context.BatchWriter().Put(new Account { AccountId = "batch" }).ExecuteAsync();
        await AssertStored("batch", created: T1Offset, updated: T1Utc);
    }

    [Fact]
    public async Task Transaction_put_create_and_update_stamp()
    {
        await _context.WriteTransaction()
            .Put(new Account { AccountId = "tx-put" })
            .Create(new Account { AccountId = "tx-create" })
            .ExecuteAsync();
        await AssertStored("tx-put", created: T1Offset, updated: T1Utc);
        await AssertStored("tx-create", created: T1Offset, updated: T1Utc);

        _clock.SetUtcNow(T2);
        await _context.WriteTransaction()
            .Update(new Account { AccountId = "tx-put", Name = "model", Version = 1 }, ["Name"])
            .Update(Account.Keys.PrimaryKey("tx-create"), new DynamoUpdate<Account>().Set(Account.Fields.Name, "typed"))
            .ExecuteAsync();
        await AssertStored("tx-put", created: T1Offset, updated: T2Utc);
        await AssertStored("tx-create", created: T1Offset, updated: T2Utc);
    }

    [Fact]
    public async Task Move_keeps_created_at_and_stamps_updated_at()
    {
        var current = await _accounts.CreateAsync(new Account { AccountId = "from" });
        _clock.SetUtcNow(T2);
        var moved = await _accounts.MoveAsync(current, current with { AccountId = "to" });
        Assert.Equal(T1, moved.CreatedAt);
        await AssertStored("to", created: T1Offset, updated: T2Utc);
    }

    [Fact]
    public async Task Nullable_date_and_epoch_millisecond_members_are_stamped_under_their_attribute_names()
    {
        var notes = _context.Repository<Note>();
        var written = await notes.PutAsync(new Note { NoteId = "n1" });
        Assert.Equal(T1.UtcDateTime, written.Created);
        Assert.Equal(T1.ToUnixTimeMilliseconds(), written.UpdatedMs);

        var raw = await ReadRaw(Note.Keys.PrimaryKey("n1"));
        Assert.Equal(T1Utc, raw["created_at"].S);
        Assert.Equal("1772353800000", raw["updated_ms"].N);

        _clock.SetUtcNow(T2);
        await notes.UpdateAsync(written with { Text = "x" }, ["Text"]);
        raw = await ReadRaw(Note.Keys.PrimaryKey("n1"));
        Assert.Equal(T1Utc, raw["created_at"].S);
        Assert.Equal(T2.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), raw["updated_ms"].N);
    }

    [Fact]
    public async Task Entities_without_timestamps_are_written_as_before()
    {
        var customers = _context.Repository<Entities.Customer>();
        await customers.PutAsync(new Entities.Customer { CustomerId = "plain", Name = "P" });
        var raw = await fixture.Client.GetItemAsync(new GetItemRequest { TableName = _context.TableNames.For<Entities.Customer>(), Key = Entities.Customer.Keys.PrimaryKey("plain"), ConsistentRead = true });
        Assert.DoesNotContain(raw.Item.Keys, k => k.Contains("At", StringComparison.Ordinal));
    }

    private async Task AssertStored(string accountId, string created, string updated)
    {
        var item = await ReadRaw(Account.Keys.PrimaryKey(accountId));
        Assert.Equal(created, item["CreatedAt"].S);
        Assert.Equal(updated, item["UpdatedAt"].S);
    }

    private async Task<Dictionary<string, AttributeValue>> ReadRaw(Dictionary<string, AttributeValue> key)
    {
        var response = await fixture.Client.GetItemAsync(new GetItemRequest { TableName = _context.TableNames.For<Account>(), Key = key, ConsistentRead = true });
        Assert.True(response.IsItemSet, "the item is stored");
        return response.Item;
    }
}
