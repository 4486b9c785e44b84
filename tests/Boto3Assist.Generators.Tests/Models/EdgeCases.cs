using Boto3Assist.DynamoDb;

namespace Boto3Assist.Generators.Tests.Models;

/// <summary>Init-only members with initializers on a class, required members, a private setter, inheritance.</summary>
[DynamoTable("edge")]
[PartitionKey("E#{Id}")]
[SortKey("{Kind}")]
public partial class EdgeEntity : EdgeBase
{
    public required string Id { get; init; }
    public required string? Note { get; init; }
    public int Counter { get; init; } = 42;
    public List<string> Labels { get; init; } = new() { "default" };
    public string Kind { get; } = "K";
    public string PrivateSet { get; private set; } = "unchanged";
    [DynamoIgnore] public required string NotStored { get; init; }
    public void SetPrivate(string value) => PrivateSet = value;
}

public class EdgeBase
{
    public string BaseName { get; set; } = "";
    public virtual int Level { get; set; }
}

/// <summary>An entity deriving from an entity: both generated, the derived one hides the base's members.</summary>
[DynamoTable("edge", EntityType = "derived")]
[PartitionKey("D#{Id}")]
public partial class DerivedEdgeEntity : GlobalEntityBase
{
    public int Extra { get; set; }
}

[DynamoTable("edge", EntityType = "base")]
[PartitionKey("B#{Id}")]
public partial class GlobalEntityBase
{
    public string Id { get; set; } = "";
}

/// <summary>A positional record with member keys from its primary constructor (a record struct works too, see RobustnessTests).</summary>
[DynamoTable("readings")]
public partial record Reading([property: PartitionKey] string Sensor, [property: SortKey] long At, double Value);
