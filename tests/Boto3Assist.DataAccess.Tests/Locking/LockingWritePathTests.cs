using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

/// <summary>
/// Every write path leaves an item that later versioned writes accept (docs/locking.md): items stored with version 0
/// or with no version attribute count as version 0, and a write that loses a race is a version conflict.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class LockingWritePathTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Day = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private DynamoDataContext _context = null!;
    private DynamoRepository<Customer> _customers = null!;
    private DynamoRepository<Order> _orders = null!;

    public async Task InitializeAsync()
    {
        _context = await fixture.CreateContextAsync("locking-paths");
        _customers = _context.Repository<Customer>();
        _orders = _context.Repository<Order>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Repository_create_update_put_and_delete_step_the_version_from_1()
    {
        var created = await _customers.CreateAsync(new Customer { CustomerId = "repo", Name = "A" });
        Assert.Equal(1, created.Version);
        var updated = await _customers.UpdateAsync(created with { Name = "B" }, ["Name"]);
        Assert.Equal(2, updated.Version);
        var typed = await _customers.UpdateAsync(created.ToKey(), new DynamoUpdate<Customer>().Increment(Customer.Fields.LoginCount, 1), expectedVersion: 2);
        Assert.Equal(3, typed.Version);
        var put = await _customers.PutAsync(typed with { Name = "C" });
        Assert.Equal(4, put.Version);

        var stale = await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _customers.DeleteAsync(typed));
        Assert.Equal(3, stale.ExpectedVersion);
        Assert.Equal(4, stale.CurrentVersion);
        Assert.Equal("C", stale.Current<Customer>()!.Name);

        var deleted = await _customers.DeleteAsync(put);
        Assert.Equal("C", deleted!.Name);
        Assert.Null(await _customers.GetAsync(put.ToKey(), true));
    }

    [Fact]
    public async Task A_batch_written_item_keeps_version_0_and_accepts_the_next_versioned_writes()
    {
        await _context.BatchWriter().Put(new Customer { CustomerId = "batch", Name = "A" }).ExecuteAsync();
        var loaded = (await _customers.GetAsync(Customer.Keys.PrimaryKey("batch"), true))!;
        Assert.Equal(0, loaded.Version);

        var updated = await _customers.UpdateAsync(loaded with { Name = "B" }, ["Name"]);
        Assert.Equal(1, updated.Version);
        Assert.Equal("B", updated.Name);

        var put = await _customers.PutAsync(updated with { Name = "C" });
        Assert.Equal(2, put.Version);
    }

    [Fact]
    public async Task A_put_of_a_batch_written_item_replaces_it_and_a_stale_copy_then_conflicts()
    {
        await _context.BatchWriter().Put(new Customer { CustomerId = "batch-put", Name = "A" }).ExecuteAsync();
        var loaded = (await _customers.GetAsync(Customer.Keys.PrimaryKey("batch-put"), true))!;

        var first = await _customers.PutAsync(loaded with { Name = "first" });
        Assert.Equal(1, first.Version);

        // A second writer that read the same version-0 item lost the race: a conflict with the winner, not "item exists".
        var conflict = await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _customers.PutAsync(loaded with { Name = "second" }));
        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Equal(1, conflict.CurrentVersion);
        Assert.Equal("first", conflict.Current<Customer>()!.Name);
        await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _customers.UpdateAsync(loaded with { Name = "second" }, ["Name"]));
        await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _customers.DeleteAsync(loaded));
        Assert.Equal("first", (await _customers.GetAsync(loaded.ToKey(), true))!.Name);
    }

    [Fact]
    public async Task An_item_put_raw_from_ToItem_accepts_versioned_updates()
    {
        var entity = new Customer { CustomerId = "raw", Name = "A" };
        await fixture.Client.PutItemAsync(new PutItemRequest { TableName = _customers.TableName, Item = entity.ToItem() });

        var typed = await _customers.UpdateAsync(entity.ToKey(), new DynamoUpdate<Customer>().Increment(Customer.Fields.LoginCount, 2), expectedVersion: 0);
        Assert.Equal(1, typed.Version);
        Assert.Equal(2, typed.LoginCount);

        var model = await _customers.UpdateAsync(typed with { Name = "B" }, ["Name"]);
        Assert.Equal(2, model.Version);
    }

    [Fact]
    public async Task An_item_without_any_version_attribute_counts_as_version_0()
    {
        var item = new Customer { CustomerId = "other-tool", Name = "A" }.ToItem();
        item.Remove("Version");
        await fixture.Client.PutItemAsync(new PutItemRequest { TableName = _customers.TableName, Item = item });

        var updated = await _customers.UpdateAsync(Customer.Keys.PrimaryKey("other-tool"), new DynamoUpdate<Customer>().Set(Customer.Fields.Name, "B"), expectedVersion: 0);
        Assert.Equal(1, updated.Version);
        Assert.Equal("B", updated.Name);
    }

    [Fact]
    public async Task A_transaction_put_stores_version_1_and_the_item_read_back_updates()
    {
        var entity = new Customer { CustomerId = "tx-put", Name = "A" };
        await _context.WriteTransaction().Put(entity).ExecuteAsync();
        var loaded = (await _customers.GetAsync(entity.ToKey(), true))!;
        Assert.Equal(1, loaded.Version);

        var updated = await _customers.UpdateAsync(loaded with { Name = "B" }, ["Name"]);
        Assert.Equal(2, updated.Version);

        // The copy written in the transaction still says 0: it is stale, and says so with the current item.
        var conflict = await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _customers.UpdateAsync(entity with { Name = "C" }, ["Name"]));
        Assert.Equal(2, conflict.CurrentVersion);
        Assert.Equal("B", conflict.Current<Customer>()!.Name);
    }

    [Fact]
    public async Task A_transaction_put_over_a_batch_written_item_is_accepted()
    {
        await _context.BatchWriter().Put(new Customer { CustomerId = "tx-over-batch", Name = "A" }).ExecuteAsync();
        var loaded = (await _customers.GetAsync(Customer.Keys.PrimaryKey("tx-over-batch"), true))!;
        await _context.WriteTransaction().Put(loaded with { Name = "B" }).ExecuteAsync();
        var after = (await _customers.GetAsync(loaded.ToKey(), true))!;
        Assert.Equal(1, after.Version);
        Assert.Equal("B", after.Name);
    }

    [Fact]
    public async Task A_move_carries_the_version_to_the_new_key_and_deletes_the_old_item()
    {
        var order = await _orders.CreateAsync(new Order { CustomerId = "mover", OrderId = "o1", OrderDate = Day, Total = 5m });
        order = await _orders.UpdateAsync(order with { Total = 6m }, ["Total"]);
        Assert.Equal(2, order.Version);

        var moved = await _orders.MoveAsync(order, order with { OrderDate = Day.AddDays(3) });
        Assert.Equal(3, moved.Version);
        Assert.Null(await _orders.GetAsync(order.ToKey(), true));
        var stored = (await _orders.GetAsync(moved.ToKey(), true))!;
        Assert.Equal(3, stored.Version);
        Assert.Equal(6m, stored.Total);
        Assert.Equal(Day.AddDays(3), stored.OrderDate);

        // The moved item takes versioned writes at once.
        Assert.Equal(4, (await _orders.PutAsync(stored with { Total = 7m })).Version);
    }

    [Fact]
    public async Task A_stale_move_is_a_version_conflict_and_writes_nothing()
    {
        var order = await _orders.CreateAsync(new Order { CustomerId = "mover", OrderId = "stale", OrderDate = Day, Total = 5m });
        var winner = await _orders.PutAsync(order with { Total = 9m });

        var conflict = await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _orders.MoveAsync(order, order with { OrderDate = Day.AddDays(1) }));
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.CurrentVersion);
        Assert.Equal(winner, conflict.Current<Order>());
        Assert.Null(await _orders.GetAsync(Order.Keys.PrimaryKey("mover", Day.AddDays(1), "stale"), true));

        // Moving an item that is gone is a conflict too: the stored version is "none".
        await _orders.DeleteAsync(winner);
        var gone = await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _orders.MoveAsync(winner, winner with { OrderDate = Day.AddDays(1) }));
        Assert.Null(gone.CurrentVersion);
    }

    [Fact]
    public async Task A_move_onto_a_taken_key_fails_on_the_new_key_and_writes_nothing()
    {
        var order = await _orders.CreateAsync(new Order { CustomerId = "mover", OrderId = "taken", OrderDate = Day, Total = 5m });
        var other = await _orders.CreateAsync(order with { OrderDate = Day.AddDays(2), Total = 8m });
        Assert.Equal(1, other.Version); // a create starts at 1 whatever the copied entity carried

        var error = await Assert.ThrowsAsync<DynamoConditionFailedException>(() => _orders.MoveAsync(order, order with { OrderDate = Day.AddDays(2) }));
        Assert.Equal("8", error.CurrentItem!["Total"].N);
        Assert.Equal(5m, (await _orders.GetAsync(order.ToKey(), true))!.Total);
        Assert.Equal(8m, (await _orders.GetAsync(other.ToKey(), true))!.Total);

        await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => _orders.MoveAsync(order, order with { Total = 1m }));
    }

    [Fact]
    public async Task A_move_inside_a_larger_transaction_carries_the_version()
    {
        var order = await _orders.CreateAsync(new Order { CustomerId = "mover", OrderId = "tx", OrderDate = Day, Status = "OPEN", Total = 5m });
        var customer = await _customers.CreateAsync(new Customer { CustomerId = "mover", Name = "M" });

        await _context.WriteTransaction()
            .Move(order, order with { OrderDate = Day.AddDays(5), Status = "CLOSED" })
            .Update(customer with { Name = "N" }, ["Name"])
            .ExecuteAsync();

        var moved = (await _orders.GetAsync(Order.Keys.PrimaryKey("mover", Day.AddDays(5), "tx"), true))!;
        Assert.Equal(2, moved.Version);
        Assert.Equal("CLOSED", moved.Status);
        Assert.Null(await _orders.GetAsync(order.ToKey(), true));
        Assert.Equal(2, (await _customers.GetAsync(customer.ToKey(), true))!.Version);
    }

    [Fact]
    public async Task A_transaction_that_loses_a_race_names_the_action_and_carries_the_winner()
    {
        var fresh = await _customers.CreateAsync(new Customer { CustomerId = "tx-race-a", Name = "A" });
        var read = await _customers.CreateAsync(new Customer { CustomerId = "tx-race-b", Name = "B" });
        var winner = await _customers.UpdateAsync(read with { Name = "winner" }, ["Name"]);
        var order = new Order { CustomerId = "tx-race-b", OrderId = "o1", OrderDate = Day, Total = 1m };

        var error = await Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => _context.WriteTransaction()
            .Update(fresh with { Name = "A2" }, ["Name"])
            .Create(order)
            .Update(read with { Name = "loser" }, ["Name"])
            .ExecuteAsync());

        var lost = Assert.Single(error.VersionConflicts);
        Assert.Equal(2, lost.Index);
        Assert.Equal("ConditionalCheckFailed", lost.Code);
        Assert.Equal("Customer", lost.Entity);
        Assert.Equal(1, lost.ExpectedVersion);
        Assert.Equal(2, lost.CurrentVersion);
        Assert.Equal(winner, lost.Current<Customer>());
        // Key values stay out of the message unless ErrorValues.Show is on; the action, entity and versions are there.
        Assert.Contains("#2 Update Customer ", error.Message, StringComparison.Ordinal);
        Assert.Contains("in 'shop-locking-paths': ConditionalCheckFailed (version conflict: expected version 1, stored version 2)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tx-race-b", error.Message, StringComparison.Ordinal);

        // Nothing was written, and the fresh copy still updates.
        Assert.Null(await _orders.GetAsync(order.ToKey(), true));
        Assert.Equal(2, (await _customers.UpdateAsync(fresh with { Name = "A2" }, ["Name"])).Version);
    }

    [Fact]
    public async Task A_transaction_version_conflict_on_a_deleted_item_says_it_is_gone()
    {
        var customer = await _customers.CreateAsync(new Customer { CustomerId = "tx-gone", Name = "A" });
        await _customers.DeleteAsync(customer);

        var error = await Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => _context.WriteTransaction().Delete(customer).ExecuteAsync());

        var lost = Assert.Single(error.VersionConflicts);
        Assert.Equal(1, lost.ExpectedVersion);
        Assert.Null(lost.CurrentVersion);
        Assert.Null(lost.Current<Customer>());
        Assert.Contains("(version conflict: expected version 1, the item does not exist)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transaction_hands_back_what_its_puts_creates_and_moves_wrote()
    {
        var order = await _orders.CreateAsync(new Order { CustomerId = "tx-written", OrderId = "o1", OrderDate = Day, Total = 1m });
        var customer = new Customer { CustomerId = "tx-written", Name = "A" };
        var profile = new Customer { CustomerId = "tx-written-2", Name = "B" };
        var moved = order with { OrderDate = Day.AddDays(1) };
        var transaction = _context.WriteTransaction().Put(customer).Create(profile).Move(order, moved);
        Assert.Throws<InvalidOperationException>(() => transaction.Written(customer));

        await transaction.ExecuteAsync();

        var written = transaction.Written(customer);
        Assert.Equal(1, written.Version);
        Assert.Equal(1, transaction.Written(profile).Version);
        Assert.Equal(2, transaction.Written(moved).Version);
        Assert.Throws<InvalidOperationException>(() => transaction.Written(order)); // the old key was deleted

        // What it hands back takes the next versioned write at once.
        Assert.Equal(2, (await _customers.UpdateAsync(written with { Name = "A2" }, ["Name"])).Version);
    }
}
