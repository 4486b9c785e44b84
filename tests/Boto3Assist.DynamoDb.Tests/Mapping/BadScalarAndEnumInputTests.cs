using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>FromItem on bad items and ToItem on unstorable values throw DynamoMappingException naming entity, attribute, expected and found.</summary>
public sealed class BadScalarAndEnumInputTests
{
    private static Dictionary<string, AttributeValue> ValidScalars()
        => ScalarRoundTripTests.Ordinary().ToItem();

    private static DynamoMappingException FromScalars(string attribute, AttributeValue? value)
    {
        var item = ValidScalars();
        if (value is null)
        {
            item.Remove(attribute);
        }
        else
        {
            item[attribute] = value;
        }

        return Assert.Throws<DynamoMappingException>(() => ScalarMatrix.FromItem(item));
    }

    [Fact]
    public void Missing_required_attribute()
    {
        var item = new Order { CustomerId = "c", OrderId = "o", OrderDate = DateTime.UtcNow }.ToItem();
        item.Remove("OrderId");

        var ex = Assert.Throws<DynamoMappingException>(() => Order.FromItem(item));

        Assert.Equal("Order", ex.Entity);
        Assert.Equal("OrderId", ex.Attribute);
        Assert.Equal("S", ex.Expected);
        Assert.Contains("no attribute", ex.Found, StringComparison.Ordinal);
        Assert.Contains("OrderId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_constructor_parameter_of_a_positional_record()
    {
        var item = new Book("isbn", 1, "Title", ["A"], new DateOnly(2020, 1, 1)).ToItem();
        item.Remove("Title");

        var ex = Assert.Throws<DynamoMappingException>(() => Book.FromItem(item));

        Assert.Equal(("Book", "Title", "S"), (ex.Entity, ex.Attribute, ex.Expected));
    }

    [Fact]
    public void Required_attribute_stored_as_NULL_counts_as_missing()
    {
        var item = new Order { CustomerId = "c", OrderId = "o" }.ToItem();
        item["CustomerId"] = new AttributeValue { NULL = true };

        var ex = Assert.Throws<DynamoMappingException>(() => Order.FromItem(item));

        Assert.Equal("CustomerId", ex.Attribute);
    }

    [Theory]
    [InlineData("Text", "N")]
    [InlineData("Int32", "S")]
    [InlineData("Flag", "S")]
    [InlineData("Bytes", "S")]
    [InlineData("DateTime", "N")]
    public void Wrong_attribute_type(string attribute, string storedAs)
    {
        var value = storedAs == "N" ? new AttributeValue { N = "1" } : new AttributeValue { S = "1" };

        var ex = FromScalars(attribute, value);

        Assert.Equal("ScalarMatrix", ex.Entity);
        Assert.Equal(attribute, ex.Attribute);
        Assert.Equal(storedAs, ex.Found);
        Assert.NotEqual(storedAs, ex.Expected);
    }

    [Theory]
    [InlineData("Int32", "N", "12.5")]
    [InlineData("Int32", "N", "99999999999")]
    [InlineData("Byte", "N", "-1")]
    [InlineData("UInt64", "N", "18446744073709551616")]
    [InlineData("Decimal", "N", "not-a-number")]
    [InlineData("Guid", "S", "not-a-guid")]
    [InlineData("DateTime", "S", "yesterday")]
    [InlineData("DateOnly", "S", "2024-13-45")]
    [InlineData("TimeOnly", "S", "25:61")]
    [InlineData("TimeSpan", "S", "forever")]
    [InlineData("ColorByName", "S", "Purple")]
    [InlineData("ColorByNumber", "N", "x")]
    public void Unparseable_values(string attribute, string type, string text)
    {
        var value = type == "N" ? new AttributeValue { N = text } : new AttributeValue { S = text };

        var ex = FromScalars(attribute, value);

        Assert.Equal("ScalarMatrix", ex.Entity);
        Assert.Equal(attribute, ex.Attribute);
        Assert.Equal($"{type} \"{text}\"", ex.Found);
        Assert.False(string.IsNullOrWhiteSpace(ex.Expected));
    }

    [Fact]
    public void Enum_name_error_says_which_enum()
    {
        var ex = FromScalars("ColorByName", new AttributeValue { S = "Purple" });
        Assert.Contains("Color", ex.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("2")]
    [InlineData("-1")]
    [InlineData("+2")]
    [InlineData(" Green")]
    [InlineData("gren")]
    [InlineData("Red, Green")]
    [InlineData("")]
    public void Enum_stored_by_name_refuses_numbers_undefined_names_and_combinations(string text)
    {
        var ex = FromScalars("ColorByName", new AttributeValue { S = text });

        Assert.Equal("ColorByName", ex.Attribute);
        Assert.Equal($"S \"{text}\"", ex.Found);
        Assert.Contains("a name of Color", ex.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Read, 2")]
    [InlineData("Read, Execute")]
    [InlineData("Read,")]
    [InlineData("Read Write")]
    public void Flags_enum_stored_by_name_refuses_numbers_and_undefined_names(string text)
    {
        var ex = FromScalars("FlagsByName", new AttributeValue { S = text });

        Assert.Equal("FlagsByName", ex.Attribute);
        Assert.Contains("comma-separated names of Permissions", ex.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Read, Write", Permissions.Read | Permissions.Write)]
    [InlineData("Read,Delete", Permissions.Read | Permissions.Delete)]
    [InlineData("None", Permissions.None)]
    [InlineData("Write", Permissions.Write)]
    public void Flags_enum_stored_by_name_accepts_comma_separated_defined_names(string text, Permissions expected)
    {
        var item = ValidScalars();
        item["FlagsByName"] = new AttributeValue { S = text };

        Assert.Equal(expected, ScalarMatrix.FromItem(item).FlagsByName);
    }

    [Fact]
    public void Enum_value_without_a_name_is_refused_by_ToItem_when_stored_by_name()
    {
        var undefined = ScalarRoundTripTests.Ordinary();
        undefined.ColorByName = (Color)12345;
        var ex = Assert.Throws<DynamoMappingException>(() => undefined.ToItem());
        Assert.Equal("ColorByName", ex.Attribute);
        Assert.Equal("12345", ex.Found);

        var unnamedBits = ScalarRoundTripTests.Ordinary();
        unnamedBits.FlagsByName = (Permissions)9;
        Assert.Equal("FlagsByName", Assert.Throws<DynamoMappingException>(() => unnamedBits.ToItem()).Attribute);

        // Stored as a number, any value is representable and kept.
        var byNumber = ScalarRoundTripTests.Ordinary();
        byNumber.ColorByNumber = (Color)12345;
        Assert.Equal((Color)12345, ScalarMatrix.FromItem(byNumber.ToItem()).ColorByNumber);
    }

    [Fact]
    public void Error_inside_a_nested_list_names_the_path()
    {
        var item = new Order { CustomerId = "c", OrderId = "o", Lines = [new("A", 1, 1m), new("B", 2, 2m)] }.ToItem();
        item["Lines"].L[1].M["Quantity"] = new AttributeValue { S = "two" };

        var ex = Assert.Throws<DynamoMappingException>(() => Order.FromItem(item));

        Assert.Equal("Order", ex.Entity);
        Assert.Equal("Lines[1].Quantity", ex.Attribute);
        Assert.Equal("S", ex.Found);
    }

    [Fact]
    public void Error_inside_a_map_value_names_the_key()
    {
        var item = CollectionRoundTripTests.Filled().ToItem();
        item["IntMap"].M["max"] = new AttributeValue { N = "1.5" };

        var ex = Assert.Throws<DynamoMappingException>(() => CollectionMatrix.FromItem(item));

        Assert.Equal("IntMap.max", ex.Attribute);
    }

    [Fact]
    public void Wrong_type_for_a_set()
    {
        // A list reads from a set (DynamoDBContext stores List<string> as SS), but a set does not read from a list:
        // an L may hold duplicates and NULLs a set cannot.
        var item = CollectionRoundTripTests.Filled().ToItem();
        item["StringList"] = new AttributeValue { SS = ["a"] };
        item["StringSet"] = new AttributeValue { L = [new AttributeValue { S = "a" }] };

        var ex = Assert.Throws<DynamoMappingException>(() => CollectionMatrix.FromItem(item));

        Assert.Equal("StringSet", ex.Attribute);
        Assert.Equal("L", ex.Found);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NaN_and_infinity_are_refused_by_ToItem(double value)
    {
        var entity = ScalarRoundTripTests.Ordinary();
        entity.Double = value;

        var ex = Assert.Throws<DynamoMappingException>(() => entity.ToItem());

        Assert.Equal("ScalarMatrix", ex.Entity);
        Assert.Equal("Double", ex.Attribute);
        Assert.Contains("finite", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void NaN_is_refused_in_float_nullable_nested_list_and_set_members()
    {
        var single = ScalarRoundTripTests.Ordinary();
        single.Single = float.NaN;
        Assert.Equal("Single", Assert.Throws<DynamoMappingException>(() => single.ToItem()).Attribute);

        var nullable = new NullableMatrix { Id = "n", Double = double.NaN };
        Assert.Equal("Double", Assert.Throws<DynamoMappingException>(() => nullable.ToItem()).Attribute);

        var nested = new NestedModel { Id = "n", Location = new GeoPoint { Latitude = double.PositiveInfinity } };
        var nestedError = Assert.Throws<DynamoMappingException>(() => nested.ToItem());
        Assert.Equal("NestedModel", nestedError.Entity);
        Assert.Equal("Location.Latitude", nestedError.Attribute);

        var set = new CollectionMatrix { Id = "n", DoubleSet = [1, double.NaN] };
        Assert.Equal("DoubleSet", Assert.Throws<DynamoMappingException>(() => set.ToItem()).Attribute);
    }

    [Fact]
    public void Doubles_out_of_DynamoDB_range_are_refused_in_nullable_nested_and_set_members()
    {
        var nullable = new NullableMatrix { Id = "n", Double = 1E+200 };
        Assert.Equal("Double", Assert.Throws<DynamoMappingException>(() => nullable.ToItem()).Attribute);

        var nested = new NestedModel { Id = "n", Location = new GeoPoint { Latitude = 1E-200 } };
        var nestedError = Assert.Throws<DynamoMappingException>(() => nested.ToItem());
        Assert.Equal("Location.Latitude", nestedError.Attribute);
        Assert.Equal("1E-200", nestedError.Found);

        var set = new CollectionMatrix { Id = "n", DoubleSet = [1, -1E+130] };
        var setError = Assert.Throws<DynamoMappingException>(() => set.ToItem());
        Assert.Equal("DoubleSet", setError.Attribute);
        Assert.Contains("below 1E+126", setError.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Converter_errors_are_reported_under_the_member()
    {
        var item = new SensorReading { SensorId = "s", Value = new Temperature(1m) }.ToItem();
        item["value"] = new AttributeValue { S = "hot" };

        var ex = Assert.Throws<DynamoMappingException>(() => SensorReading.FromItem(item));

        Assert.Equal("SensorReading", ex.Entity);
        Assert.Equal("value", ex.Attribute);
        Assert.Equal("hot", ex.Found);
    }
}
