using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;

namespace Boto3Assist.DynamoDb.Tests.Adoption;

/// <summary>
/// A table DynamoDBContext (AWSSDK.DynamoDBv2, the real one) writes, read by generated FromItem with no converters,
/// and items ToItem writes, loaded by DynamoDBContext: for conversion V1, V2 and an unconfigured context, against
/// DynamoDB Local.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class DynamoDbContextAdoptionTests(DynamoDbLocalFixture server)
{
    public enum Conversion
    {
        V1,
        V2,
        Unconfigured,
    }

    public static SdkOrder SdkSample(string id) => new()
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
        ShipTo = new SdkAddress { Street = "1 Main St", City = "Springfield" },
    };

    public static AdoptedOrder OurSample(string id) => new()
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
    public async Task Items_DynamoDBContext_saves_are_read_by_FromItem(Conversion conversion)
    {
        var (context, table) = await SetUpAsync(conversion);
        using var _ = context;
        var saved = SdkSample("sdk-" + conversion);
        await context.SaveAsync(saved, CancellationToken.None);

        var raw = await GetRawAsync(table, saved.Id);
        var read = AdoptedOrder.FromItem(raw);

        // The shapes the SDK chose, which our defaults would not write: the reason for the tolerant readers.
        Assert.Equal("1", raw["State"].N);
        Assert.Equal("3", raw["Rights"].N);
        Assert.Equal("0", raw["PreviousState"].M["value__"].N); // a nullable enum, as AWSSDK.DynamoDBv2 4.1 stores it
        if (conversion is Conversion.V1 or Conversion.Unconfigured)
        {
            Assert.Equal("1", raw["Paid"].N);
            Assert.NotNull(raw["Tags"].SS);
            Assert.NotNull(raw["Counts"].NS);
        }
        else
        {
            Assert.True(raw["Paid"].BOOL);
            Assert.NotNull(raw["Tags"].L);
            Assert.Equal(saved.Tags, read.Tags); // a list keeps its order
        }

        Assert.Equal(saved.Id, read.Id);
        Assert.Equal(saved.Paid, read.Paid);
        Assert.Equal(saved.Tags.Order(), read.Tags.Order()); // a set does not
        Assert.Equal(saved.State, read.State);
        Assert.Equal(saved.Priority, read.Priority);
        Assert.Equal(saved.Rights, read.Rights);
        Assert.Equal(saved.PlacedAt, read.PlacedAt);
        Assert.Equal(DateTimeKind.Utc, read.PlacedAt.Kind);
        Assert.Equal(saved.Quantity, read.Quantity);
        Assert.Equal(saved.Big, read.Big);
        Assert.Equal(saved.Total, read.Total);
        Assert.Equal(saved.Weight, read.Weight);
        Assert.Equal(saved.Ratio, read.Ratio);
        Assert.Equal(saved.Note, read.Note);
        Assert.Equal(saved.Discount, read.Discount);
        Assert.Equal(saved.ShippedAt, read.ShippedAt);
        Assert.Equal(saved.PreviousState, read.PreviousState);
        Assert.Equal(saved.Gift, read.Gift);
        Assert.Equal(saved.Reference, read.Reference);
        Assert.Equal(saved.Blob, read.Blob);
        Assert.Equal(saved.Labels.Order(), read.Labels.Order());
        Assert.Equal(saved.Counts.Order(), read.Counts.Order());
        Assert.Equal((saved.ShipTo!.Street, saved.ShipTo.City), (read.ShipTo!.Street, read.ShipTo.City));
    }

    [Theory]
    [InlineData(Conversion.V1)]
    [InlineData(Conversion.V2)]
    [InlineData(Conversion.Unconfigured)]
    public async Task Nulls_DynamoDBContext_saves_read_as_null(Conversion conversion)
    {
        var (context, table) = await SetUpAsync(conversion);
        using var _ = context;
        var saved = SdkSample("nulls-" + conversion);
        saved.Note = null;
        saved.Discount = null;
        saved.ShippedAt = null;
        saved.PreviousState = null;
        saved.Gift = null;
        saved.ShipTo = null;
        await context.SaveAsync(saved, CancellationToken.None);

        var read = AdoptedOrder.FromItem(await GetRawAsync(table, saved.Id));

        Assert.Null(read.Note);
        Assert.Null(read.Discount);
        Assert.Null(read.ShippedAt);
        Assert.Null(read.PreviousState);
        Assert.Null(read.Gift);
        Assert.Null(read.ShipTo);
        Assert.Equal(saved.State, read.State);
    }

    [Theory]
    [InlineData(Conversion.V1)]
    [InlineData(Conversion.V2)]
    [InlineData(Conversion.Unconfigured)]
    public async Task Items_ToItem_writes_are_loaded_by_DynamoDBContext(Conversion conversion)
    {
        var (context, table) = await SetUpAsync(conversion);
        using var _ = context;
        var written = OurSample("ours-" + conversion);
        await server.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = written.ToItem() });

        var loaded = await context.LoadAsync<SdkOrderWithoutNamedEnums>(written.Id, CancellationToken.None);

        Assert.Equal(written.Id, loaded.Id);
        Assert.Equal(written.Paid, loaded.Paid);
        Assert.Equal(written.Tags, loaded.Tags);
        Assert.Equal(written.Priority, loaded.Priority);
        Assert.Equal(written.PlacedAt, loaded.PlacedAt.ToUniversalTime());
        Assert.Equal(written.Quantity, loaded.Quantity);
        Assert.Equal(written.Big, loaded.Big);
        Assert.Equal(written.Total, loaded.Total);
        Assert.Equal(written.Weight, loaded.Weight);
        Assert.Equal(written.Ratio, loaded.Ratio);
        Assert.Equal(written.Note, loaded.Note);
        Assert.Equal(written.Discount, loaded.Discount);
        Assert.Equal(written.ShippedAt, loaded.ShippedAt?.ToUniversalTime());
        Assert.Equal(written.Gift, loaded.Gift);
        Assert.Equal(written.Reference, loaded.Reference);
        Assert.Equal(written.Blob, loaded.Blob);
        Assert.Equal(written.Labels.Order(), loaded.Labels.Order());
        Assert.Equal(written.Counts, loaded.Counts);
        Assert.Equal((written.ShipTo!.Street, written.ShipTo.City), (loaded.ShipTo!.Street, loaded.ShipTo.City));
    }

    [Fact]
    public async Task DynamoDBContext_cannot_load_enums_this_library_stores_by_name()
    {
        // What the write conventions of the adoption issue are for: by default enums are stored as names, which
        // DynamoDBContext (V1 and V2) reads from N only. A member with EnumFormat = Number (Priority) it reads.
        var (context, table) = await SetUpAsync(Conversion.V2);
        using var _ = context;
        var written = OurSample("named-enums");
        await server.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = written.ToItem() });

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => context.LoadAsync<SdkOrder>(written.Id, CancellationToken.None));

        Assert.Equal("Shipped", (await GetRawAsync(table, written.Id))["State"].S);
        Assert.Matches(@"entry \[(Shipped|Pending|Read, Write)\] .* to property (State|PreviousState|Rights) ", e.Message);
    }

    private async Task<(IDynamoDBContext Context, string Table)> SetUpAsync(Conversion conversion)
    {
        // DynamoDBContext finds the table as prefix + "orders"; the prefix keeps each test's table its own.
        var prefix = $"adopt-{conversion}-{Guid.NewGuid():N}-";
        var table = prefix + "orders";
        await DynamoTableCreator.CreateIfNotExistsAsync(server.Client, AdoptedOrder.Metadata.Table, table);
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
