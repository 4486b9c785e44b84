namespace Boto3Assist.DynamoDb.Tests.Adoption;

/// <summary>
/// The same table declared with this library, to read and write <see cref="SdkOrder"/> items: the member is the key
/// attribute ("Id"), attribute names as is, no discriminator (DynamoDBContext items have none). No converters: what
/// DynamoDBContext stores differently (bool as N, lists as sets, enums as numbers) is read by the tolerant readers.
/// </summary>
[DynamoTable("orders", WriteEntityType = false)]
public sealed partial class AdoptedOrder
{
    [PartitionKey]
    public string Id { get; set; } = "";

    public bool Paid { get; set; }

    public List<string> Tags { get; set; } = [];

    public OrderState State { get; set; }

    [DynamoAttribute(EnumFormat = DynamoEnumFormat.Number)]
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

public sealed class AdoptedAddress
{
    public string Street { get; set; } = "";

    public string City { get; set; } = "";
}
