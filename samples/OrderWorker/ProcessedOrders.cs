using System.Collections.Concurrent;

namespace OrderWorker;

/// <summary>The orders this process has finished, so the demo can wait for them and then check what was stored.</summary>
public sealed class ProcessedOrders
{
    private readonly ConcurrentDictionary<string, byte> _ids = new();

    public IReadOnlyCollection<string> Ids => _ids.Keys.ToList();

    public void Add(string orderId) => _ids.TryAdd(orderId, 0);

    public bool Contains(string orderId) => _ids.ContainsKey(orderId);
}
