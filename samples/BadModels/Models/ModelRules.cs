using Boto3Assist.DynamoDb;

namespace BadModels.Models;

// Each line that should report ends with the rule ID(s) in a comment; expected-diagnostics.txt lists them.

[DynamoTable("model-rules")]
[PartitionKey("NP#{Id}")]
public class NotPartial // B3A0001
{
    public string Id { get; init; } = "";
}

public class Outer // B3A0001
{
    [DynamoTable("model-rules")]
    [PartitionKey("NESTED#{Id}")]
    public partial class Nested
    {
        public string Id { get; init; } = "";
    }
}

[DynamoTable("model-rules")]
public partial class NoPartitionKey // B3A0002
{
    public string Sku { get; init; } = "";
}

[DynamoTable("model-rules")]
[PartitionKey("DUP#{Id}")]
public partial class DuplicateKeys
{
    [PartitionKey] public string Id { get; init; } = ""; // B3A0003
}

[DynamoTable("model rules")] // B3A0004
[PartitionKey("BAD#{Id}")]
public partial class BadTableName
{
    public string Id { get; init; } = "";
}

[DynamoTable("clashing-member")]
[PartitionKey("CLASH#{Id}")]
public partial class AttributeClash
{
    public string Id { get; init; } = "";
    [DynamoAttribute("pk")] public string LegacyKey { get; init; } = ""; // B3A0005
    public string Status { get; init; } = ""; // B3A0006
}

[DynamoTable("model-rules")]
[PartitionKey("TYPES#{Id}")]
public partial class UnsupportedTypes
{
    public string Id { get; init; } = "";
    public object Payload { get; init; } = new(); // B3A0007
    public TreeNode? Tree { get; init; } // B3A0008
}

public class TreeNode
{
    public string Label { get; init; } = "";
    public List<TreeNode> Children { get; init; } = new();
}

[DynamoTable("model-rules")]
[PartitionKey("TEMPLATE#{Id")] // B3A0009
public partial class BadTemplate
{
    public string Id { get; init; } = "";
}

[DynamoTable("model-rules")]
[PartitionKey("CONV#{Id}")]
public partial class BadConverter
{
    public string Id { get; init; } = "";
    [DynamoConverter(typeof(MoneyConverter))] public string Price { get; init; } = ""; // B3A0010
    [DynamoIgnore, Ttl] public long Expires { get; init; } // B3A0011
    [DynamoAttribute("")] public string Empty { get; init; } = ""; // B3A0012
}

public sealed class MoneyConverter : IDynamoConverter<decimal>
{
    public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(decimal value) =>
        new() { N = value.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public decimal FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue value) =>
        decimal.Parse(value.N, System.Globalization.CultureInfo.InvariantCulture);
}

[DynamoTable("unstored-state")]
[PartitionKey("UNSTORED#{Id}")]
public partial class UnstoredState
{
    public string Id { get; init; } = "";
    public string Status { get; private set; } = ""; // B3A0013
}

[DynamoTable("generated-name-clash")]
[PartitionKey("NAMECLASH#{Id}")]
public partial class ClashingMemberName // B3A0014
{
    public string Id { get; init; } = "";
    public string ToKey() => "NAMECLASH#" + Id;
}

[DynamoTable("local-times")]
[PartitionKey("EVENT#{Id}")]
public partial class LocalTimeEvent
{
    public string Id { get; init; } = "";
    public DateTime HappenedAt { get; init; } = DateTime.Now; // B3A0015
}

[DynamoDerivedType(typeof(AnimalDog))]
[DynamoDerivedType(typeof(AnimalCat))] // B3A0016
public abstract partial class Animal
{
    public string Nickname { get; init; } = "";
}

[DynamoTable("animals", EntityType = "Dog")]
[PartitionKey("DOG#{Nickname}")]
public sealed partial class AnimalDog : Animal
{
}

[DynamoTable("cats", EntityType = "Cat")]
[PartitionKey("CAT#{Nickname}")]
public sealed partial class AnimalCat : Animal
{
}
