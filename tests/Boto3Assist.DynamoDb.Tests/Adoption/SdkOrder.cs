using Amazon.DynamoDBv2.DataModel;

namespace Boto3Assist.DynamoDb.Tests.Adoption;

public enum OrderState
{
    Pending = 0,
    Shipped = 1,
    Cancelled = 2,
}

[Flags]
public enum Access
{
    None = 0,
    Read = 1,
    Write = 2,
    Admin = 4,
}

/// <summary>A typical model as a service using DynamoDBContext declares it (table "orders", hash key "Id").</summary>
[DynamoDBTable("orders")]
public sealed class SdkOrder
{
    [DynamoDBHashKey]
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

    public SdkAddress? ShipTo { get; set; }
}

public sealed class SdkAddress
{
    public string Street { get; set; } = "";

    public string City { get; set; } = "";
}

/// <summary>
/// <see cref="SdkOrder"/> without the enums this library stores by name (DynamoDBContext reads enums from N only):
/// what a DynamoDBContext service loads from items <see cref="AdoptedOrder.ToItem"/> writes. DynamoDBContext ignores
/// the attributes a model does not declare.
/// </summary>
[DynamoDBTable("orders")]
public sealed class SdkOrderWithoutNamedEnums
{
    [DynamoDBHashKey]
    public string Id { get; set; } = "";

    public bool Paid { get; set; }

    public List<string> Tags { get; set; } = [];

    public OrderState Priority { get; set; }

    public DateTime PlacedAt { get; set; }

    public int Quantity { get; set; }

    public long Big { get; set; }

    public decimal Total { get; set; }

    public double Weight { get; set; }

    public float Ratio { get; set; }

    public string? Note { get; set; }

    public int? Discount { get; set; }

    public DateTime? ShippedAt { get; set; }

    public bool? Gift { get; set; }

    public Guid Reference { get; set; }

    public byte[] Blob { get; set; } = [];

    public HashSet<string> Labels { get; set; } = [];

    public List<int> Counts { get; set; } = [];

    public SdkAddress? ShipTo { get; set; }
}
