using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>Compares an existing table with a definition, so a mismatch fails at start-up instead of on the first write.</summary>
internal static class ExistingTableCheck
{
    /// <exception cref="DynamoTableDefinitionException">The primary key, an index key schema or a key attribute type differs, or a local index is missing.</exception>
    public static void EnsureCompatible(TableDescription existing, DynamoTableDefinition table, string name)
    {
        var types = (existing.AttributeDefinitions ?? new List<AttributeDefinition>())
            .ToDictionary(a => a.AttributeName, a => a.AttributeType.Value, StringComparer.Ordinal);

        CheckKeySchema(name, "the table", existing.KeySchema, table.PartitionKey, table.SortKey, types);

        var globals = (existing.GlobalSecondaryIndexes ?? new List<GlobalSecondaryIndexDescription>()).ToDictionary(i => i.IndexName, i => i.KeySchema, StringComparer.Ordinal);
        var locals = (existing.LocalSecondaryIndexes ?? new List<LocalSecondaryIndexDescription>()).ToDictionary(i => i.IndexName, i => i.KeySchema, StringComparer.Ordinal);
        foreach (var index in table.Indexes)
        {
            var kind = index.IsLocal ? "local" : "global";
            if ((index.IsLocal ? globals : locals).ContainsKey(index.IndexName))
            {
                throw Mismatch(name, index.IndexName, $"Table '{name}' has index '{index.IndexName}', but not as a {kind} index as the definition declares.");
            }

            if ((index.IsLocal ? locals : globals).TryGetValue(index.IndexName, out var schema))
            {
                CheckKeySchema(name, $"index '{index.IndexName}'", schema, index.IsLocal ? table.PartitionKey : index.PartitionKey, index.SortKey, types);
            }
            else if (index.IsLocal)
            {
                throw Mismatch(name, index.IndexName, $"Table '{name}' exists without the local index '{index.IndexName}'. Local indexes can only be created with the table: recreate the table.");
            }
        }
    }

    private static void CheckKeySchema(string name, string what, List<KeySchemaElement>? schema, DynamoKeyAttributeDefinition partitionKey, DynamoKeyAttributeDefinition? sortKey, Dictionary<string, string> types)
    {
        var hash = schema?.FirstOrDefault(k => k.KeyType == KeyType.HASH)?.AttributeName;
        var range = schema?.FirstOrDefault(k => k.KeyType == KeyType.RANGE)?.AttributeName;
        if (!string.Equals(hash, partitionKey.AttributeName, StringComparison.Ordinal) || !string.Equals(range, sortKey?.AttributeName, StringComparison.Ordinal))
        {
            throw Mismatch(
                name,
                partitionKey.AttributeName,
                $"Table '{name}' exists, but {what} has key ({hash ?? "none"}, {range ?? "none"}) where the definition declares ({partitionKey.AttributeName}, {sortKey?.AttributeName ?? "none"}).");
        }

        foreach (var key in sortKey is null ? new[] { partitionKey } : new[] { partitionKey, sortKey })
        {
            var expected = CreateTableRequestFactory.ScalarType(key.Type).Value;
            if (types.TryGetValue(key.AttributeName, out var actual) && !string.Equals(actual, expected, StringComparison.Ordinal))
            {
                throw Mismatch(name, key.AttributeName, $"Table '{name}' exists, but key attribute '{key.AttributeName}' of {what} is of type {actual} where the definition declares {expected}.");
            }
        }
    }

    private static DynamoTableDefinitionException Mismatch(string name, string attribute, string message)
        => new(name, Array.Empty<string>(), attribute, message);
}
