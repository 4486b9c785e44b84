namespace Boto3Assist.DynamoDb.Tests.Models;

// The key shapes of the hostile-input report: two entities of one table whose partition keys share a prefix, a sort key
// of two string placeholders, a path that may hold the delimiter, and lower-cased keys as boto3-assist writes them.

/// <summary>A user's profile: USER#{UserId}.</summary>
[DynamoTable("tenants")]
[PartitionKey("USER#{UserId}")]
[SortKey("PROFILE")]
public sealed partial record UserProfile
{
    public required string UserId { get; init; }

    public string Name { get; init; } = "";
}

/// <summary>A line of a user's order, in the same table: USER#{UserId}#ORDER#{OrderId}.</summary>
[DynamoTable("tenants")]
[PartitionKey("USER#{UserId}#ORDER#{OrderId}")]
[SortKey("LINE#{LineNumber:D3}")]
public sealed partial record UserOrderLine
{
    public required string UserId { get; init; }

    public required string OrderId { get; init; }

    public int LineNumber { get; init; }

    public string Sku { get; init; } = "";
}

/// <summary>A tenant's document, owned by a user: DOC#{Owner}#{DocId}.</summary>
[DynamoTable("tenants")]
[PartitionKey("TENANT#{Tenant}")]
[SortKey("DOC#{Owner}#{DocId}")]
public sealed partial record TenantDocument
{
    public required string Tenant { get; init; }

    public required string Owner { get; init; }

    public required string DocId { get; init; }

    public string Body { get; init; } = "";
}

/// <summary>A file whose path may hold the delimiter on purpose: {Path:raw}.</summary>
[DynamoTable("tenants")]
[PartitionKey("FILE#{Path:raw}")]
[SortKey("META")]
public sealed partial record StoredFile
{
    public required string Path { get; init; }
}

/// <summary>Keys lower-cased inside the builders, as boto3-assist stores them: user#{UserId:lower}.</summary>
[DynamoTable("tenants")]
[PartitionKey("user#{UserId:lower}")]
[SortKey("user#{UserId:lower}")]
[GsiKey("gsi0", "email#{Email:lower}", "email#{Email:lower}")]
public sealed partial record LowerCaseUser
{
    public required string UserId { get; init; }

    public string Email { get; init; } = "";
}
