namespace Boto3Assist.DynamoDb.Tests.Adoption;

/// <summary>
/// <see cref="SdkOrder"/>'s table declared with the DynamoDBContext preset: the items it writes are DynamoDBContext's
/// own forms (enums and bools as numbers, dates with milliseconds and Z), so a service still on DynamoDBContext loads
/// every member, enums included.
/// </summary>
[DynamoTable("orders", WriteEntityType = false)]
[DynamoConventions(DynamoConventionPreset.DynamoDbContext)]
public sealed partial class PresetOrder
{
    [PartitionKey]
    public string Id { get; set; } = "";

    public bool Paid { get; set; }

    public List<string> Tags { get; set; } = [];

    public OrderState State { get; set; }

    public OrderState Priority { get; set; }

    public Access Rights { get; set; }

    public DateTime PlacedAt { get; set; }

    public int Quantity { get; set; }

    public long Big { get; set; }

    public decimal Total { get; set; }

    public double Weight { get; set; }

    public float Ratio { get; set; }

    public string? Note { get; set; }

    public int? Discount { get; set; }

    public DateTime? ShippedAt { get; set; }

    public OrderState? PreviousState { get; set; }

    public bool? Gift { get; set; }

    public Guid Reference { get; set; }

    public byte[] Blob { get; set; } = [];

    public HashSet<string> Labels { get; set; } = [];

    public List<int> Counts { get; set; } = [];

    public AdoptedAddress? ShipTo { get; set; }
}

/// <summary>A table keyed by an enum member under the DynamoDBContext preset: the partition key is a Number.</summary>
[DynamoTable("orders-by-state", WriteEntityType = false)]
[DynamoConventions(DynamoConventionPreset.DynamoDbContext)]
public sealed partial class OrdersByState
{
    [PartitionKey]
    public OrderState State { get; set; }

    [SortKey]
    public string Id { get; set; } = "";
}
