using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.Generators.Tests.Models;

namespace Boto3Assist.Generators.Tests.Mapping;

public class EdgeCaseTests
{
    private static EdgeEntity Sample() => new()
    {
        Id = "e1",
        Note = null,
        Counter = 7,
        Labels = new() { "a" },
        NotStored = "x",
        BaseName = "base",
        Level = 3,
    };

    [Fact]
    public void Inherited_members_are_mapped_and_get_only_private_set_and_ignored_ones_are_not()
    {
        var entity = Sample();
        entity.SetPrivate("changed");
        var item = entity.ToItem();

        Assert.Equal("base", item["BaseName"].S);
        Assert.Equal("3", item["Level"].N);
        Assert.Equal("K", item["sk"].S);
        Assert.False(item.ContainsKey("Kind"));
        Assert.False(item.ContainsKey("PrivateSet"));
        Assert.False(item.ContainsKey("NotStored"));
        Assert.False(item.ContainsKey("Note"));

        var back = EdgeEntity.FromItem(item);
        Assert.Equal("base", back.BaseName);
        Assert.Equal(3, back.Level);
        Assert.Equal("unchanged", back.PrivateSet);
        Assert.Null(back.NotStored);
        Assert.Null(back.Note);
    }

    [Fact]
    public void Absent_init_only_members_keep_their_initializer_values_on_a_class()
    {
        var item = Sample().ToItem();
        item.Remove("Counter");
        item.Remove("Labels");

        var first = EdgeEntity.FromItem(item);
        var second = EdgeEntity.FromItem(item);

        Assert.Equal(42, first.Counter);
        Assert.Equal(new[] { "default" }, first.Labels);
        Assert.NotSame(first.Labels, second.Labels);
    }

    [Fact]
    public void Absent_required_non_nullable_member_throws_and_required_nullable_reads_null()
    {
        var item = Sample().ToItem();
        item.Remove("Id");
        Assert.Equal("Id", Assert.Throws<DynamoMappingException>(() => EdgeEntity.FromItem(item)).Attribute);

        item = Sample().ToItem();
        item["Note"] = new AttributeValue { NULL = true };
        Assert.Null(EdgeEntity.FromItem(item).Note);
    }

    [Fact]
    public void Entity_deriving_from_an_entity_has_its_own_keys_and_discriminator()
    {
        var derived = new DerivedEdgeEntity { Id = "1", Extra = 5 };
        var item = derived.ToItem();

        Assert.Equal("D#1", item["pk"].S);
        Assert.Equal("derived", item["_type"].S);
        Assert.Equal("5", item["Extra"].N);
        Assert.Equal("B#1", ((GlobalEntityBase)derived).ToItem()["pk"].S);
        Assert.Equal(5, DerivedEdgeEntity.FromItem(item).Extra);
        Assert.Equal("D#1", DerivedEdgeEntity.Keys.PartitionKey("1"));
        Assert.Equal("B#1", GlobalEntityBase.Keys.PartitionKey("1"));
        Assert.Equal("derived", DerivedEdgeEntity.Metadata.EntityType);
        Assert.Equal("base", GlobalEntityBase.Metadata.EntityType);
    }

    [Fact]
    public void Positional_record_with_member_keys_round_trips()
    {
        var reading = new Reading("s1", 1700000000123, 21.5);
        var item = reading.ToItem();

        Assert.Equal("s1", item["Sensor"].S);
        Assert.Equal("1700000000123", item["At"].N);
        Assert.Equal(reading, Reading.FromItem(item));
        Assert.Equal(DynamoKeyType.Number, Reading.Metadata.Table.SortKey!.Type);
        Assert.Equal("1700000000123", Reading.Keys.PrimaryKey("s1", 1700000000123)["At"].N);
    }
}
