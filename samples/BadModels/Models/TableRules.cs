using Boto3Assist.DynamoDb;

namespace BadModels.Models;

// Entities sharing the table "shop": the rules below compare them with each other.

[DynamoTable("shop")]
[PartitionKey("USER#{Id}")]
[SortKey("PROFILE")]
[GsiKey("gsi1", "EMAIL#{Email}")]
public partial class ShopUser
{
    public string Id { get; init; } = "";
    public string Email { get; init; } = "";
    [Ttl] public DateTimeOffset? ExpiresAt { get; init; }
}

[DynamoTable("shop")]
[PartitionKey("USER#{Email}")] // B3A2001
[SortKey("PROFILE")]
[GsiKey("gsi1", "SKU#{Email}", "AT#{Email}")] // B3A2004
[GsiKey("gsi2", "A#{Email}")]
[GsiKey("gsi3", "B#{Email}")]
[GsiKey("gsi4", "C#{Email}")] // B3A2005
public partial class ShopUserByEmail
{
    public string Email { get; init; } = "";
    [Ttl] public long Expiry { get; init; } // B3A2008
}

[DynamoTable("shop")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("ORDER#{OrderId}")] // B3A2002
public partial class ShopOrder
{
    public string CustomerId { get; init; } = "";
    public string OrderId { get; init; } = "";
}

[DynamoTable("shop")]
[PartitionKey("CUSTOMER#{CustomerId}")]
[SortKey("ORDER#LINE#{OrderId}")]
public partial class ShopOrderLine
{
    public string CustomerId { get; init; } = "";
    public string OrderId { get; init; } = "";
}

// The table-wide rules report on the entity that comes later by full name: StringKeyed, after NumberKeyed.
[DynamoTable("numbers")]
[PartitionKey("N#{Id}")] // B3A2003
public partial class StringKeyed
{
    public string Id { get; init; } = "";
}

[DynamoTable("numbers")]
public partial class NumberKeyed
{
    [PartitionKey(AttributeName = "pk")] public int Id { get; init; }
}

[DynamoTable("local-indexes")]
[PartitionKey("L#{Id}")]
[SortKey("S#{Id}")]
[LsiKey("lsi1", "{Id}")]
[LsiKey("lsi2", "{Id}")]
[LsiKey("lsi3", "{Id}")]
[LsiKey("lsi4", "{Id}")]
[LsiKey("lsi5", "{Id}")]
[LsiKey("lsi6", "{Id}")] // B3A2006
public partial class TooManyLocalIndexes
{
    public string Id { get; init; } = "";
}

[DynamoTable("no-sort-key")]
[PartitionKey("L#{Id}")]
[LsiKey("by_id", "{Id}")] // B3A2007
public partial class LocalIndexWithoutSortKey
{
    public string Id { get; init; } = "";
}

[DynamoTable("tenants")]
[PartitionKey("USER#{UserId}")] // B3A2009
[SortKey("PROFILE")]
public partial class TenantUser
{
    public string UserId { get; init; } = "";
}

[DynamoTable("tenants")]
[PartitionKey("USER#{UserId}#ORDER#{OrderId}")]
[SortKey("LINE#{Line:D3}")]
public partial class TenantOrderLine
{
    public string UserId { get; init; } = "";
    public string OrderId { get; init; } = "";
    public int Line { get; init; }
}
