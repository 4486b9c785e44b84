namespace OrderWorker;

/// <summary>An order the worker cannot process; after the queue's receive limit it lands in the dead-letter queue.</summary>
public sealed class InvalidOrderException(string orderId, string reason) : Exception($"Order {orderId} is not valid: {reason}")
{
    public string OrderId { get; } = orderId;
}
