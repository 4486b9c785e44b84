using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Limits;

/// <summary>
/// A generated entity whose key attributes are members themselves (so a test controls each key value byte for byte),
/// with a GSI whose sort key is a member too (so it can be empty), no version and no discriminator (so an item's size
/// is exactly its members). Table "limits": pk Owner, sk Name, gsi1 "TAG#{Tag}" / "{Label}".
/// </summary>
[DynamoTable("limits", WriteEntityType = false)]
[GsiKey("gsi1", "TAG#{Tag}", "{Label}")]
public sealed partial record LimitDoc
{
    [PartitionKey]
    public required string Owner { get; init; }

    [SortKey]
    public required string Name { get; init; }

    public string? Tag { get; init; }

    public string? Label { get; init; }

    public string? Body { get; init; }

    public byte[]? Blob { get; init; }

    [DynamoConverter(typeof(NestedMapsConverter))]
    public NestedMaps? Tree { get; init; }
}

/// <summary>A value stored as <see cref="Levels"/> maps nested in one another.</summary>
/// <param name="Levels">How many maps.</param>
public sealed record NestedMaps(int Levels);

/// <summary>
/// A converter that builds nested maps itself, as a user's converter for a tree or a JSON document would: the mapper's
/// own depth guard never sees them, so only the check before sending stands between them and DynamoDB.
/// </summary>
public sealed class NestedMapsConverter : IDynamoConverter<NestedMaps>
{
    public AttributeValue ToAttributeValue(NestedMaps value)
    {
        var current = new AttributeValue { S = "leaf" };
        for (var i = 0; i < value.Levels; i++)
        {
            current = new AttributeValue { M = new Dictionary<string, AttributeValue> { ["n"] = current } };
        }

        return current;
    }

    public NestedMaps FromAttributeValue(AttributeValue value)
    {
        var levels = 0;
        while (value.M is { } map && map.TryGetValue("n", out var inner))
        {
            levels++;
            value = inner;
        }

        return new NestedMaps(levels);
    }
}
