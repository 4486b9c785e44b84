using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Queries;

/// <summary>A sensor's readings: a Number partition key and a Number sort key, both the members themselves.</summary>
[DynamoTable("readings", WriteEntityType = false)]
public sealed partial record SensorReading
{
    [PartitionKey]
    public long SensorId { get; init; }

    [SortKey]
    public long Timestamp { get; init; }

    public decimal Value { get; init; }
}

/// <summary>Chunks of a blob: a Binary partition key and a Number sort key.</summary>
[DynamoTable("chunks", WriteEntityType = false)]
public sealed partial record BlobChunk
{
    [PartitionKey]
    public required byte[] BlobId { get; init; }

    [SortKey]
    public int Part { get; init; }

    public string? Text { get; init; }
}

/// <summary>
/// Queries take key values as what they are (<see cref="DynamoKeyValue"/>): numbers for Number keys, bytes for Binary
/// keys, text from the generated builders; the wrong kind is refused before anything is sent. Against DynamoDB Local.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class TypedKeyValueTests(DynamoDbFixture fixture)
{
    private async Task<DynamoDataContext> ContextAsync(string suffix)
    {
        var context = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-" + suffix });
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, SensorReading.Metadata.Table, context.TableNames.For<SensorReading>());
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, BlobChunk.Metadata.Table, context.TableNames.For<BlobChunk>());
        return context;
    }

    [Fact]
    public async Task A_Number_key_is_queried_with_numbers()
    {
        var context = await ContextAsync("typed-n");
        var readings = context.Repository<SensorReading>();
        for (var t = 1; t <= 12; t++)
        {
            await readings.PutAsync(new SensorReading { SensorId = 7, Timestamp = t * 100, Value = t + 0.5m });
        }

        await readings.PutAsync(new SensorReading { SensorId = 8, Timestamp = 100, Value = 99m });

        var between = await readings.QueryAsync(new DynamoQuery<SensorReading>(7L) { SortKey = DynamoSortKeyCondition.Between(300L, 500L) }).ToListAsync();
        var after = await readings.QueryAsync(new DynamoQuery<SensorReading>(7) { SortKey = DynamoSortKeyCondition.GreaterThan(1100), Descending = true }).ToListAsync();

        Assert.Equal([300L, 400L, 500L], between.Select(r => r.Timestamp));
        Assert.Equal([3.5m, 4.5m, 5.5m], between.Select(r => r.Value));
        Assert.Equal([1200L], after.Select(r => r.Timestamp));

        // Text is still the number's text (what DynamoDB JSON holds), so string-built queries keep working.
        Assert.Equal(12, (await readings.QueryAsync(new DynamoQuery<SensorReading>("7")).ToListAsync()).Count);
    }

    [Fact]
    public async Task A_Binary_key_is_queried_with_bytes()
    {
        var context = await ContextAsync("typed-b");
        var chunks = context.Repository<BlobChunk>();
        byte[] blob = [0x00, 0xFF, 0x10, 0x80];
        byte[] other = [0x01];
        for (var part = 0; part < 3; part++)
        {
            await chunks.PutAsync(new BlobChunk { BlobId = blob, Part = part, Text = "part " + part });
        }

        await chunks.PutAsync(new BlobChunk { BlobId = other, Part = 0, Text = "other" });

        var read = await chunks.QueryAsync(new DynamoQuery<BlobChunk>(blob) { SortKey = DynamoSortKeyCondition.GreaterThanOrEqual(1) }).ToListAsync();
        var byBase64 = await chunks.QueryAsync(new DynamoQuery<BlobChunk>(Convert.ToBase64String(blob))).ToListAsync();

        Assert.Equal(["part 1", "part 2"], read.Select(c => c.Text));
        Assert.All(read, c => Assert.Equal(blob, c.BlobId));
        Assert.Equal(3, byBase64.Count);
    }

    [Fact]
    public async Task A_value_of_the_wrong_kind_is_refused_before_sending_naming_the_key_and_what_was_expected()
    {
        var context = await ContextAsync("typed-wrong");

        var bytesForNumber = await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => context.Repository<SensorReading>().QueryAsync(new DynamoQuery<SensorReading>(new byte[] { 1 })).ToListAsync().AsTask());
        var numberForBytes = await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => context.Repository<BlobChunk>().QueryAsync(new DynamoQuery<BlobChunk>(42)).ToListAsync().AsTask());
        var emptyBytes = await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => context.Repository<BlobChunk>().QueryAsync(new DynamoQuery<BlobChunk>(Array.Empty<byte>())).ToListAsync().AsTask());

        Assert.Contains("expected a number (the key is of type N), got bytes", bytesForNumber.Message, StringComparison.Ordinal);
        Assert.Contains("SensorId", bytesForNumber.Message, StringComparison.Ordinal);
        Assert.Contains("expected bytes (the key is of type B), got a number", numberForBytes.Message, StringComparison.Ordinal);
        Assert.Equal(DynamoLimit.EmptyKeyValue, emptyBytes.Limit);
    }

    [Fact]
    public void Key_values_are_equal_by_kind_and_content()
    {
        Assert.Equal(DynamoKeyValue.FromBytes([1, 2]), (DynamoKeyValue)new byte[] { 1, 2 });
        Assert.NotEqual(DynamoKeyValue.FromText("42"), (DynamoKeyValue)42);
        Assert.Equal("42", ((DynamoKeyValue)42L).Text);
        Assert.Equal("1.50", ((DynamoKeyValue)1.50m).Text);
        Assert.Equal(DynamoKeyValueKind.Binary, ((DynamoKeyValue)new byte[] { 1 }).Kind);
    }
}
