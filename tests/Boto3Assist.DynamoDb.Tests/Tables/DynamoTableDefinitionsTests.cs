using static Boto3Assist.DynamoDb.Tests.Infrastructure.TestTables;

namespace Boto3Assist.DynamoDb.Tests.Tables;

public sealed class DynamoTableDefinitionsTests
{
    [Fact]
    public void Merge_keeps_the_shared_key_and_unions_indexes_in_first_seen_order()
    {
        var customer = Table("shop", indexes: [Gsi("gsi1", "gsi1_pk", "gsi1_sk")]);
        var order = Table("shop", ttl: "ttl", indexes: [Gsi("gsi2", "gsi2_pk"), Gsi("gsi1", "gsi1_pk", "gsi1_sk"), Lsi("lsi1", "pk", "created")]);
        var line = Table("shop");

        var merged = DynamoTableDefinitions.Merge([customer, order, line]);

        Assert.Equal("shop", merged.TableName);
        Assert.Equal("pk", merged.PartitionKey.AttributeName);
        Assert.Equal("sk", merged.SortKey?.AttributeName);
        Assert.Equal(["gsi1", "gsi2", "lsi1"], merged.Indexes.Select(i => i.IndexName));
        Assert.True(merged.Indexes[2].IsLocal);
        Assert.Equal("ttl", merged.TimeToLiveAttribute);
    }

    [Fact]
    public void Merge_of_one_definition_returns_an_equal_definition()
    {
        var only = Table("shop", ttl: "ttl", indexes: [Gsi("gsi1", "a", "b")]);
        var merged = DynamoTableDefinitions.Merge([only]);
        Assert.Equal(only.TableName, merged.TableName);
        Assert.Equal(only.Indexes, merged.Indexes);
        Assert.Equal(only.TimeToLiveAttribute, merged.TimeToLiveAttribute);
    }

    [Fact]
    public void Merge_of_nothing_is_refused()
        => Assert.Throws<ArgumentException>(() => DynamoTableDefinitions.Merge(Array.Empty<DynamoTableDefinition>()));

    [Fact]
    public void Key_attribute_with_two_types_names_both_entities_and_the_attribute()
    {
        var customer = Entity("Customer", Table("shop", indexes: [Gsi("gsi1", "gsi1_pk", "gsi1_sk")]));
        var order = Entity("Order", Table("shop", indexes: [Gsi("gsi2", "gsi2_pk", "gsi1_sk", DynamoKeyType.Number)]));

        var ex = Assert.Throws<DynamoTableDefinitionException>(() => DynamoTableDefinitions.Merge([customer, order]));

        Assert.Equal("shop", ex.TableName);
        Assert.Equal("gsi1_sk", ex.AttributeName);
        Assert.Equal(["Customer", "Order"], ex.Entities);
        Assert.Contains("is S in Customer but N in Order", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_key_type_disagreement_is_reported()
    {
        var a = Entity("A", new DynamoTableDefinition("shop", Key("pk"), null, [], null));
        var b = Entity("B", new DynamoTableDefinition("shop", Key("pk", DynamoKeyType.Number), null, [], null));

        var ex = Assert.Throws<DynamoTableDefinitionException>(() => DynamoTableDefinitions.Merge([a, b]));
        Assert.Equal("pk", ex.AttributeName);
        Assert.Equal(["A", "B"], ex.Entities);
    }

    [Fact]
    public void Same_index_name_with_different_keys_is_reported()
    {
        var a = Entity("Customer", Table("shop", indexes: [Gsi("gsi1", "gsi1_pk", "gsi1_sk")]));
        var b = Entity("Order", Table("shop", indexes: [Gsi("gsi1", "gsi1_pk", "other_sk")]));

        var ex = Assert.Throws<DynamoTableDefinitionException>(() => DynamoTableDefinitions.Merge([a, b]));
        Assert.Equal("gsi1", ex.AttributeName);
        Assert.Equal(["Customer", "Order"], ex.Entities);
        Assert.Contains("'gsi1_pk'/'gsi1_sk' in Customer", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'gsi1_pk'/'other_sk' in Order", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_index_name_global_in_one_and_local_in_another_is_reported()
    {
        var a = Entity("A", Table("shop", indexes: [Gsi("idx", "pk", "created")]));
        var b = Entity("B", Table("shop", indexes: [Lsi("idx", "pk", "created")]));

        var ex = Assert.Throws<DynamoTableDefinitionException>(() => DynamoTableDefinitions.Merge([a, b]));
        Assert.Equal("idx", ex.AttributeName);
        Assert.Contains("local", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_ttl_attributes_are_reported()
    {
        var a = Entity("Session", Table("shop", ttl: "expires_at"));
        var b = Entity("Customer", Table("shop"));
        var c = Entity("Token", Table("shop", ttl: "ttl"));

        var ex = Assert.Throws<DynamoTableDefinitionException>(() => DynamoTableDefinitions.Merge([a, b, c]));
        Assert.Equal("ttl", ex.AttributeName);
        Assert.Equal(["Session", "Token"], ex.Entities);
        Assert.Contains("one TTL attribute per table", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_partition_or_sort_key_attributes_are_reported()
    {
        var pk = Assert.Throws<DynamoTableDefinitionException>(() => DynamoTableDefinitions.Merge([Entity("A", Table("shop")), Entity("B", Table("shop", pk: "PK"))]));
        Assert.Equal("PK", pk.AttributeName);
        Assert.Contains("partition key", pk.Message, StringComparison.Ordinal);

        var sk = Assert.Throws<DynamoTableDefinitionException>(() => DynamoTableDefinitions.Merge([Entity("A", Table("shop")), Entity("B", Table("shop", sk: null))]));
        Assert.Equal("sk", sk.AttributeName);
        Assert.Contains("no sort key", sk.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_tables_are_reported()
    {
        var ex = Assert.Throws<DynamoTableDefinitionException>(() => DynamoTableDefinitions.Merge([Entity("A", Table("one")), Entity("B", Table("two"))]));
        Assert.Equal(["A", "B"], ex.Entities);
        Assert.Contains("'one'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'two'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_definitions_are_named_by_position_and_partition_key_template()
    {
        var a = new DynamoTableDefinition("shop", Key("pk", template: "CUSTOMER#{Id}"), null, [], "a");
        var b = new DynamoTableDefinition("shop", Key("pk", template: "ORDER#{Id}"), null, [], "b");

        var ex = Assert.Throws<DynamoTableDefinitionException>(() => DynamoTableDefinitions.Merge([a, b]));
        Assert.Equal(["definition #1 (partition key 'CUSTOMER#{Id}')", "definition #2 (partition key 'ORDER#{Id}')"], ex.Entities);
    }

    private static DynamoEntityMetadata Entity(string name, DynamoTableDefinition table)
        => new(name, name, "_type", table, [], null);
}
