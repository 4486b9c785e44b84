using Boto3Assist.Shared.Model.Schema;

namespace Boto3Assist.Analyzers.Tests.Schema;

/// <summary>What makes items already stored unreadable, from one version of a model to the next.</summary>
public class SchemaChangeTests
{
    private const string Before =
        """
        public sealed class Address { public string City { get; init; } = ""; public string? Zip { get; init; } }
        [DynamoTable("shop")]
        [PartitionKey("ORDER#{Id}")]
        [SortKey("ORDER")]
        [GsiKey("gsi1", "CUSTOMER#{CustomerId}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public string CustomerId { get; init; } = "";
            public decimal Total { get; init; }
            public string? Note { get; init; }
            public Address? Shipping { get; init; }
        }
        """;

    [Fact]
    public void Same_model_has_no_changes() =>
        Assert.Empty(Changes(Before));

    [Fact]
    public void Adding_an_optional_member_is_not_breaking() =>
        AssertChanges(
            Before.Replace("public string? Note { get; init; }", "public string? Note { get; init; }\n    public int? Priority { get; init; }\n    public List<string> Tags { get; init; } = new();"),
            "optional attribute 'Priority' was added",
            "optional attribute 'Tags' was added");

    [Fact]
    public void Adding_a_required_member_is_breaking() =>
        AssertChanges(
            Before.Replace("public string? Note { get; init; }", "public string? Note { get; init; }\n    public int Priority { get; init; }"),
            "BREAKING attribute 'Priority' was added as required on read, so items stored without it cannot be read");

    [Fact]
    public void Removing_a_member_is_breaking() =>
        AssertChanges(
            Before.Replace("public string? Note { get; init; }", string.Empty),
            "BREAKING attribute 'Note' was removed or renamed");

    [Fact]
    public void Renaming_an_attribute_is_a_removal_and_an_addition() =>
        AssertChanges(
            Before.Replace("public decimal Total { get; init; }", "[DynamoAttribute(\"total\")] public decimal Total { get; init; }"),
            "BREAKING attribute 'Total' was removed or renamed",
            "BREAKING attribute 'total' was added as required on read, so items stored without it cannot be read");

    [Fact]
    public void Retyping_a_member_is_breaking() =>
        AssertChanges(
            Before.Replace("public decimal Total { get; init; }", "public string Total { get; init; } = \"\";"),
            "BREAKING attribute 'Total' changed from N to S");

    [Fact]
    public void Making_an_optional_member_required_is_breaking_and_the_reverse_is_not()
    {
        AssertChanges(Before.Replace("public string? Note { get; init; }", "public string Note { get; init; }"), "BREAKING attribute 'Note' is now required on read, so items stored without it cannot be read");
        AssertChanges(Before.Replace("public decimal Total { get; init; }", "public decimal? Total { get; init; }"), "attribute 'Total' is no longer required on read");
    }

    [Fact]
    public void Nested_members_count_and_a_removed_object_is_reported_once()
    {
        AssertChanges(Before.Replace("public string City { get; init; } = \"\";", "public int City { get; init; }"), "BREAKING attribute 'Shipping.City' changed from S to N");
        AssertChanges(Before.Replace("public Address? Shipping { get; init; }", string.Empty), "BREAKING attribute 'Shipping' was removed or renamed");
    }

    [Fact]
    public void Changing_a_key_template_or_attribute_is_breaking()
    {
        AssertChanges(Before.Replace("[PartitionKey(\"ORDER#{Id}\")]", "[PartitionKey(\"ORD#{Id}\")]"), "BREAKING partition key template changed from 'ORDER#{Id}' to 'ORD#{Id}'");
        AssertChanges(Before.Replace("[SortKey(\"ORDER\")]", "[SortKey(\"ORDER\", AttributeName = \"SK\")]"), "BREAKING sort key attribute changed from 'sk' to 'SK'");
        AssertChanges(Before.Replace("\"CUSTOMER#{CustomerId}\"", "\"C#{CustomerId}\""), "BREAKING partition key of index 'gsi1' template changed from 'CUSTOMER#{CustomerId}' to 'C#{CustomerId}'");
        AssertChanges(Before.Replace("[SortKey(\"ORDER\")]", string.Empty), "BREAKING sort key 'sk' was removed");
    }

    [Fact]
    public void Adding_or_removing_an_index_is_not_breaking()
    {
        AssertChanges(Before.Replace("[SortKey(\"ORDER\")]", "[SortKey(\"ORDER\")]\n[GsiKey(\"gsi2\", \"TOTAL\")]"), "partition key of index 'gsi2' 'gsi2_pk' was added");
        AssertChanges(Before.Replace("[GsiKey(\"gsi1\", \"CUSTOMER#{CustomerId}\")]", string.Empty), "partition key of index 'gsi1' 'gsi1_pk' was removed");
    }

    [Fact]
    public void Changing_the_discriminator_or_the_table_is_breaking()
    {
        AssertChanges(Before.Replace("[DynamoTable(\"shop\")]", "[DynamoTable(\"shop\", EntityType = \"order\")]"), "BREAKING discriminator changed from '_type' = 'Order' to '_type' = 'order'");
        AssertChanges(Before.Replace("[DynamoTable(\"shop\")]", "[DynamoTable(\"shop\", WriteEntityType = false)]"), "BREAKING discriminator changed from '_type' = 'Order' to not written");
        AssertChanges(Before.Replace("[DynamoTable(\"shop\")]", "[DynamoTable(\"store\")]"), "BREAKING table changed from 'shop' to 'store'");
    }

    [Fact]
    public void Raising_the_version_is_not_breaking_and_lowering_it_is()
    {
        var v2 = Before.Replace("public partial class Order", "[SchemaVersion(2)]\npublic partial class Order");
        AssertChanges(v2, "schema version raised from 1 to 2");
        var changes = SchemaChange.Compare(SchemaFileText.Shape(v2), SchemaFileText.Shape(Before));
        Assert.Equal(new[] { "BREAKING schema version lowered from 2 to 1" }, changes.Select(Describe));
    }

    [Fact]
    public void Breaking_changes_of_keys_say_so()
    {
        var changes = Changes(Before.Replace("[PartitionKey(\"ORDER#{Id}\")]", "[PartitionKey(\"ORD#{Id}\")]").Replace("public decimal Total", "public long Total"));
        Assert.Equal(new[] { true }, changes.Select(c => c.IsKeyChange));
        Assert.Equal("partition", changes[0].KeySlot);
    }

    private static List<SchemaChange> Changes(string after) =>
        SchemaChange.Compare(SchemaFileText.Shape(Before), SchemaFileText.Shape(after));

    private static void AssertChanges(string after, params string[] expected) =>
        Assert.Equal(expected, Changes(after).Select(Describe));

    private static string Describe(SchemaChange change) => (change.IsBreaking ? "BREAKING " : string.Empty) + change.Description;
}
