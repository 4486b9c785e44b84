using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ECommerce;

/// <summary>Typed updates of one entry of a map member (a customer's addresses), the entry key aliased like any name.</summary>
[Collection(DynamoDbCollection.Name)]
public sealed class MapEntryUpdateTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly Address Home = new() { Street = "1 Home Street", City = "Omaha", State = "NE" };
    private static readonly Address Business = new() { Street = "2 Office Park", City = "Lincoln", State = "NE" };
    private DynamoDataContext _context = null!;
    private DynamoRepository<Customer> _customers = null!;

    public async Task InitializeAsync()
    {
        _context = await ECommerceTable.CreateAsync(fixture, "map-entries");
        _customers = _context.Repository<Customer>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Setting_one_address_keeps_the_others()
    {
        var customer = await _customers.PutAsync(new Customer { Username = "maps1", Name = "M", Email = "m1@example.com", Addresses = { ["home"] = Home } });

        var updated = await _customers.UpdateAsync(customer.ToKey(), new DynamoUpdate<Customer>().SetEntry(Customer.Fields.Addresses, "business", Business), expectedVersion: 1);

        Assert.Equal(2, updated.Version);
        Assert.Equal(Home, updated.Addresses["home"]);
        Assert.Equal(Business, updated.Addresses["business"]);
        Assert.Equal(2, updated.Addresses.Count);
    }

    [Fact]
    public async Task Two_writers_of_different_entries_both_keep_their_entry()
    {
        var customer = await _customers.PutAsync(new Customer { Username = "maps2", Name = "M", Email = "m2@example.com" });

        // No expected version: entry updates of different keys do not overwrite each other, unlike a whole-map SET.
        await _customers.UpdateAsync(customer.ToKey(), new DynamoUpdate<Customer>().SetEntry(Customer.Fields.Addresses, "home", Home));
        await _customers.UpdateAsync(customer.ToKey(), new DynamoUpdate<Customer>().SetEntry(Customer.Fields.Addresses, "business", Business));

        var stored = (await _customers.GetAsync(customer.ToKey(), true))!;
        Assert.Equal(["business", "home"], stored.Addresses.Keys.Order().ToArray());
        Assert.Equal(3, stored.Version);
    }

    [Fact]
    public async Task Removing_an_entry_and_setting_another_in_one_update()
    {
        var customer = await _customers.PutAsync(new Customer { Username = "maps3", Name = "M", Email = "m3@example.com", Addresses = { ["home"] = Home, ["business"] = Business } });

        var moved = Home with { Street = "9 New Street" };
        var updated = await _customers.UpdateAsync(customer.ToKey(), new DynamoUpdate<Customer>()
            .SetEntry(Customer.Fields.Addresses, "home", moved)
            .RemoveEntry(Customer.Fields.Addresses, "business"));

        Assert.Equal(["home"], updated.Addresses.Keys.ToArray());
        Assert.Equal("9 New Street", updated.Addresses["home"].Street);

        var cleared = await _customers.UpdateAsync(customer.ToKey(), new DynamoUpdate<Customer>().RemoveEntry(Customer.Fields.Addresses, "home"));
        Assert.Empty(cleared.Addresses);
    }

    [Fact]
    public async Task An_entry_key_with_dots_and_hashes_stays_one_entry()
    {
        var customer = await _customers.PutAsync(new Customer { Username = "maps4", Name = "M", Email = "m4@example.com" });
        const string key = "summer.house #2 :v0";

        await _customers.UpdateAsync(customer.ToKey(), new DynamoUpdate<Customer>().SetEntry(Customer.Fields.Addresses, key, Home));

        var raw = (await fixture.Client.GetItemAsync(_customers.TableName, customer.ToKey(), true)).Item;
        Assert.Equal(["summer.house #2 :v0"], raw["Addresses"].M.Keys.ToArray());
        Assert.Equal("Omaha", raw["Addresses"].M[key].M["City"].S);
    }

    [Fact]
    public void Entry_updates_refuse_what_cannot_be_valid()
    {
        var empty = Assert.Throws<DynamoInvalidRequestException>(() => new DynamoUpdate<Customer>().SetEntry(Customer.Fields.Addresses, "", Home));
        Assert.Equal("Customer.Addresses: a map entry key cannot be empty in an update expression.", empty.Message);

        Assert.Throws<ArgumentException>(() => new DynamoUpdate<Customer>().SetEntry(Customer.Fields.Addresses, "home", Home).RemoveEntry(Customer.Fields.Addresses, "home"));
        Assert.Throws<ArgumentException>(() => new DynamoUpdate<Customer>().Set(Customer.Fields.Addresses, new Dictionary<string, Address>()).RemoveEntry(Customer.Fields.Addresses, "home"));

        // Entries of different keys are independent actions.
        var update = new DynamoUpdate<Customer>().SetEntry(Customer.Fields.Addresses, "home", Home).SetEntry(Customer.Fields.Addresses, "business", Business);
        Assert.NotNull(update);
    }

    [Fact]
    public async Task An_entry_update_inside_a_transaction()
    {
        var customer = await _customers.PutAsync(new Customer { Username = "maps5", Name = "M", Email = "m5@example.com", Addresses = { ["home"] = Home } });

        await _context.WriteTransaction()
            .Update(customer.ToKey(), new DynamoUpdate<Customer>().SetEntry(Customer.Fields.Addresses, "business", Business), expectedVersion: customer.Version)
            .ExecuteAsync();

        var stored = (await _customers.GetAsync(customer.ToKey(), true))!;
        Assert.Equal(Business, stored.Addresses["business"]);
        Assert.Equal(Home, stored.Addresses["home"]);
    }
}
