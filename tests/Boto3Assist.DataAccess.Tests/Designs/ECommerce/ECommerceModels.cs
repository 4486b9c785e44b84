using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.ECommerce;

// Alex DeBrie's e-commerce design ("The DynamoDB Book", chapter 19), in one table with the attribute names the book
// uses. Order ids stand in for the book's KSUIDs: fixed-width, so they sort by creation.
//
// | entity        | PK                           | SK                           | GSI1PK           | GSI1SK           |
// |---------------|------------------------------|------------------------------|------------------|------------------|
// | Customer      | CUSTOMER#<Username>          | #PROFILE#<Username>          |                  |                  |
// | CustomerEmail | CUSTOMEREMAIL#<Email>        | CUSTOMEREMAIL#<Email>        |                  |                  |
// | Order         | CUSTOMER#<Username>          | #ORDER#<OrderId>             | ORDER#<OrderId>  | ORDER#<OrderId>  |
// | OrderItem     | ORDER#<OrderId>#ITEM#<ItemId>| ORDER#<OrderId>#ITEM#<ItemId>| ORDER#<OrderId>  | ITEM#<ItemId>    |
//
// "#PROFILE" sorts after "#ORDER", so a descending query of a customer's partition reads the profile first and then
// the newest orders: the customer and its 10 newest orders are one query with Limit 11.

/// <summary>A customer profile, with its addresses as a map (updated one entry at a time).</summary>
[DynamoTable("ecommerce", EntityType = "Customer")]
[PartitionKey("CUSTOMER#{Username}", AttributeName = "PK")]
[SortKey("#PROFILE#{Username}", AttributeName = "SK")]
public sealed partial record Customer
{
    public required string Username { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public Dictionary<string, Address> Addresses { get; init; } = new();

    [DynamoVersion]
    public long Version { get; init; }
}

/// <summary>A postal address, stored as a map inside the customer.</summary>
public sealed record Address
{
    public required string Street { get; init; }

    public required string City { get; init; }

    public required string State { get; init; }
}

/// <summary>The uniqueness marker of an e-mail address, written with its customer in one transaction.</summary>
[DynamoTable("ecommerce", EntityType = "CustomerEmail")]
[PartitionKey("CUSTOMEREMAIL#{Email}", AttributeName = "PK")]
[SortKey("CUSTOMEREMAIL#{Email}", AttributeName = "SK")]
public sealed partial record CustomerEmail
{
    public required string Email { get; init; }

    public required string Username { get; init; }
}

/// <summary>An order in its customer's partition; on GSI1 it heads the collection of its items.</summary>
[DynamoTable("ecommerce", EntityType = "Order")]
[PartitionKey("CUSTOMER#{Username}", AttributeName = "PK")]
[SortKey("#ORDER#{OrderId}", AttributeName = "SK")]
[GsiKey("GSI1", "ORDER#{OrderId}", "ORDER#{OrderId}", PartitionKeyAttributeName = "GSI1PK", SortKeyAttributeName = "GSI1SK")]
public sealed partial record Order
{
    public required string Username { get; init; }

    public required string OrderId { get; init; }

    public DateTime CreatedAt { get; init; }

    public required string Status { get; init; }

    public decimal Amount { get; init; }

    public int NumberItems { get; init; }

    [DynamoVersion]
    public long Version { get; init; }
}

/// <summary>An item of an order: its own partition, and in its order's collection on GSI1.</summary>
[DynamoTable("ecommerce", EntityType = "OrderItem")]
[PartitionKey("ORDER#{OrderId}#ITEM#{ItemId}", AttributeName = "PK")]
[SortKey("ORDER#{OrderId}#ITEM#{ItemId}", AttributeName = "SK")]
[GsiKey("GSI1", "ORDER#{OrderId}", "ITEM#{ItemId}", PartitionKeyAttributeName = "GSI1PK", SortKeyAttributeName = "GSI1SK")]
public sealed partial record OrderItem
{
    public required string OrderId { get; init; }

    public required string ItemId { get; init; }

    public required string Description { get; init; }

    public decimal Price { get; init; }

    public int Quantity { get; init; }
}
