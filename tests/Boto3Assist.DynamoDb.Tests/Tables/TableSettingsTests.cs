using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using static Boto3Assist.DynamoDb.Tests.Infrastructure.TestTables;

namespace Boto3Assist.DynamoDb.Tests.Tables;

/// <summary>
/// Table settings against DynamoDB Local for what it supports (billing and capacity, stream, deletion protection), and
/// through a recording client for what it lacks (point-in-time recovery, tagging).
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class TableSettingsTests(DynamoDbLocalFixture server)
{
    private readonly IAmazonDynamoDB _client = server.Client;

    private static DynamoTableSettings Provisioned(long read = 3, long write = 4) => new()
    {
        BillingMode = DynamoBillingMode.Provisioned,
        Capacity = new DynamoCapacity { ReadCapacityUnits = read, WriteCapacityUnits = write },
    };

    [Fact]
    public async Task A_new_table_gets_provisioned_capacity_per_index_stream_and_deletion_protection()
    {
        var name = UniqueName();
        var settings = Provisioned();
        settings.IndexCapacity["gsi2"] = new DynamoCapacity { ReadCapacityUnits = 7, WriteCapacityUnits = 8 };
        settings.StreamViewType = DynamoStreamViewType.NewAndOldImages;
        settings.DeletionProtection = true;
        settings.TableClass = DynamoTableClass.StandardInfrequentAccess;
        settings.PointInTimeRecovery = true;         // DynamoDB Local has no continuous backups: skipped, not failed
        settings.Tags["team"] = "orders";            // DynamoDB Local accepts and ignores tags in CreateTable
        var definition = Table(name, indexes: [Gsi("gsi1", "gsi1_pk"), Gsi("gsi2", "gsi2_pk")]) with { Settings = settings };

        Assert.True(await DynamoTableCreator.CreateIfNotExistsAsync(_client, definition));

        var table = (await _client.DescribeTableAsync(name)).Table;
        Assert.Equal((3L, 4L), (table.ProvisionedThroughput.ReadCapacityUnits, table.ProvisionedThroughput.WriteCapacityUnits));
        var indexes = table.GlobalSecondaryIndexes.ToDictionary(i => i.IndexName, i => (i.ProvisionedThroughput.ReadCapacityUnits, i.ProvisionedThroughput.WriteCapacityUnits));
        Assert.Equal((3L, 4L), indexes["gsi1"]);
        Assert.Equal((7L, 8L), indexes["gsi2"]);
        Assert.True(table.StreamSpecification.StreamEnabled);
        Assert.Equal(StreamViewType.NEW_AND_OLD_IMAGES, table.StreamSpecification.StreamViewType);
        Assert.NotNull(table.LatestStreamArn);
        Assert.True(table.DeletionProtectionEnabled);
        var refused = await Assert.ThrowsAnyAsync<AmazonDynamoDBException>(() => _client.DeleteTableAsync(name));
        Assert.Contains("protected against deletion", refused.Message, StringComparison.Ordinal);

        // Idempotent with every setting already in place.
        Assert.False(await DynamoTableCreator.CreateIfNotExistsAsync(_client, definition));
    }

    [Fact]
    public async Task Without_settings_a_table_is_on_demand_without_stream_or_protection()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name));

        var table = (await _client.DescribeTableAsync(name)).Table;
        Assert.Equal(BillingMode.PAY_PER_REQUEST, table.BillingModeSummary?.BillingMode);
        Assert.NotEqual(true, table.StreamSpecification?.StreamEnabled);
        Assert.NotEqual(true, table.DeletionProtectionEnabled);
    }

    [Fact]
    public async Task An_existing_table_gets_the_stream_and_deletion_protection_it_lacks()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name));

        var settings = new DynamoTableSettings { StreamViewType = DynamoStreamViewType.NewImage, DeletionProtection = true };
        Assert.False(await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name) with { Settings = settings }));

        var table = (await _client.DescribeTableAsync(name)).Table;
        Assert.True(table.StreamSpecification.StreamEnabled);
        Assert.Equal(StreamViewType.NEW_IMAGE, table.StreamSpecification.StreamViewType);
        Assert.True(table.DeletionProtectionEnabled);
        Assert.Equal(BillingMode.PAY_PER_REQUEST, table.BillingModeSummary?.BillingMode);
    }

    [Fact]
    public async Task An_existing_stream_of_another_view_type_is_reported_not_replaced()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name) with { Settings = new() { StreamViewType = DynamoStreamViewType.KeysOnly } });

        var ex = await Assert.ThrowsAsync<DynamoTableDefinitionException>(() => DynamoTableCreator.CreateIfNotExistsAsync(
            _client, Table(name) with { Settings = new() { StreamViewType = DynamoStreamViewType.NewAndOldImages } }));

        Assert.Equal(name, ex.TableName);
        Assert.Contains("KEYS_ONLY", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NEW_AND_OLD_IMAGES", ex.Message, StringComparison.Ordinal);
        Assert.Equal(StreamViewType.KEYS_ONLY, (await _client.DescribeTableAsync(name)).Table.StreamSpecification.StreamViewType);
    }

    [Fact]
    public async Task A_global_index_added_to_a_provisioned_table_gets_capacity()
    {
        var name = UniqueName();
        await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name) with { Settings = Provisioned(2, 2) });

        // Settings now say on-demand: the table stays provisioned (billing is never switched) and the index takes its capacity.
        Assert.False(await DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, indexes: Gsi("gsi1", "gsi1_pk"))));

        var index = Assert.Single((await _client.DescribeTableAsync(name)).Table.GlobalSecondaryIndexes);
        Assert.Equal((2L, 2L), (index.ProvisionedThroughput.ReadCapacityUnits, index.ProvisionedThroughput.WriteCapacityUnits));
    }

    [Fact]
    public async Task Point_in_time_recovery_and_tags_are_requested_on_new_and_existing_tables()
    {
        using var client = new SettingsRecordingClient(new BasicAWSCredentials("local", "local"), server.Server.CreateClientConfig());
        var name = UniqueName();
        var settings = new DynamoTableSettings { PointInTimeRecovery = true, Tags = { ["team"] = "orders", ["cost-center"] = "42" } };

        Assert.True(await DynamoTableCreator.CreateIfNotExistsAsync(client, Table(name) with { Settings = settings }));
        var enable = Assert.Single(client.BackupUpdates);
        Assert.Equal(name, enable.TableName);
        Assert.True(enable.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled);
        Assert.Empty(client.TagRequests);            // new table: the tags went with CreateTable

        var arn = (await client.DescribeTableAsync(name)).Table.TableArn;
        client.SetTags(arn, new() { ["team"] = "orders", ["cost-center"] = "7", ["owner"] = "ops" });
        Assert.False(await DynamoTableCreator.CreateIfNotExistsAsync(client, Table(name) with { Settings = settings }));

        Assert.Single(client.BackupUpdates);         // already enabled: not sent again
        var tagging = Assert.Single(client.TagRequests);
        Assert.Equal(arn, tagging.ResourceArn);
        Assert.Equal([("cost-center", "42")], tagging.Tags.Select(t => (t.Key, t.Value)));
    }

    [Fact]
    public void The_create_request_carries_every_setting()
    {
        var settings = Provisioned(5, 6);
        settings.IndexCapacity["gsi1"] = new DynamoCapacity { ReadCapacityUnits = 1, WriteCapacityUnits = 2 };
        settings.TableClass = DynamoTableClass.StandardInfrequentAccess;
        settings.DeletionProtection = true;
        settings.StreamViewType = DynamoStreamViewType.OldImage;
        settings.Tags["b"] = "2";
        settings.Tags["a"] = "1";

        var request = CreateTableRequestFactory.Create(Table("declared", indexes: [Gsi("gsi1", "g1"), Gsi("gsi2", "g2"), Lsi("lsi1", "pk", "l")]) with { Settings = settings }, "physical");

        Assert.Equal("physical", request.TableName);
        Assert.Equal(BillingMode.PROVISIONED, request.BillingMode);
        Assert.Equal((5L, 6L), (request.ProvisionedThroughput.ReadCapacityUnits, request.ProvisionedThroughput.WriteCapacityUnits));
        Assert.Equal(
            [("gsi1", 1L, 2L), ("gsi2", 5L, 6L)],
            request.GlobalSecondaryIndexes.Select(i => (i.IndexName, i.ProvisionedThroughput.ReadCapacityUnits!.Value, i.ProvisionedThroughput.WriteCapacityUnits!.Value)));
        Assert.Equal(TableClass.STANDARD_INFREQUENT_ACCESS, request.TableClass);
        Assert.True(request.DeletionProtectionEnabled);
        Assert.Equal((true, StreamViewType.OLD_IMAGE), (request.StreamSpecification.StreamEnabled!.Value, request.StreamSpecification.StreamViewType));
        Assert.Equal([("a", "1"), ("b", "2")], request.Tags.Select(t => (t.Key, t.Value)));
    }

    [Fact]
    public void The_default_create_request_is_on_demand_standard_without_stream_or_tags()
    {
        var request = CreateTableRequestFactory.Create(Table("declared", indexes: Gsi("gsi1", "g1")), "physical");

        Assert.Equal(BillingMode.PAY_PER_REQUEST, request.BillingMode);
        Assert.Null(request.ProvisionedThroughput);
        Assert.Null(Assert.Single(request.GlobalSecondaryIndexes).ProvisionedThroughput);
        Assert.Equal(TableClass.STANDARD, request.TableClass);
        Assert.False(request.DeletionProtectionEnabled);
        Assert.Null(request.StreamSpecification);
        Assert.Null(request.Tags);
    }

    [Fact]
    public void Update_requests_for_an_existing_table()
    {
        var recovery = TableSettingsRequests.EnablePointInTimeRecovery("t1");
        Assert.Equal(("t1", true), (recovery.TableName, recovery.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled!.Value));

        var stream = TableSettingsRequests.EnableStream("t1", DynamoStreamViewType.KeysOnly);
        Assert.Equal((true, StreamViewType.KEYS_ONLY), (stream.StreamSpecification.StreamEnabled!.Value, stream.StreamSpecification.StreamViewType));
        Assert.True(TableSettingsRequests.EnableDeletionProtection("t1").DeletionProtectionEnabled);

        var wanted = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" };
        Assert.Null(TableSettingsRequests.AddTags("arn", wanted, new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" }));
        var tags = TableSettingsRequests.AddTags("arn", wanted, new Dictionary<string, string> { ["a"] = "0" });
        Assert.Equal([("a", "1"), ("b", "2")], tags!.Tags.Select(t => (t.Key, t.Value)));
    }

    public static TheoryData<string, DynamoTableSettings, string> InvalidSettings() => new()
    {
        { "provisioned without capacity", new DynamoTableSettings { BillingMode = DynamoBillingMode.Provisioned }, "without a Capacity" },
        { "zero units", Provisioned(0, 1), "at least 1 read" },
        { "on-demand with capacity", new DynamoTableSettings { Capacity = new DynamoCapacity { ReadCapacityUnits = 1, WriteCapacityUnits = 1 } }, "on-demand billing" },
        { "unknown index", WithIndexCapacity("nope"), "'nope', which is not a global index" },
        { "reserved tag", new DynamoTableSettings { Tags = { ["aws:owner"] = "x" } }, "must not start with 'aws:'" },
        { "too many tags", new DynamoTableSettings { Tags = Enumerable.Range(0, 51).ToDictionary(i => "k" + i, i => "v") }, "at most 50" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task Invalid_settings_are_refused_before_calling_DynamoDB(string why, DynamoTableSettings settings, string expected)
    {
        var name = UniqueName() + why.Length;
        var ex = await Assert.ThrowsAsync<DynamoTableDefinitionException>(() => DynamoTableCreator.CreateIfNotExistsAsync(_client, Table(name, indexes: Gsi("gsi1", "g1")) with { Settings = settings }));

        Assert.Equal(name, ex.TableName);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(name, (await _client.ListTablesAsync()).TableNames);
    }

    [Fact]
    public void Merging_keeps_one_settings_instance_and_refuses_two()
    {
        var settings = new DynamoTableSettings { DeletionProtection = true };
        var merged = DynamoTableDefinitions.Merge([Table("shop") with { Settings = settings }, Table("shop"), Table("shop") with { Settings = settings }]);
        Assert.Same(settings, merged.Settings);

        var ex = Assert.Throws<DynamoTableDefinitionException>(() => DynamoTableDefinitions.Merge([Table("shop") with { Settings = settings }, Table("shop") with { Settings = new() }]));
        Assert.Contains("different table settings", ex.Message, StringComparison.Ordinal);
    }

    private static DynamoTableSettings WithIndexCapacity(string index)
    {
        var settings = Provisioned();
        settings.IndexCapacity[index] = new DynamoCapacity { ReadCapacityUnits = 1, WriteCapacityUnits = 1 };
        return settings;
    }
}
