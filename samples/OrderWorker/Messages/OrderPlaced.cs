namespace OrderWorker.Messages;

/// <summary>The message a shop sends when a customer places an order.</summary>
public sealed record OrderPlaced(string OrderId, string CustomerId, DateTimeOffset PlacedAt, IReadOnlyList<OrderLine> Lines);

/// <summary>One line of an order.</summary>
public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice);
