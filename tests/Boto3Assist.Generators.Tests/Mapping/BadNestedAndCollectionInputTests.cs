using System.IO;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.Generators.Tests.Models;

namespace Boto3Assist.Generators.Tests.Mapping;

/// <summary>FromItem on bad items throws DynamoMappingException naming entity, attribute, expected and found.</summary>
public class BadNestedAndCollectionInputTests
{
    private static Dictionary<string, AttributeValue> OrderItem() => new Order
    {
        CustomerId = "c1",
        OrderId = "o1",
        OrderDate = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc),
        Lines = new() { new() { Sku = "a", Quantity = 1 }, new() { Sku = "b", Quantity = 2 }, new() { Sku = "c", Quantity = 3 } },
    }.ToItem();

    private static DynamoMappingException FromOrder(Dictionary<string, AttributeValue> item) =>
        Assert.Throws<DynamoMappingException>(() => Order.FromItem(item));

    [Fact]
    public void Missing_required_attribute()
    {
        var item = OrderItem();
        item.Remove("OrderId");

        var e = FromOrder(item);

        Assert.Equal("Order", e.Entity);
        Assert.Equal("OrderId", e.Attribute);
        Assert.Equal("S", e.Expected);
        Assert.Contains("no attribute", e.Found);
        Assert.Contains("'OrderId'", e.Message);
        Assert.Contains("'Order'", e.Message);
    }

    [Fact]
    public void Missing_non_nullable_value_type_attribute()
    {
        var item = OrderItem();
        item.Remove("Total");

        var e = FromOrder(item);

        Assert.Equal("Total", e.Attribute);
        Assert.Equal("N", e.Expected);
    }

    [Fact]
    public void Missing_member_with_an_initializer_keeps_the_initializer_value()
    {
        var item = OrderItem();
        item.Remove("Lines");

        var order = Order.FromItem(item);

        Assert.NotNull(order.Lines);
        Assert.Empty(order.Lines);
    }

    [Fact]
    public void Wrong_attribute_type_expected_N_found_S()
    {
        var item = OrderItem();
        item["Total"] = new AttributeValue { S = "12" };

        var e = FromOrder(item);

        Assert.Equal("Total", e.Attribute);
        Assert.Equal("N", e.Expected);
        Assert.Equal("S", e.Found);
        Assert.Contains("expected N, found S", e.Message);
    }

    [Theory]
    [InlineData("Total", "abc", "N")]
    [InlineData("Version", "1.5", "N")]
    [InlineData("Version", "99999999999999999999999", "N")]
    public void Unparseable_or_out_of_range_numbers(string attribute, string text, string type)
    {
        var item = OrderItem();
        item[attribute] = new AttributeValue { N = text };

        var e = FromOrder(item);

        Assert.Equal(attribute, e.Attribute);
        Assert.Contains("number", e.Expected);
        Assert.Equal(type + " \"" + text + "\"", e.Found);
    }

    [Fact]
    public void Unparseable_date_enum_and_guid()
    {
        var item = OrderItem();
        item["OrderDate"] = new AttributeValue { S = "yesterday" };
        Assert.Equal("S \"yesterday\"", FromOrder(item).Found);

        item = OrderItem();
        item["Status"] = new AttributeValue { S = "Lost" };
        var e = FromOrder(item);
        Assert.Equal("Status", e.Attribute);
        Assert.Contains("OrderStatus", e.Expected);

        var all = new AllTypes().ToItem();
        all["Guid"] = new AttributeValue { S = "not-a-guid" };
        var g = Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(all));
        Assert.Equal("Guid", g.Attribute);
        Assert.Equal("a Guid", g.Expected);
    }

    [Fact]
    public void Errors_inside_nested_lists_carry_the_path()
    {
        var item = OrderItem();
        item["Lines"].L[2].M["Sku"] = new AttributeValue { N = "5" };

        var e = FromOrder(item);

        Assert.Equal("Order", e.Entity);
        Assert.Equal("Lines[2].Sku", e.Attribute);
        Assert.Equal("S", e.Expected);
        Assert.Equal("N", e.Found);
    }

    [Fact]
    public void Missing_attribute_inside_a_nested_map()
    {
        var item = OrderItem();
        item["Lines"].L[1].M.Remove("Quantity");

        var e = FromOrder(item);

        Assert.Equal("Lines[1].Quantity", e.Attribute);
        Assert.Contains("no attribute", e.Found);
    }

    [Fact]
    public void Paths_through_maps_objects_and_lists_of_lists()
    {
        var all = AllTypesMappingTests.Sample().ToItem();
        all["IntMap"].M["minus"] = new AttributeValue { S = "x" };
        Assert.Equal("IntMap.minus", Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(all)).Attribute);

        all = AllTypesMappingTests.Sample().ToItem();
        all["NestedLists"].L[2].L[0] = new AttributeValue { BOOL = true };
        var e = Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(all));
        Assert.Equal("NestedLists[2][0]", e.Attribute);
        Assert.Equal("BOOL", e.Found);

        all = AllTypesMappingTests.Sample().ToItem();
        all["Location"].M["Latitude"] = new AttributeValue { S = "north" };
        Assert.Equal("Location.Latitude", Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(all)).Attribute);

        all = AllTypesMappingTests.Sample().ToItem();
        all["AddressMap"].M["home"].M["Tags"].L[0] = new AttributeValue { N = "1" };
        Assert.Equal("AddressMap.home.Tags[0]", Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(all)).Attribute);

        all = AllTypesMappingTests.Sample().ToItem();
        all["Tree"].M["Children"].L[0].M["Children"].L[0].M["Name"] = new AttributeValue { N = "1" };
        Assert.Equal("Tree.Children[0].Children[0].Name", Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(all)).Attribute);
    }

    [Fact]
    public void NULL_element_in_a_non_nullable_list_is_refused()
    {
        var all = AllTypesMappingTests.Sample().ToItem();
        all["StringList"].L[1] = new AttributeValue { NULL = true };

        var e = Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(all));

        Assert.Equal("StringList[1]", e.Attribute);
        Assert.Equal("S", e.Expected);
        Assert.Equal("NULL", e.Found);
    }

    [Theory]
    [InlineData("StringList", "L")]
    [InlineData("StringSet", "SS")]
    [InlineData("IntSet", "NS")]
    [InlineData("BinarySet", "BS")]
    [InlineData("IntMap", "M")]
    [InlineData("Home", "M")]
    [InlineData("Bytes", "B")]
    [InlineData("Flag", "BOOL")]
    public void Wrong_type_for_collections_and_others(string attribute, string expected)
    {
        var all = AllTypesMappingTests.Sample().ToItem();
        all[attribute] = new AttributeValue { S = "wrong" };

        var e = Assert.Throws<DynamoMappingException>(() => AllTypes.FromItem(all));

        Assert.Equal(attribute, e.Attribute);
        Assert.Equal(expected, e.Expected);
        Assert.Equal("S", e.Found);
    }

    [Fact]
    public void Null_table_key_member_on_write()
    {
        var order = new Order { CustomerId = null!, OrderId = "o1" };

        var e = Assert.Throws<DynamoMappingException>(() => order.ToItem());

        Assert.Equal("pk", e.Attribute);
        Assert.Contains("CustomerId", e.Expected);
        Assert.Equal("null", e.Found);
        Assert.Equal("sk", Assert.Throws<DynamoMappingException>(() => (order with { CustomerId = "c", OrderId = null! }).ToKey()).Attribute);
    }

    [Fact]
    public void Converter_errors_are_reported_under_the_member()
    {
        var item = new Product("sku", 1, Color.Red, new Money(1, "EUR")) { Discount = new Money(2, "EUR") }.ToItem();
        item["Discount"] = new AttributeValue { S = "abc" };

        var e = Assert.Throws<DynamoMappingException>(() => Product.FromItem(item));

        Assert.Equal("Product", e.Entity);
        Assert.Equal("Discount", e.Attribute);
        Assert.IsType<FormatException>(e.InnerException);
    }

    [Fact]
    public void Null_item_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => Order.FromItem(null!));
    }
}
