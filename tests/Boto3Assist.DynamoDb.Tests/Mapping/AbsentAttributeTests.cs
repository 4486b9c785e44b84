using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// What an absent attribute means, in both forms of an item (the SDK's dictionary and DynamoDB JSON): a NULL attribute is
/// an absent one, a member required on read fails with the attribute's name wherever it sits in a wide type, and a member
/// the item does not have keeps what the constructor gave it.
/// </summary>
public sealed class AbsentAttributeTests
{
    private static Dictionary<string, AttributeValue> WideItem()
    {
        var item = new Dictionary<string, AttributeValue> { ["Id"] = new() { S = "w1" } };
        for (var i = 1; i < 70; i++)
        {
            item[$"Count{i:00}"] = new() { N = (i * 10).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        return item;
    }

    [Fact]
    public void Every_attribute_of_a_type_with_more_than_64_is_read_in_both_forms()
    {
        var item = WideItem();
        var fromItem = WideEntity.FromItem(item);
        Assert.Equal(10, fromItem.Count01);
        Assert.Equal(630, fromItem.Count63);
        Assert.Equal(640, fromItem.Count64);
        Assert.Equal(690, fromItem.Count69);
        WireJson.AssertReadsAsFromItem<WideEntity>(item);
    }

    [Theory]
    [InlineData("Count01")]
    [InlineData("Count63")]
    [InlineData("Count64")]
    [InlineData("Count69")]
    public void A_required_attribute_missing_from_a_wide_type_is_named_in_both_forms(string attribute)
    {
        var item = WideItem();
        item.Remove(attribute);
        var e = WireJson.ThrowsFromBoth<WideEntity>(item);
        Assert.Equal(("WideEntity", attribute, "N"), (e.Entity, e.Attribute, e.Expected));
    }

    [Theory]
    [InlineData("Count02")]
    [InlineData("Count66")]
    public void A_required_attribute_stored_as_NULL_is_missing_in_both_forms(string attribute)
    {
        var item = WideItem();
        item[attribute] = new AttributeValue { NULL = true };
        var e = WireJson.ThrowsFromBoth<WideEntity>(item);
        Assert.Equal(("WideEntity", attribute, "N"), (e.Entity, e.Attribute, e.Expected));
    }

    [Fact]
    public void Members_the_item_does_not_have_keep_what_the_constructor_set()
    {
        var item = new Dictionary<string, AttributeValue> { ["Id"] = new() { S = "d1" } };
        var read = ConstructorDefaults.FromItem(item);
        Assert.Equal(("set by the constructor", 7), (read.Note, read.Score));
        Assert.Equal(["constructor"], read.Tags!);
        WireJson.AssertReadsAsFromItem<ConstructorDefaults>(item);
    }

    [Fact]
    public void Members_stored_as_NULL_keep_what_the_constructor_set()
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["Id"] = new() { S = "d1" },
            ["Note"] = new() { NULL = true },
            ["Score"] = new() { NULL = true },
            ["Tags"] = new() { NULL = true },
        };
        var read = ConstructorDefaults.FromItem(item);
        Assert.Equal(("set by the constructor", 7), (read.Note, read.Score));
        Assert.Equal(["constructor"], read.Tags!);
        WireJson.AssertReadsAsFromItem<ConstructorDefaults>(item);
    }

    [Fact]
    public void Members_the_item_has_replace_what_the_constructor_set()
    {
        var written = new ConstructorDefaults { Id = "d1", Note = "stored", Score = 3, Tags = ["a", "b"] };
        var item = written.ToItem();
        var read = ConstructorDefaults.FromItem(item);
        Assert.Equal(("stored", 3), (read.Note, read.Score));
        Assert.Equal(["a", "b"], read.Tags!);
        WireJson.AssertReadsAsFromItem<ConstructorDefaults>(item);
    }
}
