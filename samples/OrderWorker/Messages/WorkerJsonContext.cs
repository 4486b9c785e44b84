using System.Text.Json.Serialization;

namespace OrderWorker.Messages;

/// <summary>Source-generated JSON metadata for everything the worker sends, receives and archives (no reflection).</summary>
[JsonSerializable(typeof(OrderPlaced))]
[JsonSerializable(typeof(Receipt))]
public sealed partial class WorkerJsonContext : JsonSerializerContext;
