using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>Nested classes and records, records with primary constructors as entities, init and required members, renames, ignores, converters.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class NestedAndRecordRoundTripTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, nameof(NestedAndRecordRoundTripTests));

    [Fact]
    public async Task Nested_classes_and_records_round_trip_several_levels_deep()
    {
        var original = new NestedModel
        {
            Id = "deep",
            Home = new Address("10 Downing St", "London", "SW1A 2AA"),
            Location = new GeoPoint
            {
                Latitude = 51.5034,
                Longitude = -0.1276,
                NearestAddress = new Address("Whitehall", "London", null),
                Aliases = ["No. 10", "Number Ten"],
            },
            Size = new Dimensions { Width = 12.5m, Height = 3m, Unit = "m" },
        };

        var raw = await _tables.PutAndGetRawAsync(original);

        DeepEquality.AssertEqual(original, NestedModel.FromItem(raw));
        Assert.Equal("Whitehall", raw["Location"].M["NearestAddress"].M["Street"].S);
        Assert.Equal("12.5", raw["Size"].M["Width"].N);
    }

    [Fact]
    public async Task Null_nested_members_are_left_out()
    {
        var original = new NestedModel { Id = "shallow", Home = new Address("", "", null) };

        var raw = await _tables.PutAndGetRawAsync(original);

        Assert.False(raw.ContainsKey("Location"));
        Assert.False(raw.ContainsKey("Size"));
        DeepEquality.AssertEqual(original, NestedModel.FromItem(raw));
    }

    [Fact]
    public async Task Positional_record_entity_round_trips_with_its_init_member()
    {
        var original = new Book("978-0262033848", 3, "Introduction to Algorithms", ["Cormen", "Leiserson", "Rivest", "Stein"], new DateOnly(2009, 7, 31)) { Price = 99.95m };

        var raw = await _tables.PutAndGetRawAsync(original);
        var readBack = Book.FromItem(raw);

        DeepEquality.AssertEqual(original, readBack);
        Assert.Equal("BOOK#978-0262033848", raw["pk"].S);
        Assert.Equal("EDITION#03", raw["sk"].S);
    }

    [Fact]
    public async Task Required_init_members_rename_ignore_and_no_discriminator()
    {
        var original = new Subscription
        {
            AccountId = "acc-1",
            SubscriptionId = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"),
            Plan = Color.Green,
            Seats = 25,
            EndsAt = new DateTime(2031, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            TransientNote = "not stored",
        };

        var raw = await _tables.PutAndGetRawAsync(original);
        var readBack = Subscription.FromItem(raw);

        DeepEquality.AssertEqual(original, readBack, nameof(Subscription.TransientNote));
        Assert.Null(readBack.TransientNote);
        Assert.False(raw.ContainsKey("TransientNote"));
        Assert.False(raw.ContainsKey("_type"));
        Assert.Equal("25", raw["seats_purchased"].N);
        Assert.False(raw.ContainsKey("Seats"));
        Assert.Equal("SUB#Green#6f9619ff-8b86-d011-b42d-00c04fc964ff", raw["sk"].S);
        Assert.Equal(new DateTimeOffset(2031, 1, 2, 3, 4, 5, TimeSpan.Zero).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), raw["EndsAt"].N);
    }

    [Fact]
    public async Task Custom_converter_and_camel_case_names()
    {
        var original = new SensorReading
        {
            SensorId = "s-1",
            ReadAt = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero),
            Value = new Temperature(21.5m),
            Peak = new Temperature(-3m),
        };

        var raw = await _tables.PutAndGetRawAsync(original);

        DeepEquality.AssertEqual(original, SensorReading.FromItem(raw));
        Assert.Equal("21.5C", raw["value"].S);
        Assert.Equal("-3C", raw["peak"].S);
        Assert.Equal("s-1", raw["sensorId"].S);
        Assert.Equal("AT#2024-05-01T12:00:00.0000000+00:00", raw["sk"].S);
    }

    [Fact]
    public async Task Keys_as_members_use_the_members_own_typed_attributes_and_snake_case()
    {
        var original = new Device { DeviceId = "dev-9", ReadingNumber = 1234567890123, Temperature = -40.25, ExpiresAtEpoch = 1_900_000_000 };

        var raw = await _tables.PutAndGetRawAsync(original);

        DeepEquality.AssertEqual(original, Device.FromItem(raw));
        Assert.Equal("dev-9", raw["device_id"].S);
        Assert.Equal("1234567890123", raw["reading_number"].N);
        Assert.Equal("1900000000", raw["expires_at_epoch"].N);
        Assert.False(raw.ContainsKey("pk"));
        Assert.Equal(2, original.ToKey().Count);
        Assert.Equal("1234567890123", original.ToKey()["reading_number"].N);

        var table = (await server.Client.DescribeTableAsync(_tables.NameOf<Device>())).Table;
        Assert.Equal(
            new Dictionary<string, string> { ["device_id"] = "S", ["reading_number"] = "N" },
            table.AttributeDefinitions.ToDictionary(a => a.AttributeName, a => a.AttributeType.Value));
    }
}
