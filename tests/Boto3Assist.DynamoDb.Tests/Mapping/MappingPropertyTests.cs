using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;
using FsCheck.Xunit;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>For arbitrary models (whole value ranges, only representable values): FromItem(ToItem(x)) equals x, member by member.</summary>
[Properties(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 200)]
public sealed class MappingPropertyTests
{
    [Property]
    public void Scalars_round_trip(ScalarMatrix model)
        => DeepEquality.AssertEqual(model, ScalarMatrix.FromItem(model.ToItem()));

    [Property]
    public void Nullables_round_trip(NullableMatrix model)
        => DeepEquality.AssertEqual(model, NullableMatrix.FromItem(model.ToItem()));

    [Property]
    public void Collections_round_trip(CollectionMatrix model)
        => DeepEquality.AssertEqual(model, CollectionMatrix.FromItem(model.ToItem()));

    [Property]
    public void Nested_types_round_trip(NestedModel model)
        => DeepEquality.AssertEqual(model, NestedModel.FromItem(model.ToItem()));

    [Property]
    public void Orders_with_keys_gsi_and_ttl_round_trip(Order model)
        => DeepEquality.AssertEqual(model, Order.FromItem(model.ToItem()));

    [Property]
    public void Positional_records_round_trip(Book model)
        => DeepEquality.AssertEqual(model, Book.FromItem(model.ToItem()));

    [Property]
    public void ToKey_is_the_key_part_of_ToItem(Order model)
    {
        var item = model.ToItem();
        var key = model.ToKey();
        Assert.Equal(["pk", "sk"], key.Keys.Order(StringComparer.Ordinal));
        Assert.All(key, pair => Assert.Equal(item[pair.Key].S, pair.Value.S));
        Assert.Equal(Order.Keys.PartitionKey(model.CustomerId), key["pk"].S);
        Assert.Equal(Order.Keys.SortKey(model.OrderDate, model.OrderId), key["sk"].S);
    }

    // Conditions and updates write values through Fields: they must match what ToItem stores, or they never match.
    [Property]
    public void Fields_write_members_exactly_as_ToItem_stores_them(Order model)
    {
        var item = model.ToItem();
        string Stored(string attribute) => CanonicalAttributeValue.Of(item.GetValueOrDefault(attribute));

        Assert.Equal(Stored(Order.Fields.CustomerId.AttributeName), CanonicalAttributeValue.Of(Order.Fields.CustomerId.ToAttributeValue(model.CustomerId)));
        Assert.Equal(Stored(Order.Fields.OrderDate.AttributeName), CanonicalAttributeValue.Of(Order.Fields.OrderDate.ToAttributeValue(model.OrderDate)));
        Assert.Equal(Stored(Order.Fields.Status.AttributeName), CanonicalAttributeValue.Of(Order.Fields.Status.ToAttributeValue(model.Status)));
        Assert.Equal(Stored(Order.Fields.ExpiresAt.AttributeName), CanonicalAttributeValue.Of(Order.Fields.ExpiresAt.ToAttributeValue(model.ExpiresAt)));
        Assert.Equal(Stored(Order.Fields.Total.AttributeName), CanonicalAttributeValue.Of(Order.Fields.Total.ToAttributeValue(model.Total)));
        Assert.Equal(Stored(Order.Fields.Lines.AttributeName), CanonicalAttributeValue.Of(Order.Fields.Lines.ToAttributeValue(model.Lines)));
    }

    [Property]
    public void Fields_of_renamed_and_converted_members_use_the_stored_names_and_formats(Guid id, int seats)
    {
        var subscription = new Subscription { AccountId = "a", SubscriptionId = id, Plan = Color.Blue, Seats = seats };
        Assert.Equal("seats_purchased", Subscription.Fields.Seats.AttributeName);
        Assert.Equal(CanonicalAttributeValue.Of(subscription.ToItem()["seats_purchased"]), CanonicalAttributeValue.Of(Subscription.Fields.Seats.ToAttributeValue(seats)));

        var reading = new SensorReading { SensorId = "s", Value = new Temperature(seats / 4m) };
        Assert.Equal("value", SensorReading.Fields.Value.AttributeName);
        Assert.Equal(CanonicalAttributeValue.Of(reading.ToItem()["value"]), CanonicalAttributeValue.Of(SensorReading.Fields.Value.ToAttributeValue(reading.Value)));
        Assert.Null(SensorReading.Fields.Peak.ToAttributeValue(null));
    }

    [Property]
    public void Sparse_gsi_attributes_exist_exactly_when_the_status_is_set(Order model)
    {
        var item = model.ToItem();
        Assert.Equal(model.Status is not null, item.ContainsKey("gsi1_pk"));
        Assert.Equal(model.Status is not null, item.ContainsKey("gsi1_sk"));
        Assert.Equal(model.ExpiresAt is not null, item.ContainsKey("ExpiresAt"));
    }
}
