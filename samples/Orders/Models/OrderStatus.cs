namespace Orders.Models;

/// <summary>Where an order is in its life. Stored by name ("Shipped"), which keeps the status index readable.</summary>
public enum OrderStatus
{
    Placed,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
}
