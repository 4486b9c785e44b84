using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Tests.Infrastructure;

/// <summary>Table names unique per test (the server is shared by the whole run) and hand-built definitions.</summary>
internal static class TestTables
{
    /// <summary>A fresh table name derived from the calling test, so tests never see each other's tables.</summary>
    public static string UniqueName([CallerMemberName] string test = "")
    {
        var safe = new string(test.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-').ToArray());
        return $"{safe[..Math.Min(safe.Length, 200)]}-{Guid.NewGuid():N}";
    }

    public static DynamoKeyAttributeDefinition Key(string name, DynamoKeyType type = DynamoKeyType.String, string? template = null)
        => new(name, type, template, Array.Empty<string>());

    public static DynamoIndexDefinition Gsi(string name, string pk, string? sk = null, DynamoKeyType type = DynamoKeyType.String)
        => new(name, Key(pk, type), sk is null ? null : Key(sk, type));

    public static DynamoIndexDefinition Lsi(string name, string pk, string sk, DynamoKeyType type = DynamoKeyType.String)
        => new(name, Key(pk), Key(sk, type), IsLocal: true);

    public static DynamoTableDefinition Table(string name, string pk = "pk", string? sk = "sk", string? ttl = null, params DynamoIndexDefinition[] indexes)
        => new(name, Key(pk), sk is null ? null : Key(sk), indexes, ttl);

    public static Dictionary<string, AttributeValue> Item(params (string Name, string Value)[] attributes)
        => attributes.ToDictionary(a => a.Name, a => new AttributeValue { S = a.Value });
}
