using System.Text.Json.Serialization;

namespace Boto3Assist.Runtime.Tests.Messaging;

public sealed record OrderPlaced(string OrderId, decimal Total, string? Note = null);

[JsonSerializable(typeof(OrderPlaced))]
public sealed partial class MessagingJsonContext : JsonSerializerContext;
