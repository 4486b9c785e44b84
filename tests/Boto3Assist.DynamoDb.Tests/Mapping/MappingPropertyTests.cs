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

    [Property]
    public void Sparse_gsi_attributes_exist_exactly_when_the_status_is_set(Order model)
    {
        var item = model.ToItem();
        Assert.Equal(model.Status is not null, item.ContainsKey("gsi1_pk"));
        Assert.Equal(model.Status is not null, item.ContainsKey("gsi1_sk"));
        Assert.Equal(model.ExpiresAt is not null, item.ContainsKey("ExpiresAt"));
    }
}
