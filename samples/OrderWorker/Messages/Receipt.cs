namespace OrderWorker.Messages;

/// <summary>The receipt archived to S3 for each processed order.</summary>
public sealed record Receipt(string OrderId, string CustomerId, decimal Total, DateTimeOffset PlacedAt, DateTimeOffset ProcessedAt, IReadOnlyList<OrderLine> Lines);
