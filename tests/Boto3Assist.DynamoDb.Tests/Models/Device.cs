namespace Boto3Assist.DynamoDb.Tests.Models;

/// <summary>Keys as members (classic one-entity-per-table): a string partition key and a number sort key, TTL as epoch long, snake_case.</summary>
[DynamoTable("devices", NamingPolicy = DynamoNamingPolicy.SnakeCase)]
public sealed partial class Device
{
    [PartitionKey]
    public required string DeviceId { get; set; }

    [SortKey]
    public long ReadingNumber { get; set; }

    public double Temperature { get; set; }

    public string? FirmwareVersion { get; set; }

    [Ttl]
    public long? ExpiresAtEpoch { get; set; }
}
