using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using static Boto3Assist.DynamoDb.Tests.Adoption.DynamoDbContextAdoptionTests;

namespace Boto3Assist.DynamoDb.Tests.Adoption;

/// <summary>
/// A model declared with <c>[DynamoConventions(DynamoConventionPreset.DynamoDbContext)]</c> and the real DynamoDBContext
/// (AWSSDK.DynamoDBv2) sharing one table on DynamoDB Local, conversion V1, V2 and unconfigured: every item the model
/// writes loads with equal values (enums included, which the default conventions store by name), stores scalars in the
/// very text DynamoDBContext stores, and every item DynamoDBContext saves reads back.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class DynamoDbContextPresetTests(DynamoDbLocalFixture server)
{
    private static PresetOrder Sample(string id) => new()
    {
        Id = id,
        Paid = true,
        Tags = ["urgent", "b2b", "eu"],
        State = OrderState.Shipped,
        Priority = OrderState.Cancelled,
        Rights = Access.Read | Access.Write,
        PlacedAt = new DateTime(2024, 5, 1, 13, 45, 30, 123, DateTimeKind.Utc),
        Quantity = 3,
        Big = 9_000_000_000_000,
        Total = 1234.56m,
        Weight = 0.1 + 0.2,
        Ratio = 3.14159f,
        Note = "fragile",
        Discount = 5,
        ShippedAt = new DateTime(2024, 5, 2, 8, 0, 0, DateTimeKind.Utc),
        PreviousState = OrderState.Pending,
        Gift = false,
        Reference = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Blob = [0, 1, 2, 255],
        Labels = ["x", "y"],
        Counts = [3, 1, 2],
        ShipTo = new AdoptedAddress { Street = "1 Main St", City = "Springfield" },
    };

    [Theory]
    [InlineData(Conversion.V1)]
    [InlineData(Conversion.V2)]
    [InlineData(Conversion.Unconfigured)]
    public async Task Items_the_preset_model_writes_are_loaded_by_DynamoDBContext_with_equal_values(Conversion conversion)
    {
        var (context, table) = await SetUpAsync(conversion);
        using var _ = context;
        var written = Sample("preset-" + conversion);
        await server.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = written.ToItem() });

        var loaded = await context.LoadAsync<SdkOrder>(written.Id, CancellationToken.None);

        Assert.Equal(written.Id, loaded.Id);
        Assert.Equal(written.Paid, loaded.Paid);
        Assert.Equal(written.Tags, loaded.Tags);
        Assert.Equal(written.State, loaded.State);
        Assert.Equal(written.Priority, loaded.Priority);
        Assert.Equal(written.Rights, loaded.Rights);
        Assert.Equal(written.PlacedAt, loaded.PlacedAt.ToUniversalTime());
        Assert.Equal(written.Quantity, loaded.Quantity);
        Assert.Equal(written.Big, loaded.Big);
        Assert.Equal(written.Total, loaded.Total);
        Assert.Equal(written.Weight, loaded.Weight);
        Assert.Equal(written.Ratio, loaded.Ratio);
        Assert.Equal(written.Note, loaded.Note);
        Assert.Equal(written.Discount, loaded.Discount);
        Assert.Equal(written.ShippedAt, loaded.ShippedAt?.ToUniversalTime());
        Assert.Equal(written.PreviousState, loaded.PreviousState);
        Assert.Equal(written.Gift, loaded.Gift);
        Assert.Equal(written.Reference, loaded.Reference);
        Assert.Equal(written.Blob, loaded.Blob);
        Assert.Equal(written.Labels.Order(), loaded.Labels.Order());
        Assert.Equal(written.Counts, loaded.Counts);
        Assert.Equal((written.ShipTo!.Street, written.ShipTo.City), (loaded.ShipTo!.Street, loaded.ShipTo.City));
    }

    [Theory]
    [InlineData(Conversion.V1)]
    [InlineData(Conversion.V2)]
    [InlineData(Conversion.Unconfigured)]
    public async Task The_preset_stores_scalars_in_the_text_DynamoDBContext_stores(Conversion conversion)
    {
        var (context, table) = await SetUpAsync(conversion);
        using var _ = context;
        var sdk = SdkSample("sdk-text-" + conversion);
        await context.SaveAsync(sdk, CancellationToken.None);
        var theirs = await GetRawAsync(table, sdk.Id);
        var ours = Sample("ours-text-" + conversion).ToItem();

        // Dates, enums, numbers, Guid: the same text. A bool: N 1/0 as V1 and an unconfigured context store it (V2 stores
        // BOOL, and reads N 1/0 too, as the previous test shows).
        foreach (var attribute in new[] { "PlacedAt", "ShippedAt", "State", "Priority", "Rights", "Quantity", "Big", "Total", "Weight", "Ratio", "Reference", "Discount", "Note" })
        {
            Assert.Equal(CanonicalAttributeValue.Of(theirs[attribute]), CanonicalAttributeValue.Of(ours[attribute]));
        }

        if (conversion != Conversion.V2)
        {
            Assert.Equal(CanonicalAttributeValue.Of(theirs["Paid"]), CanonicalAttributeValue.Of(ours["Paid"]));
            Assert.Equal(CanonicalAttributeValue.Of(theirs["Gift"]), CanonicalAttributeValue.Of(ours["Gift"]));
        }
    }

    [Theory]
    [InlineData(Conversion.V1)]
    [InlineData(Conversion.V2)]
    [InlineData(Conversion.Unconfigured)]
    public async Task Items_DynamoDBContext_saves_are_read_by_the_preset_model(Conversion conversion)
    {
        var (context, table) = await SetUpAsync(conversion);
        using var _ = context;
        var saved = SdkSample("sdk-" + conversion);
        await context.SaveAsync(saved, CancellationToken.None);

        var read = PresetOrder.FromItem(await GetRawAsync(table, saved.Id));

        Assert.Equal(saved.Paid, read.Paid);
        Assert.Equal(saved.Tags.Order(), read.Tags.Order());
        Assert.Equal((saved.State, saved.Priority, saved.Rights, saved.PreviousState), (read.State, read.Priority, read.Rights, read.PreviousState));
        Assert.Equal(saved.PlacedAt, read.PlacedAt);
        Assert.Equal(saved.ShippedAt, read.ShippedAt);
        Assert.Equal((saved.Quantity, saved.Big, saved.Total, saved.Weight, saved.Ratio), (read.Quantity, read.Big, read.Total, read.Weight, read.Ratio));
        Assert.Equal((saved.Note, saved.Discount, saved.Gift, saved.Reference), (read.Note, read.Discount, read.Gift, read.Reference));
        Assert.Equal(saved.Blob, read.Blob);
        Assert.Equal(saved.Labels.Order(), read.Labels.Order());
        Assert.Equal(saved.Counts.Order(), read.Counts.Order());
        Assert.Equal((saved.ShipTo!.Street, saved.ShipTo.City), (read.ShipTo!.Street, read.ShipTo.City));
    }

    [Fact]
    public async Task An_enum_member_key_is_a_Number_key_queried_by_its_number()
    {
        var table = $"preset-state-{Guid.NewGuid():N}";
        await DynamoTableCreator.CreateIfNotExistsAsync(server.Client, OrdersByState.Metadata.Table, table);
        var options = new DynamoDataAccessOptions();
        options.TableNames[OrdersByState.Metadata.Table.TableName] = table;
        var repository = new DynamoDataContext(server.Client, options).Repository<OrdersByState>();
        await repository.PutAsync(new OrdersByState { State = OrderState.Shipped, Id = "o1" });
        await repository.PutAsync(new OrdersByState { State = OrderState.Pending, Id = "o2" });

        var shipped = await repository.QueryAsync(OrderState.Shipped).ToListAsync();

        Assert.Equal(DynamoKeyType.Number, OrdersByState.Metadata.Table.PartitionKey.Type);
        Assert.Equal("o1", Assert.Single(shipped).Id);
        var raw = await server.Client.GetItemAsync(new GetItemRequest { TableName = table, Key = new() { ["State"] = new() { N = "1" }, ["Id"] = new() { S = "o1" } } });
        Assert.True(raw.IsItemSet);
    }

    private async Task<(IDynamoDBContext Context, string Table)> SetUpAsync(Conversion conversion)
    {
        var prefix = $"preset-{conversion}-{Guid.NewGuid():N}-";
        var table = prefix + "orders";
        await DynamoTableCreator.CreateIfNotExistsAsync(server.Client, PresetOrder.Metadata.Table, table);
        var context = new DynamoDBContextBuilder()
            .WithDynamoDBClient(() => server.Client)
            .ConfigureContext(config =>
            {
                config.TableNamePrefix = prefix;
                config.Conversion = conversion switch
                {
                    Conversion.V1 => DynamoDBEntryConversion.V1,
                    Conversion.V2 => DynamoDBEntryConversion.V2,
                    _ => config.Conversion,
                };
            })
            .Build();
        return (context, table);
    }

    private async Task<Dictionary<string, AttributeValue>> GetRawAsync(string table, string id)
    {
        var response = await server.Client.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new Dictionary<string, AttributeValue> { ["Id"] = new() { S = id } },
            ConsistentRead = true,
        });
        Assert.True(response.IsItemSet, $"no item {id}");
        return response.Item;
    }
}
