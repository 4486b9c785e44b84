using Boto3Assist.DynamoDb;

namespace Boto3Assist.Generators.Tests.Models;

public enum Stage
{
    Draft,
    InReview,
    Published,
}

[Flags]
public enum Grants
{
    None = 0,
    Read = 1,
    Write = 2,
}

/// <summary>A nested type: it follows the conventions of the entity that stores it.</summary>
public sealed class StageChange
{
    public Stage To { get; set; }

    public DateTime At { get; set; }

    public bool Automatic { get; set; }
}

/// <summary>DynamoDBContext's conventions: ms dates with Z, enums as N, bool as N 1/0, bytes as B; keys from dates, enums and bools.</summary>
[DynamoTable("conventions", WriteEntityType = false)]
[DynamoConventions(DynamoConventionPreset.DynamoDbContext)]
[PartitionKey("DOC#{Id}")]
[SortKey("AT#{CreatedAt}#{Stage}#{Pinned}")]
public partial class ContextConventionsDocument
{
    public string Id { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public Stage Stage { get; set; }

    public Stage? PreviousStage { get; set; }

    [DynamoAttribute(EnumFormat = DynamoEnumFormat.Name)]
    public Stage StageByName { get; set; }

    public Grants Grants { get; set; }

    public bool Pinned { get; set; }

    public bool? Archived { get; set; }

    public byte[] Payload { get; set; } = [];

    public List<Stage> History { get; set; } = [];

    public StageChange? LastChange { get; set; }

    [Ttl]
    public DateTime? ExpiresAt { get; set; }
}

/// <summary>boto3-assist's conventions: snake_case, lower-cased keys, Python isoformat dates, lower-case enum names, hex bytes.</summary>
[DynamoTable("conventions", WriteEntityType = false, NamingPolicy = DynamoNamingPolicy.SnakeCase)]
[DynamoConventions(DynamoConventionPreset.Boto3Assist)]
[PartitionKey("doc#{Id:lower}")]
[SortKey("stage#{Stage}#{CreatedAt}")]
public partial class PythonConventionsDocument
{
    public string Id { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    public Stage Stage { get; set; }

    [DynamoAttribute(EnumFormat = DynamoEnumFormat.Number)]
    public Stage StageNumber { get; set; }

    public Grants Grants { get; set; }

    public bool Pinned { get; set; }

    public byte[] Payload { get; set; } = [];

    public ReadOnlyMemory<byte> Thumbnail { get; set; }

    public byte[]? Signature { get; set; }

    public StageChange? LastChange { get; set; }
}

/// <summary>ElectroDB's conventions: its discriminator and version attributes, ms dates, enums by name as declared.</summary>
[DynamoTable("conventions", DiscriminatorAttribute = "__edb_e__", EntityType = "document")]
[DynamoConventions(DynamoConventionPreset.ElectroDb)]
[DynamoConstant("__edb_v__", "1")]
[DynamoConstant("origin", "boto3assist")]
[PartitionKey("$app#id_{Id:lower}")]
[SortKey("$document_1#stage_{Stage}")]
public partial class ElectroConventionsDocument
{
    public string Id { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public Stage Stage { get; set; }

    public bool Pinned { get; set; }
}

/// <summary>A preset with one setting overridden: boto3-assist's, bytes as base64.</summary>
[DynamoTable("conventions", WriteEntityType = false)]
[DynamoConventions(DynamoConventionPreset.Boto3Assist, BinaryFormat = DynamoBinaryFormat.Base64, EnumCasing = DynamoEnumCasing.AsDeclared)]
[PartitionKey("{Id}")]
public partial class OverriddenConventionsDocument
{
    public string Id { get; set; } = "";

    public byte[] Payload { get; set; } = [];

    public Stage Stage { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A binary member key stored as hex text: the key attribute is a String.</summary>
[DynamoTable("conventions", WriteEntityType = false)]
[DynamoConventions(BinaryFormat = DynamoBinaryFormat.Hex)]
public partial class HexKeyDocument
{
    [PartitionKey]
    public byte[] Hash { get; set; } = [];

    public string Name { get; set; } = "";
}
