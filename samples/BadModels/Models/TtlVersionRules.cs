using Boto3Assist.DynamoDb;

namespace BadModels.Models;

[DynamoTable("ttl-rules")]
[PartitionKey("T#{Id}")]
public partial class StringTtl
{
    public string Id { get; init; } = "";
    [Ttl] public string? Expires { get; init; } // B3A3001
}

[DynamoTable("ttl-rules-ms")]
[PartitionKey("T#{Id}")]
public partial class MillisecondTtl
{
    public string Id { get; init; } = "";
    [Ttl] public long ExpiresAt { get; init; } = DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeMilliseconds(); // B3A3002
}

[DynamoTable("ttl-rules-two")]
[PartitionKey("T#{Id}")]
public partial class TwoTtls
{
    public string Id { get; init; } = "";
    [Ttl] public DateTimeOffset? ExpiresAt { get; init; }
    [Ttl] public DateTime? AlsoExpires { get; init; } // B3A3003
}

[DynamoTable("version-rules")]
[PartitionKey("V#{Id}")]
public partial class BadVersions
{
    public string Id { get; init; } = "";
    [DynamoVersion] public string Version { get; init; } = ""; // B3A3004
    [DynamoVersion] public long Revision { get; init; } // B3A3005
}

[DynamoTable("version-rules")]
[PartitionKey("VK#{Id}")]
[SortKey("REV#{Version:D10}")]
public partial class VersionInKey
{
    public string Id { get; init; } = "";
    [DynamoVersion] public long Version { get; init; } // B3A3006
}
