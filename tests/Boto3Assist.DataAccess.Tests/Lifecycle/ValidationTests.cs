using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;
using Microsoft.Extensions.Time.Testing;

namespace Boto3Assist.DataAccess.Tests.Lifecycle;

/// <summary>
/// Validation generated from DataAnnotations (docs/timestamps-and-validation.md): every rule fires, every violation is
/// listed with its member path and without the user's values, and nothing reaches the table when one fails.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class ValidationTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private DynamoDataContext _context = null!;
    private DynamoRepository<Signup> _signups = null!;

    public async Task InitializeAsync()
    {
        _context = await LifecycleTables.CreateContextAsync(fixture, "validation", new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)));
        _signups = _context.Repository<Signup>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Signup Valid(string id) => new()
    {
        SignupId = id,
        Email = "ada@example.com",
        Name = "Ada",
        Age = 36,
        Country = "GB",
        Tags = ["math"],
        Code = "AB",
        Website = "https://example.com",
        Address = new Address { City = "London", Zip = "N1", Point = new GeoPoint { Latitude = 51.5 } },
        Lines = [new SignupLine { Sku = "S1", Quantity = 2 }],
    };

    private static Signup Invalid(string id) => Valid(id) with
    {
        Email = "not-an-email",
        Name = "X",
        Age = 12,
        Score = 0.0,
        Deposit = 0m,
        Country = "usa",
        Tags = [],
        Code = "A",
        Website = "www.secret-site.example",
        Address = new Address { City = null, Zip = "123456", Point = new GeoPoint { Latitude = 100 } },
        Lines = [new SignupLine { Sku = "ok" }, new SignupLine { Sku = null, Quantity = 11 }],
        Referred = true,
    };

    private static readonly (string Path, string Rule)[] InvalidViolations =
    [
        ("Email", "EmailAddress"),
        ("Name", "StringLength"),
        ("Age", "Range"),
        ("Score", "Range"),
        ("Deposit", "Range"),
        ("Country", "RegularExpression"),
        ("Tags", "MinLength"),
        ("Code", "Length"),
        ("Website", "Url"),
        ("Address.City", "Required"),
        ("Address.Zip", "StringLength"),
        ("Address.Point.Latitude", "Custom"),
        ("Lines[1].Sku", "Required"),
        ("Lines[1].Quantity", "Range"),
        ("ReferredBy", "Custom"),
    ];

    [Fact]
    public async Task A_valid_entity_is_written()
    {
        await _signups.PutAsync(Valid("valid"));
        Assert.NotNull(await _signups.GetAsync(Signup.Keys.PrimaryKey("valid"), true));
    }

    [Fact]
    public async Task Every_rule_fires_and_every_violation_is_listed_with_its_path_without_values()
    {
        var error = await Assert.ThrowsAsync<DynamoValidationException>(() => _signups.PutAsync(Invalid("all")));
        Assert.Equal("Signup", error.EntityName);
        Assert.Equal(InvalidViolations, error.Errors.Select(e => (e.MemberPath, e.Rule)).ToArray());
        Assert.Contains("Country must be a two-letter country code.", error.Message, StringComparison.Ordinal);
        Assert.Contains("The field Age must be between 18 and 120.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Lines[1].Quantity: The field Quantity must be between 1 and 10.", error.Message, StringComparison.Ordinal);
        foreach (var value in new[] { "not-an-email", "usa", "secret-site", "123456" })
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }

        await AssertNotStored("all");
    }

    [Fact]
    public async Task Required_and_max_length_fire()
    {
        var error = await Assert.ThrowsAsync<DynamoValidationException>(() => _signups.PutAsync(Valid("req") with { Email = " ", Tags = ["a", "b", "c", "d"] }));
        Assert.Equal([("Email", "Required"), ("Email", "EmailAddress"), ("Tags", "MaxLength")], error.Errors.Select(e => (e.MemberPath, e.Rule)).ToArray());
        await AssertNotStored("req");
    }

    [Fact]
    public async Task Create_and_batch_put_send_nothing()
    {
        await Assert.ThrowsAsync<DynamoValidationException>(() => _signups.CreateAsync(Invalid("create")));
        await AssertNotStored("create");

        var batch = _context.BatchWriter().Put(Valid("batch-ok"));
        var error = Assert.Throws<DynamoValidationException>(() => batch.Put(Invalid("batch-bad")));
        Assert.Equal(InvalidViolations.Length, error.Errors.Count);
        Assert.Equal(1, batch.Count);
        await batch.ExecuteAsync();
        await AssertNotStored("batch-bad");
        Assert.NotNull(await _signups.GetAsync(Signup.Keys.PrimaryKey("batch-ok"), true));
    }

    [Fact]
    public async Task Transaction_put_create_update_and_move_send_nothing()
    {
        await _signups.PutAsync(Valid("tx"));
        var transaction = _context.WriteTransaction().Put(Valid("tx-ok"));
        Assert.Throws<DynamoValidationException>(() => transaction.Put(Invalid("tx-put")));
        Assert.Throws<DynamoValidationException>(() => transaction.Create(Invalid("tx-create")));
        Assert.Throws<DynamoValidationException>(() => transaction.Update(Invalid("tx")));
        Assert.Throws<DynamoValidationException>(() => transaction.Move(Valid("tx"), Invalid("tx-moved")));
        Assert.Equal(1, transaction.Count);
        await transaction.ExecuteAsync();

        await AssertNotStored("tx-put");
        await AssertNotStored("tx-create");
        await AssertNotStored("tx-moved");
        Assert.Equal("ada@example.com", (await _signups.GetAsync(Signup.Keys.PrimaryKey("tx"), true))!.Email);
    }

    [Fact]
    public async Task Update_checks_the_members_it_writes()
    {
        await _signups.PutAsync(Valid("upd"));

        // Whole-entity update: every violation.
        var all = await Assert.ThrowsAsync<DynamoValidationException>(() => _signups.UpdateAsync(Invalid("upd")));
        Assert.Equal(InvalidViolations.Length, all.Errors.Count);

        // Partial update: only the members written count (the model's other members may be unset).
        var partial = await Assert.ThrowsAsync<DynamoValidationException>(() => _signups.UpdateAsync(new Signup { SignupId = "upd", Name = "X" }, ["Name"]));
        Assert.Equal([("Name", "StringLength")], partial.Errors.Select(e => (e.MemberPath, e.Rule)).ToArray());
        Assert.Equal("Ada", (await _signups.GetAsync(Signup.Keys.PrimaryKey("upd"), true))!.Name);

        var renamed = await _signups.UpdateAsync(new Signup { SignupId = "upd", Name = "Grace" }, ["Name"]);
        Assert.Equal("Grace", renamed.Name);
    }

    private async Task AssertNotStored(string signupId)
    {
        var response = await fixture.Client.GetItemAsync(new GetItemRequest { TableName = _context.TableNames.For<Signup>(), Key = Signup.Keys.PrimaryKey(signupId), ConsistentRead = true });
        Assert.False(response.IsItemSet, $"'{signupId}' must not be stored");
    }
}
