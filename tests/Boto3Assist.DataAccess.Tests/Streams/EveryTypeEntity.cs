using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Streams;

/// <summary>A flags enum of the mapping matrix.</summary>
[Flags]
public enum Permission
{
    None = 0,
    Read = 1,
    Write = 2,
    Delete = 4,
}

/// <summary>A nested type of the mapping matrix.</summary>
public sealed record Dimensions(decimal Width, decimal Height, string? Unit);

/// <summary>
/// Every row of the mapping matrix (docs/mapping.md#type-matrix) in one entity, so that the stream tests see each
/// type in old and new images.
/// </summary>
[DynamoTable("stream-matrix", EntityType = "Everything")]
[PartitionKey("E#{Id}")]
[SortKey("E")]
public sealed partial class EveryType
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
    public bool Flag { get; set; }
    public byte Tiny { get; set; }
    public short Small { get; set; }
    public int Count { get; set; }
    public long Big { get; set; }
    public ulong Huge { get; set; }
    public decimal Money { get; set; }
    public double Ratio { get; set; }
    public float Weight { get; set; }
    public Guid Reference { get; set; }
    public DateTime When { get; set; }
    public DateTimeOffset Moment { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly Time { get; set; }
    public TimeSpan Duration { get; set; }
    public DayOfWeek Weekday { get; set; }
    public Permission Permissions { get; set; }

    [DynamoAttribute(EnumFormat = DynamoEnumFormat.Number)]
    public DayOfWeek WeekdayNumber { get; set; }

    public byte[] Payload { get; set; } = [];
    public int? MaybeCount { get; set; }
    public string? MaybeText { get; set; }
    public List<string> Tags { get; set; } = [];
    public int[] Scores { get; set; } = [];
    public HashSet<string> Labels { get; set; } = [];
    public HashSet<long> Codes { get; set; } = [];
    public HashSet<byte[]> Blobs { get; set; } = [];
    public Dictionary<string, int> Counters { get; set; } = [];
    public Dimensions? Size { get; set; }
    public List<Dimensions> Boxes { get; set; } = [];

    [Ttl]
    public DateTimeOffset? ExpiresAt { get; set; }
}
