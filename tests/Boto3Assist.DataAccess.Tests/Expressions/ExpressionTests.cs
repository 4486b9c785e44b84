using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests;

public sealed class ExpressionTests
{
    private const string Hostile = "\") OR attribute_exists(pk) OR (#x = \"";

    [Fact]
    public void Every_name_is_an_alias_and_every_value_a_placeholder()
    {
        var condition = (Order.Fields.Status.EqualTo("PAID") & Order.Fields.Total.Between(10m, 20m))
            | !Order.Fields.Notes.Exists()
            | Order.Fields.Status.In("A", "B", "C")
            | Order.Fields.Status.BeginsWith("P")
            | Order.Fields.Notes.Size(DynamoComparison.GreaterThan, 2)
            | Order.Fields.Notes.Contains("gift");
        var context = new DynamoExpressionContext();
        var text = condition.Render(context);

        Assert.Equal(
            "((((((#n0 = :v0) AND (#n1 BETWEEN :v1 AND :v2)) OR (NOT (attribute_exists(#n2)))) OR (#n0 IN (:v3, :v4, :v5))) OR (begins_with(#n0, :v6))) OR (size(#n2) > :v7)) OR (contains(#n2, :v8))",
            text);
        Assert.Equal(new Dictionary<string, string> { ["#n0"] = "Status", ["#n1"] = "Total", ["#n2"] = "Notes" }, context.Names);
        Assert.Equal("PAID", context.Values[":v0"].S);
        Assert.Equal("10", context.Values[":v1"].N);
        Assert.Equal("2", context.Values[":v7"].N);
    }

    [Fact]
    public void Hostile_values_only_ever_reach_the_values_map()
    {
        var condition = Order.Fields.Status.EqualTo(Hostile) | Order.Fields.Status.BeginsWith(Hostile) | Order.Fields.Notes.Contains(Hostile) | Order.Fields.Status.In(Hostile);
        var context = new DynamoExpressionContext();
        var text = condition.Render(context);

        Assert.DoesNotContain("attribute_exists(pk)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", text, StringComparison.Ordinal);
        Assert.All(context.Values.Values, v => Assert.Equal(Hostile, v.S));
        Assert.Equal(4, context.Values.Count);
    }

    [Fact]
    public void Attribute_names_with_reserved_words_or_dots_are_aliased()
    {
        var context = new DynamoExpressionContext();
        var text = DynamoCondition<Order>.AttributeExists("status.with-dash").And(DynamoCondition<Order>.AttributeExists("Name")).Render(context);
        Assert.Equal("(attribute_exists(#n0)) AND (attribute_exists(#n1))", text);
        Assert.Equal("status.with-dash", context.Names["#n0"]);
    }

    [Fact]
    public void In_with_more_than_100_values_is_refused_before_sending()
    {
        var values = Enumerable.Range(0, 101).Select(i => "s" + i).ToArray();
        var error = Assert.Throws<ArgumentException>(() => Order.Fields.Status.In(values));
        Assert.Contains("1 to 100", error.Message, StringComparison.Ordinal);
        Assert.Contains("Status", error.Message, StringComparison.Ordinal);
        Order.Fields.Status.In(values[..100]);
    }

    [Fact]
    public void A_null_comparison_value_is_refused_with_a_hint()
    {
        var error = Assert.Throws<DynamoInvalidRequestException>(() => Order.Fields.Status.EqualTo(null));
        Assert.Equal("Order", error.Entity);
        Assert.Equal("Status", error.AttributeName);
        Assert.Contains("NotExists()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_builder_refuses_primary_key_index_key_and_version_members()
    {
        var pk = Assert.Throws<DynamoInvalidRequestException>(() => new DynamoUpdate<Order>().Set(Order.Fields.OrderId, "o2"));
        Assert.Contains("'sk'", pk.Message, StringComparison.Ordinal);
        Assert.Contains("never changes the key", pk.Message, StringComparison.Ordinal);

        var index = Assert.Throws<DynamoInvalidRequestException>(() => new DynamoUpdate<Order>().Set(Order.Fields.Status, "PAID"));
        Assert.Contains("gsi1_pk", index.Message, StringComparison.Ordinal);

        var version = Assert.Throws<DynamoInvalidRequestException>(() => new DynamoUpdate<Customer>().Set(Customer.Fields.Version, 3));
        Assert.Contains("version", version.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_builder_renders_each_clause_once_with_placeholders()
    {
        var update = new DynamoUpdate<Customer>()
            .Set(Customer.Fields.Name, Hostile)
            .Increment(Customer.Fields.LoginCount, 1)
            .AddToSet(Customer.Fields.Tags, ["vip"]);
        var context = new DynamoExpressionContext();
        var text = update.Actions.Render(context);
        Assert.Equal("SET #n0 = :v0 ADD #n1 :v1, #n2 :v2", text);
        Assert.Equal(Hostile, context.Values[":v0"].S);
        Assert.Throws<ArgumentException>(() => update.Set(Customer.Fields.Name, "again"));
    }
}
