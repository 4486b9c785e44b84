using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Limits;

/// <summary>
/// Each limit at its edge: the largest value DynamoDB stores is accepted and read back from DynamoDB Local; one byte
/// (or one level) more is refused by us before sending, and DynamoDB Local refuses that same item too when it is sent
/// with the plain client, so the check is neither looser nor stricter than the server.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class LimitBoundaryTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private LimitsContext _limits = null!;

    public async Task InitializeAsync() => _limits = await LimitsContext.CreateAsync(fixture, "boundary");

    public async Task DisposeAsync() => await _limits.DisposeAsync();

    [Fact]
    public async Task An_item_of_exactly_400_KB_is_stored_and_one_byte_more_is_refused()
    {
        var largest = Refusals.OfSize("size", "largest", DynamoItemSize.MaxItemBytes);
        Assert.Equal(409_600, Refusals.SizeOfStrings(largest));
        Assert.Equal(409_600, DynamoItemSize.Of(largest.ToItem()));
        await _limits.Docs.PutAsync(largest);
        Assert.Equal(largest.Body, (await _limits.Docs.GetAsync(largest.ToKey(), consistentRead: true))!.Body);

        var tooLarge = Refusals.OfSize("size", "too-large", DynamoItemSize.MaxItemBytes + 1);
        Assert.Equal(409_601, Refusals.SizeOfStrings(tooLarge));
        await AssertRefusedByUsAndByDynamoDbAsync(tooLarge, DynamoLimit.ItemSize, null);
    }

    [Fact]
    public async Task A_batch_writes_an_item_of_exactly_400_KB_and_refuses_one_byte_more_with_the_put_refusal()
    {
        var largest = Refusals.OfSize("batch-size", "largest", DynamoItemSize.MaxItemBytes);
        var tooLarge = Refusals.OfSize("batch-size", "too-large", DynamoItemSize.MaxItemBytes + 1);
        var sent = _limits.RequestsSent;

        var error = await Assert.ThrowsAsync<DynamoBatchException>(() => _limits.Context.BatchWriter().Put(largest).Put(tooLarge).ExecuteAsync());

        Assert.Equal(1, error.Processed);
        Assert.Equal(sent + 1, _limits.RequestsSent);
        var failure = Assert.Single(error.Failures);
        Assert.Equal("too-large", failure.Key["Name"].S);
        Refusals.Named(failure.Refusal!, DynamoLimit.ItemSize, null);
        var putRefusal = await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => _limits.Docs.PutAsync(tooLarge));
        Assert.Equal(putRefusal.Message, failure.Refusal!.Message);
        Assert.Contains("409,601 bytes", putRefusal.Message, StringComparison.Ordinal);
        Assert.Equal(largest.Body, (await _limits.Docs.GetAsync(largest.ToKey(), consistentRead: true))!.Body);
        Assert.Null(await _limits.Docs.GetAsync(tooLarge.ToKey(), consistentRead: true));
    }

    [Fact]
    public async Task A_partition_key_of_exactly_2048_bytes_is_stored_and_one_byte_more_is_refused()
    {
        // Counted in UTF-8 bytes, not characters: 2042 bytes of two-byte characters after the 6-byte marker.
        var longest = new LimitDoc { Owner = Refusals.TwoByteText(2048), Name = "pk" };
        await _limits.Docs.PutAsync(longest);
        Assert.Equal(longest.Owner, (await _limits.Docs.GetAsync(longest.ToKey(), consistentRead: true))!.Owner);

        await AssertRefusedByUsAndByDynamoDbAsync(longest with { Owner = Refusals.TwoByteText(2049) }, DynamoLimit.PartitionKeySize, "Owner");
    }

    [Fact]
    public async Task A_sort_key_of_exactly_1024_bytes_is_stored_and_one_byte_more_is_refused()
    {
        var longest = new LimitDoc { Owner = "sk", Name = Refusals.TwoByteText(1024) };
        await _limits.Docs.PutAsync(longest);
        Assert.Equal(longest.Name, (await _limits.Docs.GetAsync(longest.ToKey(), consistentRead: true))!.Name);

        await AssertRefusedByUsAndByDynamoDbAsync(longest with { Name = Refusals.TwoByteText(1025) }, DynamoLimit.SortKeySize, "Name");
    }

    [Fact]
    public async Task Index_keys_of_exactly_2048_and_1024_bytes_are_stored_and_one_byte_more_is_refused()
    {
        // gsi1_pk is "TAG#" + Tag, gsi1_sk is Label.
        var longest = new LimitDoc { Owner = "gsi", Name = "longest", Tag = Refusals.Text(2048 - 4), Label = Refusals.Text(1024) };
        Assert.Equal(2048, longest.ToItem()["gsi1_pk"].S.Length);
        await _limits.Docs.PutAsync(longest);
        var found = await _limits.Docs.QueryAsync(new DynamoQuery<LimitDoc>(LimitDoc.Keys.Gsi1.PartitionKey(longest.Tag)) { IndexName = LimitDoc.Keys.Gsi1.IndexName }).ToListAsync();
        Assert.Equal(longest.Label, Assert.Single(found).Label);

        await AssertRefusedByUsAndByDynamoDbAsync(longest with { Name = "pk-over", Tag = Refusals.Text(2048 - 4 + 1) }, DynamoLimit.PartitionKeySize, "gsi1_pk");
        await AssertRefusedByUsAndByDynamoDbAsync(longest with { Name = "sk-over", Label = Refusals.Text(1025) }, DynamoLimit.SortKeySize, "gsi1_sk");
    }

    [Fact]
    public async Task Maps_nested_31_deep_in_an_item_are_stored_and_one_level_more_is_refused()
    {
        // The item is level 1; Tree holds 31 maps nested in one another: 32 levels, DynamoDB's most.
        var deepest = new LimitDoc { Owner = "nesting", Name = "deepest", Tree = new NestedMaps(31) };
        await _limits.Docs.PutAsync(deepest);
        Assert.Equal(31, (await _limits.Docs.GetAsync(deepest.ToKey(), consistentRead: true))!.Tree!.Levels);

        await AssertRefusedByUsAndByDynamoDbAsync(deepest with { Name = "too-deep", Tree = new NestedMaps(32) }, DynamoLimit.NestingDepth, "Tree");
    }

    [Theory]
    [InlineData("map")]
    [InlineData("list")]
    [InlineData("sets")]
    [InlineData("numbers")]
    [InlineData("scalars")]
    public async Task Containers_sets_numbers_and_scalars_are_counted_as_DynamoDB_Local_counts_them(string shape)
    {
        // An item of exactly 400 KB by our count, holding the shape, is stored; one byte more is refused by the server.
        var value = shape switch
        {
            "map" => new AttributeValue { M = new() { ["a"] = new() { S = "x" }, ["bé"] = new() { M = new() { ["c"] = new() { S = "yz" } } }, ["d"] = new() { M = new() } } },
            "list" => new AttributeValue { L = [new() { S = "x" }, new() { L = [new() { S = "yz" }, new() { L = [] }] }] },
            "sets" => new AttributeValue { SS = ["a", "bé"] },
            "numbers" => new AttributeValue { L = [new() { N = "12345" }, new() { N = "-0.00120" }, new() { N = "1E+100" }, new() { N = "0" }, new() { N = "-1" }, new() { N = "-123456789012345678901234567890" }, new() { N = "9.9E+125" }, new() { N = "-1E-130" }] },
            _ => new AttributeValue { L = [new() { BOOL = true }, new() { NULL = true }, new() { B = new MemoryStream([1, 2, 3]) }] },
        };
        using var plain = fixture.Local.CreateClient();
        foreach (var extra in new[] { 0, 1 })
        {
            var item = new Dictionary<string, AttributeValue> { ["Owner"] = new() { S = "count" }, ["Name"] = new() { S = shape + extra }, ["Shape"] = value };
            item["Body"] = new AttributeValue { S = Refusals.Text(DynamoItemSize.MaxItemBytes + extra - (int)DynamoItemSize.Of(item) - "Body".Length) };
            Assert.Equal(DynamoItemSize.MaxItemBytes + extra, DynamoItemSize.Of(item));
            var put = plain.PutItemAsync(new PutItemRequest { TableName = _limits.TableName, Item = item });
            if (extra == 0)
            {
                await put;
            }
            else
            {
                await Assert.ThrowsAsync<AmazonDynamoDBException>(() => put);
            }
        }
    }

    private async Task AssertRefusedByUsAndByDynamoDbAsync(LimitDoc doc, DynamoLimit limit, string? attribute)
    {
        var sent = _limits.RequestsSent;
        var error = await Assert.ThrowsAsync<DynamoInvalidRequestException>(() => _limits.Docs.PutAsync(doc));
        Refusals.Named(error, limit, attribute);
        Assert.Equal(sent, _limits.RequestsSent);

        // The same item sent as it is: DynamoDB Local refuses it as well, with its own (raw) error.
        using var plain = fixture.Local.CreateClient();
        await Assert.ThrowsAsync<AmazonDynamoDBException>(() => plain.PutItemAsync(new PutItemRequest { TableName = _limits.TableName, Item = doc.ToItem() }));
    }
}
