using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Boto3Assist.DynamoDb;

/// <summary>Combines the table definitions of all entities that share one table (single-table design).</summary>
public static class DynamoTableDefinitions
{
    /// <summary>
    /// Merges the definitions of entities sharing one table: they must agree on the table name, partition key and sort
    /// key; the result holds the union of their indexes and their (single) TTL attribute. The key attribute definitions
    /// kept are those of the first definition that declares them.
    /// </summary>
    /// <param name="definitions">The definitions, in the order their indexes should appear.</param>
    /// <returns>One definition for the table.</returns>
    /// <exception cref="ArgumentException">No definition was given.</exception>
    /// <exception cref="DynamoTableDefinitionException">The definitions disagree; the message names them and the attribute.</exception>
    public static DynamoTableDefinition Merge(IEnumerable<DynamoTableDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var sources = definitions
            .Select((definition, index) => new Source(Describe(definition, index), definition ?? throw new ArgumentException("A definition is null.", nameof(definitions))))
            .ToList();
        return Merge(sources, nameof(definitions));
    }

    /// <summary>
    /// Merges the table definitions of entities sharing one table, naming the entities in any error. See
    /// <see cref="Merge(IEnumerable{DynamoTableDefinition})"/>.
    /// </summary>
    /// <param name="entities">The metadata of the entities (<c>T.Metadata</c>).</param>
    /// <returns>One definition for the table.</returns>
    /// <exception cref="ArgumentException">No entity was given.</exception>
    /// <exception cref="DynamoTableDefinitionException">The entities disagree; the message names them and the attribute.</exception>
    public static DynamoTableDefinition Merge(IEnumerable<DynamoEntityMetadata> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var sources = entities
            .Select(entity => entity is null
                ? throw new ArgumentException("An entity metadata is null.", nameof(entities))
                : new Source(entity.EntityName, entity.Table))
            .ToList();
        return Merge(sources, nameof(entities));
    }

    private static DynamoTableDefinition Merge(List<Source> sources, string parameterName)
    {
        if (sources.Count == 0)
        {
            throw new ArgumentException("At least one table definition is needed.", parameterName);
        }

        var first = sources[0];
        var tableName = first.Definition.TableName;
        foreach (var other in sources.Skip(1))
        {
            CheckSameTable(first, other);
            CheckSamePrimaryKey(tableName, first, other);
        }

        CheckKeyAttributeTypes(tableName, sources);
        var indexes = MergeIndexes(tableName, sources);
        var ttl = MergeTimeToLive(tableName, sources);
        var settings = MergeSettings(tableName, sources);
        return new DynamoTableDefinition(tableName, first.Definition.PartitionKey, first.Definition.SortKey, indexes, ttl) { Settings = settings };
    }

    // Settings are set per table, not per entity: several entities may carry the same instance, never two different ones.
    private static DynamoTableSettings? MergeSettings(string tableName, List<Source> sources)
    {
        Source? owner = null;
        foreach (var source in sources.Where(s => s.Definition.Settings is not null))
        {
            if (owner is null)
            {
                owner = source;
            }
            else if (!ReferenceEquals(owner.Definition.Settings, source.Definition.Settings))
            {
                throw Conflict(
                    tableName,
                    null,
                    $"Table '{tableName}': {owner.Name} and {source.Name} carry different table settings. Settings belong to the table: set them once (DynamoDataAccessOptions.TableSettings).",
                    owner,
                    source);
            }
        }

        return owner?.Definition.Settings;
    }

    private static void CheckSameTable(Source first, Source other)
    {
        if (!string.Equals(first.Definition.TableName, other.Definition.TableName, StringComparison.Ordinal))
        {
            throw Conflict(
                first.Definition.TableName,
                null,
                $"{first.Name} maps to table '{first.Definition.TableName}' but {other.Name} maps to table '{other.Definition.TableName}': only entities of one table can be merged.",
                first,
                other);
        }
    }

    private static void CheckSamePrimaryKey(string tableName, Source first, Source other)
    {
        var firstPk = first.Definition.PartitionKey.AttributeName;
        var otherPk = other.Definition.PartitionKey.AttributeName;
        if (!string.Equals(firstPk, otherPk, StringComparison.Ordinal))
        {
            throw Conflict(
                tableName,
                otherPk,
                $"Table '{tableName}': {first.Name} uses partition key attribute '{firstPk}' but {other.Name} uses '{otherPk}'. Entities sharing a table must use the same partition key attribute.",
                first,
                other);
        }

        var firstSk = first.Definition.SortKey?.AttributeName;
        var otherSk = other.Definition.SortKey?.AttributeName;
        if (!string.Equals(firstSk, otherSk, StringComparison.Ordinal))
        {
            throw Conflict(
                tableName,
                otherSk ?? firstSk,
                $"Table '{tableName}': {first.Name} uses {DescribeSortKey(firstSk)} but {other.Name} uses {DescribeSortKey(otherSk)}. Entities sharing a table must use the same sort key attribute.",
                first,
                other);
        }
    }

    // One attribute name has one type everywhere in a table: as a table key and as any index key.
    private static void CheckKeyAttributeTypes(string tableName, List<Source> sources)
    {
        var seen = new Dictionary<string, (DynamoKeyType Type, Source Source)>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var key in KeyAttributes(source.Definition))
            {
                if (!seen.TryGetValue(key.AttributeName, out var earlier))
                {
                    seen.Add(key.AttributeName, (key.Type, source));
                }
                else if (earlier.Type != key.Type)
                {
                    throw Conflict(
                        tableName,
                        key.AttributeName,
                        $"Table '{tableName}': key attribute '{key.AttributeName}' is {TypeName(earlier.Type)} in {earlier.Source.Name} but {TypeName(key.Type)} in {source.Name}. A key attribute has one type across the table and its indexes.",
                        earlier.Source,
                        source);
                }
            }
        }
    }

    private static List<DynamoIndexDefinition> MergeIndexes(string tableName, List<Source> sources)
    {
        var merged = new List<DynamoIndexDefinition>();
        var owners = new Dictionary<string, (DynamoIndexDefinition Index, Source Source)>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var index in source.Definition.Indexes)
            {
                if (!owners.TryGetValue(index.IndexName, out var earlier))
                {
                    owners.Add(index.IndexName, (index, source));
                    merged.Add(index);
                    continue;
                }

                if (earlier.Index.IsLocal != index.IsLocal
                    || !string.Equals(earlier.Index.PartitionKey.AttributeName, index.PartitionKey.AttributeName, StringComparison.Ordinal)
                    || !string.Equals(earlier.Index.SortKey?.AttributeName, index.SortKey?.AttributeName, StringComparison.Ordinal))
                {
                    throw Conflict(
                        tableName,
                        index.IndexName,
                        $"Table '{tableName}': index '{index.IndexName}' is {DescribeIndex(earlier.Index)} in {earlier.Source.Name} but {DescribeIndex(index)} in {source.Name}. One index name has one key schema.",
                        earlier.Source,
                        source);
                }
            }
        }

        return merged;
    }

    private static string? MergeTimeToLive(string tableName, List<Source> sources)
    {
        Source? owner = null;
        foreach (var source in sources)
        {
            var ttl = source.Definition.TimeToLiveAttribute;
            if (ttl is null)
            {
                continue;
            }

            if (owner is null)
            {
                owner = source;
            }
            else if (!string.Equals(owner.Definition.TimeToLiveAttribute, ttl, StringComparison.Ordinal))
            {
                throw Conflict(
                    tableName,
                    ttl,
                    $"Table '{tableName}': {owner.Name} uses TTL attribute '{owner.Definition.TimeToLiveAttribute}' but {source.Name} uses '{ttl}'. DynamoDB allows one TTL attribute per table.",
                    owner,
                    source);
            }
        }

        return owner?.Definition.TimeToLiveAttribute;
    }

    private static IEnumerable<DynamoKeyAttributeDefinition> KeyAttributes(DynamoTableDefinition definition)
    {
        yield return definition.PartitionKey;
        if (definition.SortKey is { } sortKey)
        {
            yield return sortKey;
        }

        foreach (var index in definition.Indexes)
        {
            yield return index.PartitionKey;
            if (index.SortKey is { } indexSortKey)
            {
                yield return indexSortKey;
            }
        }
    }

    private static DynamoTableDefinitionException Conflict(string tableName, string? attributeName, string message, Source first, Source second)
        => new(tableName, new[] { first.Name, second.Name }, attributeName, message);

    private static string Describe(DynamoTableDefinition? definition, int index)
    {
        var template = definition?.PartitionKey?.Template;
        var position = (index + 1).ToString(CultureInfo.InvariantCulture);
        return template is null
            ? $"definition #{position}"
            : $"definition #{position} (partition key '{template}')";
    }

    private static string DescribeSortKey(string? attributeName)
        => attributeName is null ? "no sort key" : $"sort key attribute '{attributeName}'";

    private static string DescribeIndex(DynamoIndexDefinition index)
        => $"a {(index.IsLocal ? "local" : "global")} index on '{index.PartitionKey.AttributeName}'"
           + (index.SortKey is { } sortKey ? $"/'{sortKey.AttributeName}'" : " with no sort key");

    private static string TypeName(DynamoKeyType type) => type switch
    {
        DynamoKeyType.String => "S",
        DynamoKeyType.Number => "N",
        DynamoKeyType.Binary => "B",
        _ => type.ToString(),
    };

    private sealed record Source(string Name, DynamoTableDefinition Definition);
}
