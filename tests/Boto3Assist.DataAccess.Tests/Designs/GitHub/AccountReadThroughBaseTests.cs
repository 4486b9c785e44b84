using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.GitHub;

/// <summary>
/// Several entity types read through one base, on the account namespace of DeBrie's GitHub design: users and
/// organizations (and, in an organization's partition, its memberships) against DynamoDB Local, access pattern by
/// access pattern.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class AccountReadThroughBaseTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private static readonly DateTime Created = new(2020, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly GitHubUser Alex = new() { Username = "alexdebrie", Name = "Alex DeBrie", CreatedAt = Created, Followers = 1200 };
    private static readonly GitHubOrganization Aws = new() { OrganizationName = "aws", Name = "Amazon Web Services", CreatedAt = Created, PaymentPlan = "Enterprise" };
    private DynamoDataContext _context = null!;
    private DynamoRepository<GitHubAccount> _accounts = null!;

    public async Task InitializeAsync()
    {
        _context = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-accounts" });

        // The base's metadata is the table its derived entities share: enough to create it.
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, GitHubAccount.Metadata.Table, _context.TableNames.For<GitHubAccount>());
        _accounts = _context.Repository<GitHubAccount>();
        await _context.BatchWriter()
            .Put(Alex)
            .Put(Aws)
            .Put(new GitHubMembership { OrganizationName = "aws", Username = "alexdebrie", Role = "Member" })
            .ExecuteAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Get_an_account_by_name_returns_the_user_or_the_organization()
    {
        var user = await _accounts.GetAsync(GitHubUser.Keys.PrimaryKey("alexdebrie"), consistentRead: true);
        var organization = await _accounts.GetAsync(GitHubOrganization.Keys.PrimaryKey("aws"), consistentRead: true);

        Assert.Equal(Alex, Assert.IsType<GitHubUser>(user));
        Assert.Equal(Aws, Assert.IsType<GitHubOrganization>(organization));
        Assert.Null(await _accounts.GetAsync(GitHubUser.Keys.PrimaryKey("nobody"), consistentRead: true));

        // The generated Match takes one function per derived type: a new derived type breaks this call at compile time.
        Assert.Equal("user alexdebrie (1200 followers)", Describe(user!));
        Assert.Equal("organization aws on Enterprise", Describe(organization!));
        var seen = new List<string>();
        user!.Switch(u => seen.Add(u.Username), o => seen.Add(o.OrganizationName));
        organization!.Switch(u => seen.Add(u.Username), o => seen.Add(o.OrganizationName));
        Assert.Equal(["alexdebrie", "aws"], seen);
    }

    [Fact]
    public async Task Writes_through_the_base_store_the_derived_item()
    {
        GitHubAccount account = new GitHubUser { Username = "jdoe", Name = "J. Doe", CreatedAt = Created, Followers = 3 };
        await _accounts.PutAsync(account);

        var raw = (await fixture.Client.GetItemAsync(new GetItemRequest { TableName = _accounts.TableName, Key = GitHubUser.Keys.PrimaryKey("jdoe"), ConsistentRead = true })).Item;
        Assert.Equal("User", raw["_type"].S);
        Assert.Equal("ACCOUNT#jdoe", raw["PK"].S);
        Assert.Equal("3", raw["Followers"].N);
        Assert.Equal("J. Doe", (await _context.Repository<GitHubUser>().GetAsync(GitHubUser.Keys.PrimaryKey("jdoe"), consistentRead: true))!.Name);

        var deleted = await _accounts.DeleteAsync(account);
        Assert.IsType<GitHubUser>(deleted);
        Assert.Null(await _accounts.GetAsync(account.ToKey(), consistentRead: true));
    }

    [Fact]
    public async Task Query_of_an_organization_partition_returns_the_organization_and_skips_its_memberships()
    {
        var query = new DynamoQuery<GitHubAccount>(GitHubOrganization.Keys.PartitionKey("aws")) { ConsistentRead = true };

        var accounts = await _accounts.QueryAsync(query).ToListAsync();
        Assert.Equal(Aws, Assert.IsType<GitHubOrganization>(Assert.Single(accounts)));
        var page = await _accounts.QueryPageAsync(query with { PageSize = 5 });
        Assert.IsType<GitHubOrganization>(Assert.Single(page.Items));
    }

    [Fact]
    public async Task Scan_through_the_base_returns_users_and_organizations_only()
    {
        var scanned = await _accounts.ScanAsync().ToListAsync();

        Assert.Contains(scanned, a => a is GitHubUser { Username: "alexdebrie" });
        Assert.Contains(scanned, a => a is GitHubOrganization { OrganizationName: "aws" });
        Assert.All(scanned, a => Assert.True(a is GitHubUser or GitHubOrganization));
    }

    [Fact]
    public async Task Batch_get_maps_each_item_to_its_own_type()
    {
        var result = await _context.BatchGetter()
            .Add<GitHubAccount>(GitHubUser.Keys.PrimaryKey("alexdebrie"))
            .Add<GitHubAccount>(GitHubOrganization.Keys.PrimaryKey("aws"))
            .Add<GitHubMembership>(GitHubMembership.Keys.PrimaryKey("aws", "alexdebrie"))
            .ExecuteAsync();

        Assert.Equal(3, result.Items.Count);
        Assert.Equal(Alex, Assert.Single(result.OfType<GitHubUser>()));
        Assert.Equal(Aws, Assert.Single(result.OfType<GitHubOrganization>()));
        Assert.Equal(2, result.OfType<GitHubAccount>().Count);
        Assert.Equal("Member", Assert.Single(result.OfType<GitHubMembership>()).Role);
    }

    [Fact]
    public async Task Transactional_get_through_the_base_returns_the_derived_types()
    {
        var read = _context.GetTransaction();
        var user = read.Get<GitHubAccount>(GitHubUser.Keys.PrimaryKey("alexdebrie"));
        var organization = read.Get<GitHubAccount>(GitHubOrganization.Keys.PrimaryKey("aws"));
        var result = await read.ExecuteAsync();

        Assert.IsType<GitHubUser>(result.Get(user));
        Assert.IsType<GitHubOrganization>(result.Get(organization));
    }

    [Fact]
    public async Task An_item_collection_maps_the_base_and_other_entities()
    {
        var collection = await new DynamoCollectionQuery(_context, GitHubOrganization.Keys.PartitionKey("aws")).Map<GitHubAccount>().Map<GitHubMembership>().ExecuteAsync();

        Assert.Equal(Aws, collection.Single<GitHubAccount>());
        Assert.Equal("alexdebrie", collection.Single<GitHubMembership>().Username);
    }

    [Fact]
    public async Task A_stored_type_that_is_no_derived_type_is_a_typed_error_naming_the_base_and_the_stored_type()
    {
        var bot = GitHubUser.Keys.PrimaryKey("dependabot");
        bot["_type"] = new AttributeValue { S = "Bot" };
        bot["Name"] = new AttributeValue { S = "secret display name" };
        await fixture.Client.PutItemAsync(new PutItemRequest { TableName = _accounts.TableName, Item = bot });

        var error = await Assert.ThrowsAsync<DynamoUnknownEntityTypeException>(() => _accounts.GetAsync(GitHubUser.Keys.PrimaryKey("dependabot"), consistentRead: true));
        Assert.Equal("GitHubAccount", error.BaseEntity);
        Assert.Equal("Bot", error.StoredType);
        Assert.Equal(["User", "Organization"], error.KnownTypes);
        Assert.Equal("The item read as GitHubAccount is of type 'Bot' (discriminator '_type'), which is none of GitHubAccount's derived types: User, Organization. Add [DynamoDerivedType(typeof(...))] for it, or skip it with OnlyThisEntityType.", error.Message);
        Assert.Equal("{PK=\"ACCOUNT#dependabot\", SK=\"ACCOUNT#dependabot\"}", error.Key);
        Assert.DoesNotContain("dependabot", error.Message, StringComparison.Ordinal);

        // A scan through the base skips it (it names another type); reading every type refuses it.
        Assert.DoesNotContain(await _accounts.ScanAsync().ToListAsync(), a => a.Name == "secret display name");
        await Assert.ThrowsAsync<DynamoUnknownEntityTypeException>(async () => await _accounts.ScanAsync(new DynamoScan<GitHubAccount> { OnlyThisEntityType = false }).ToListAsync());
    }

    [Fact]
    public async Task An_item_without_discriminator_is_an_error_when_the_base_declares_no_default_type()
    {
        var untyped = new GitHubUser { Username = "adopted", Name = "From another tool", CreatedAt = Created }.ToItem();
        untyped.Remove("_type");
        await fixture.Client.PutItemAsync(new PutItemRequest { TableName = _accounts.TableName, Item = untyped });

        var error = await Assert.ThrowsAsync<DynamoUnknownEntityTypeException>(() => _accounts.GetAsync(GitHubUser.Keys.PrimaryKey("adopted"), consistentRead: true));
        Assert.Null(error.StoredType);
        Assert.StartsWith("The item read as GitHubAccount has no discriminator '_type' and GitHubAccount declares no default type", error.Message, StringComparison.Ordinal);

        // A typed query surfaces it instead of dropping it in silence (as for an entity: only other types are skipped).
        await Assert.ThrowsAsync<DynamoUnknownEntityTypeException>(async () => await _accounts.QueryAsync(new DynamoQuery<GitHubAccount>(GitHubUser.Keys.PartitionKey("adopted"))).ToListAsync());
    }

    private static string Describe(GitHubAccount account) => account.Match(
        gitHubUser: user => $"user {user.Username} ({user.Followers} followers)",
        gitHubOrganization: organization => $"organization {organization.OrganizationName} on {organization.PaymentPlan}");
}
