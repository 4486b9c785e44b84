using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;
using Boto3Assist.DynamoDb.Tests.Infrastructure;
using Boto3Assist.DynamoDb.Tests.Models;

namespace Boto3Assist.DynamoDb.Tests.Mapping;

/// <summary>
/// DynamoDB stores an item and 31 maps or lists nested in it. ToItem and FromItem refuse one level more with a
/// DynamoMappingException before descending into it, so a recursive value 100,000 deep cannot overflow the stack.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class NestingDepthTests(DynamoDbLocalFixture server)
{
    private readonly EntityTables _tables = new(server.Client, nameof(NestingDepthTests));

    // A chain of 'nodes' through Parent: each node is a map, and the last one's empty Children list one more level,
    // so the item holds nodes + 1 nested containers.
    private static Category Chain(string id, int nodes)
    {
        var node = new CategoryNode { Name = "level " + nodes };
        for (var level = nodes - 1; level >= 1; level--)
        {
            node = new CategoryNode { Name = "level " + level, Parent = node };
        }

        return new Category { Id = id, Root = node };
    }

    private const int DeepestChain = NestingDepth.MaxNestedContainers - 1;

    private static AttributeValue NestedMaps(int containers)
    {
        var value = new AttributeValue { M = new() { ["Name"] = new() { S = "leaf" } } };
        for (var level = 1; level < containers; level++)
        {
            value = new AttributeValue { M = new() { ["Name"] = new() { S = "node" }, ["Parent"] = value } };
        }

        return value;
    }

    [Fact]
    public async Task The_deepest_item_DynamoDB_stores_is_written_and_read_back()
    {
        var deepest = Chain("deepest", DeepestChain);

        var back = await _tables.RoundTripAsync(deepest);

        var levels = 0;
        for (var node = back.Root; node is not null; node = node.Parent)
        {
            levels++;
        }

        Assert.Equal(DeepestChain, levels);
    }

    [Fact]
    public async Task One_level_more_is_refused_by_ToItem_before_it_is_sent()
    {
        var tooDeep = Chain("too-deep", DeepestChain + 1);

        var e = WireJson.ThrowsToBoth(tooDeep);

        Assert.Equal("Category", e.Entity);
        Assert.Equal("Root" + string.Concat(Enumerable.Repeat(".Parent", DeepestChain)) + ".Children", e.Attribute);
        Assert.Contains("at most 31 maps or lists", e.Expected, StringComparison.Ordinal);

        // What the server says to the same shape, to keep the limit honest.
        var item = Chain("too-deep", DeepestChain).ToItem();
        item["Root"] = NestedMaps(NestingDepth.MaxNestedContainers + 1);
        var name = await _tables.EnsureAsync<Category>();
        var refused = await Assert.ThrowsAnyAsync<Amazon.DynamoDBv2.AmazonDynamoDBException>(() => server.Client.PutItemAsync(new PutItemRequest { TableName = name, Item = item }));
        Assert.Contains("Nesting Levels", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_100000_levels_deep_is_refused_without_overflowing_the_stack()
    {
        var write = WireJson.ThrowsToBoth(Chain("hostile", 100_000));
        Assert.StartsWith("Root.Parent.Parent", write.Attribute, StringComparison.Ordinal);

        var item = Chain("ok", 1).ToItem();
        item["Root"] = NestedMaps(100_000);
        var read = Assert.Throws<DynamoMappingException>(() => Category.FromItem(item));
        Assert.Equal("Category", read.Entity);
        Assert.StartsWith("Root.Parent.Parent", read.Attribute, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_count_as_levels_too()
    {
        var node = new CategoryNode { Name = "leaf" };
        for (var level = 0; level < 20; level++)
        {
            node = new CategoryNode { Name = "node", Children = [node] };
        }

        // Root (1) + 20 × (Children list + node map) + the leaf's empty Children = 42 containers.
        var e = WireJson.ThrowsToBoth(new Category { Id = "lists", Root = node });
        Assert.StartsWith("Root.Children[0].Children[0]", e.Attribute, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_item_leaves_no_level_behind_on_the_thread()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            WireJson.ThrowsToBoth(Chain("too-deep", 50));
            var item = Chain("ok", 1).ToItem();
            item["Root"] = NestedMaps(40);
            WireJson.ThrowsFromBoth<Category>(item);
        }

        var deepest = Chain("deepest", DeepestChain);
        Assert.Equal("level 1", Category.FromItem(deepest.ToItem()).Root!.Name);
    }
}
