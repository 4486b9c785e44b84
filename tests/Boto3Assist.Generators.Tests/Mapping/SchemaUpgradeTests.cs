using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.Generators.Tests.Models;

namespace Boto3Assist.Generators.Tests.Mapping;

/// <summary>The generated FromItem/FromItemJson of a [SchemaVersion] entity: older items are upgraded in order, newer and current ones read as they are.</summary>
public class SchemaUpgradeTests
{
    private static AttributeValue S(string text) => new() { S = text };

    private static AttributeValue N(string text) => new() { N = text };

    private static Dictionary<string, AttributeValue> Version1() => new()
    {
        ["pk"] = S("CUSTOMER#c1"), ["sk"] = S("PROFILE"), ["_type"] = S("Customer"),
        ["Id"] = S("c1"), ["Name"] = S("Ada Lovelace"), ["Mail"] = S("ada@example.com"),
    };

    private static Dictionary<string, AttributeValue> Version2() => new()
    {
        ["pk"] = S("CUSTOMER#c1"), ["sk"] = S("PROFILE"), ["_type"] = S("Customer"), ["_schema_version"] = N("2"),
        ["Id"] = S("c1"), ["FirstName"] = S("Ada"), ["LastName"] = S("Lovelace"), ["Mail"] = S("ada@example.com"),
    };

    /// <summary>Reads an item both ways: FromItem, and FromItemJson over the item's DynamoDB JSON.</summary>
    private static (VersionedCustomer FromItem, VersionedCustomer FromJson) ReadBothWays(Dictionary<string, AttributeValue> item)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteItem(writer, item);
        }

        var reader = new Utf8JsonReader(buffer.ToArray());
        reader.Read();
        var fromJson = VersionedCustomer.FromItemJson(ref reader);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType); // left on the item's end, as without a version
        Assert.False(reader.Read());
        return (VersionedCustomer.FromItem(item), fromJson);
    }

    /// <summary>DynamoDB JSON of an item of S, N and NULL values (the runtime's writer is internal).</summary>
    private static void WriteItem(Utf8JsonWriter writer, Dictionary<string, AttributeValue> item)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in item)
        {
            writer.WritePropertyName(name);
            writer.WriteStartObject();
            if (value.S is not null)
            {
                writer.WriteString("S", value.S);
            }
            else if (value.N is not null)
            {
                writer.WriteString("N", value.N);
            }
            else
            {
                writer.WriteBoolean("NULL", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    [Fact]
    public void ToItem_and_WriteItemJson_store_the_current_version()
    {
        var customer = new VersionedCustomer { Id = "c1", FirstName = "Ada", LastName = "Lovelace" };
        Assert.Equal("3", customer.ToItem()["_schema_version"].N);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            customer.WriteItemJson(writer);
        }

        Assert.Contains("\"_schema_version\":{\"N\":\"3\"}", Encoding.UTF8.GetString(buffer.ToArray()), StringComparison.Ordinal);
        Assert.Equal(3, VersionedCustomer.Metadata.SchemaVersion);
        Assert.Equal("_schema_version", VersionedCustomer.Metadata.SchemaVersionAttribute);
        Assert.Null(AllTypes.Metadata.SchemaVersion);
    }

    [Fact]
    public void An_item_without_a_version_is_version_1_and_runs_every_step_in_order()
    {
        foreach (var customer in new[] { ReadBothWays(Version1()).FromItem, ReadBothWays(Version1()).FromJson })
        {
            Assert.Equal(("Ada", "Lovelace", "ada@example.com"), (customer.FirstName, customer.LastName, customer.Email));
            Assert.Equal("1>2;2>3", customer.Trail); // SplitName is declared after RenameMail but runs first
        }
    }

    [Fact]
    public void A_version_2_item_runs_only_the_later_steps()
    {
        var (fromItem, fromJson) = ReadBothWays(Version2());
        Assert.Equal("2>3", fromItem.Trail);
        Assert.Equal("2>3", fromJson.Trail);
        Assert.Equal("ada@example.com", fromJson.Email);
    }

    [Fact]
    public void Upgrading_leaves_the_item_read_unchanged()
    {
        var item = Version1();
        _ = VersionedCustomer.FromItem(item);
        Assert.True(item.ContainsKey("Name"));
        Assert.False(item.ContainsKey("FirstName"));
        Assert.False(item.ContainsKey("_schema_version"));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("7")] // written by newer code during a rolling deploy: read as it is, unknown attributes ignored
    public void Current_and_newer_items_are_read_as_they_are(string version)
    {
        var item = new VersionedCustomer { Id = "c1", FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com" }.ToItem();
        item["_schema_version"] = N(version);
        item["Mail"] = S("ignored@example.com");
        item["Loyalty"] = S("GOLD");
        foreach (var customer in new[] { ReadBothWays(item).FromItem, ReadBothWays(item).FromJson })
        {
            Assert.Null(customer.Trail);
            Assert.Equal("ada@example.com", customer.Email);
        }
    }

    [Fact]
    public void A_NULL_version_is_version_1()
    {
        var item = Version1();
        item["_schema_version"] = new AttributeValue { NULL = true };
        Assert.Equal("1>2;2>3", ReadBothWays(item).FromJson.Trail);
        Assert.Equal("1>2;2>3", ReadBothWays(item).FromItem.Trail);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    public void A_version_that_is_not_a_whole_number_of_1_or_more_is_a_mapping_error(string version)
    {
        var item = Version1();
        item["_schema_version"] = N(version);
        var e = Assert.Throws<DynamoMappingException>(() => VersionedCustomer.FromItem(item));
        Assert.Equal(("VersionedCustomer", "_schema_version"), (e.Entity, e.Attribute));
        Assert.Throws<DynamoMappingException>(() => ReadBothWays(item));
    }

    [Fact]
    public void A_step_that_throws_is_a_mapping_error_naming_the_step_and_not_the_values()
    {
        var item = new Dictionary<string, AttributeValue> { ["pk"] = S("FRAGILE#f"), ["_type"] = S("Fragile"), ["Id"] = S("f"), ["Count"] = N("41") };
        var e = Assert.Throws<DynamoMappingException>(() => Fragile.FromItem(item));
        Assert.Equal(("Fragile", "v"), (e.Entity, e.Attribute));
        Assert.Contains("'Explode'", e.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 1 to 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("41", e.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(e.InnerException);

        item["v"] = N("2");
        Assert.Equal(41, Fragile.FromItem(item).Count); // a current item runs no step
    }

    [Fact]
    public void A_derived_entity_read_through_its_polymorphic_base_is_upgraded_by_its_own_steps()
    {
        var dog = new Dictionary<string, AttributeValue> { ["pk"] = S("DOG#d1"), ["_type"] = S("Dog"), ["Id"] = S("d1"), ["nm"] = S("Rex") };
        var cat = new VersionedCat { Id = "c1", Lives = 9 }.ToItem();

        Assert.Equal("Rex", Assert.IsType<VersionedDog>(VersionedPet.FromItem(dog)).Name);
        Assert.Equal(9, Assert.IsType<VersionedCat>(VersionedPet.FromItem(cat)).Lives);
        Assert.Equal("2", new VersionedDog { Id = "d1", Name = "Rex" }.ToItem()["_schema_version"].N);
        Assert.False(cat.ContainsKey("_schema_version"));
        Assert.Null(VersionedPet.Metadata.SchemaVersion); // each derived entity has its own

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteItem(writer, dog);
        }

        var reader = new Utf8JsonReader(buffer.ToArray());
        reader.Read();
        Assert.Equal("Rex", Assert.IsType<VersionedDog>(VersionedPet.FromItemJson(ref reader)).Name);
    }
}
