using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

[Collection(DynamoDbCollection.Name)]
public sealed class LockingTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private DynamoRepository<Customer> _customers = null!;

    public async Task InitializeAsync() => _customers = (await fixture.CreateContextAsync("locking")).Repository<Customer>();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_write_increments_the_version()
    {
        var v1 = await _customers.PutAsync(new Customer { CustomerId = "inc", Name = "A" });
        Assert.Equal(1, v1.Version);
        var v2 = await _customers.PutAsync(v1 with { Name = "B" });
        Assert.Equal(2, v2.Version);
        var v3 = await _customers.UpdateAsync(v2 with { Email = "b@example.com" }, ["Email"]);
        Assert.Equal(3, v3.Version);
        Assert.Equal(3, (await _customers.GetAsync(v3.ToKey(), true))!.Version);
    }

    [Fact]
    public async Task A_stale_write_throws_a_conflict_carrying_the_current_item()
    {
        var original = await _customers.PutAsync(new Customer { CustomerId = "stale", Name = "A" });
        var winner = await _customers.PutAsync(original with { Name = "winner" });

        var conflict = await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _customers.PutAsync(original with { Name = "loser" }));
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.CurrentVersion);
        // The key is on the exception for code; the message (which reaches logs) leaves it out unless ErrorValues.Show is on.
        Assert.Equal("Version conflict writing Customer (key not shown) in table 'shop-locking': expected version 1, but the stored version is 2.", conflict.Message);
        Assert.Equal("{pk=\"CUSTOMER#stale\", sk=\"PROFILE\"}", conflict.Key);
        Assert.Equal(winner, conflict.Current<Customer>());
        Assert.Equal("winner", conflict.CurrentItem!["Name"].S);

        await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _customers.UpdateAsync(original with { Name = "loser" }, ["Name"]));
        await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _customers.DeleteAsync(original));
        Assert.Equal("winner", (await _customers.GetAsync(original.ToKey(), true))!.Name);

        var merged = await _customers.PutAsync(conflict.Current<Customer>()! with { Name = "merged" });
        Assert.Equal(3, merged.Version);
    }

    [Fact]
    public async Task A_new_entity_conflicts_with_an_existing_item()
    {
        await _customers.PutAsync(new Customer { CustomerId = "new", Name = "A" });
        var conflict = await Assert.ThrowsAsync<DynamoVersionConflictException>(() => _customers.PutAsync(new Customer { CustomerId = "new", Name = "B" }));
        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Equal(1, conflict.CurrentVersion);
    }

    [Fact]
    public async Task Concurrent_writers_of_one_version_have_exactly_one_winner()
    {
        var original = await _customers.PutAsync(new Customer { CustomerId = "race", Name = "A" });
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await _customers.PutAsync(original with { Name = "writer" + i });
                return true;
            }
            catch (DynamoVersionConflictException)
            {
                return false;
            }
        }));
        Assert.Single(results, r => r);
        Assert.Equal(2, (await _customers.GetAsync(original.ToKey(), true))!.Version);
    }
}
