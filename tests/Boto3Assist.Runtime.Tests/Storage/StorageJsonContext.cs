using System.Text.Json.Serialization;

namespace Boto3Assist.Runtime.Tests.Storage;

public sealed record Receipt(string OrderId, decimal Total, DateTimeOffset IssuedAt, List<string> Lines);

[JsonSerializable(typeof(Receipt))]
public sealed partial class StorageJsonContext : JsonSerializerContext;
