using System;
using System.Collections.Generic;
using System.Linq;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The operational settings of a table, which differ per environment and so are not part of the model: billing mode
/// and capacity, point-in-time recovery, deletion protection, table class, stream and tags. Set them in
/// <see cref="DynamoDataAccessOptions.TableSettings"/> (or <c>DynamoDbOptions.TableSettings</c>, bindable from
/// configuration), or on a definition with <c>Order.Metadata.Table with { Settings = ... }</c>;
/// <see cref="DynamoTableCreator.CreateIfNotExistsAsync(Amazon.DynamoDBv2.IAmazonDynamoDB, DynamoTableDefinition, string?, System.Threading.CancellationToken)"/>
/// applies them.
/// </summary>
public sealed class DynamoTableSettings
{
    /// <summary>Most tags a DynamoDB table may carry.</summary>
    public const int MaxTags = 50;

    /// <summary>On-demand unless set.</summary>
    public DynamoBillingMode BillingMode { get; set; }

    /// <summary>The table's capacity when <see cref="BillingMode"/> is <see cref="DynamoBillingMode.Provisioned"/> (required then, refused otherwise); global indexes get the same unless <see cref="IndexCapacity"/> names them.</summary>
    public DynamoCapacity? Capacity { get; set; }

    /// <summary>Capacity of single global indexes, by index name, when provisioned.</summary>
    public Dictionary<string, DynamoCapacity> IndexCapacity { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Turns on point-in-time recovery (continuous backups), on a new table and on an existing one.</summary>
    public bool PointInTimeRecovery { get; set; }

    /// <summary>Turns on deletion protection, on a new table and on an existing one (it is never turned off here).</summary>
    public bool DeletionProtection { get; set; }

    /// <summary>The storage class of a new table.</summary>
    public DynamoTableClass TableClass { get; set; }

    /// <summary>The stream of the table, enabled on a new table and on an existing one without a stream.</summary>
    public DynamoStreamViewType StreamViewType { get; set; }

    /// <summary>Tags (cost allocation, ownership), set on a new table and added to an existing one.</summary>
    public Dictionary<string, string> Tags { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The settings of a definition without any: on-demand, standard class, no stream, nothing else.</summary>
    internal static DynamoTableSettings Default { get; } = new();

    /// <summary>Checks the settings against the table they are for, before anything is sent.</summary>
    /// <exception cref="DynamoTableDefinitionException">A setting is out of range or names an index the table does not have.</exception>
    internal void Validate(string tableName, IReadOnlyList<DynamoIndexDefinition> indexes)
    {
        if (BillingMode == DynamoBillingMode.Provisioned)
        {
            if (Capacity is null)
            {
                throw Invalid(tableName, null, $"Table '{tableName}' is set to provisioned billing without a Capacity: set Capacity (read and write capacity units) or use on-demand billing.");
            }

            CheckUnits(tableName, null, "the table", Capacity);
            foreach (var pair in IndexCapacity)
            {
                if (!indexes.Any(i => !i.IsLocal && string.Equals(i.IndexName, pair.Key, StringComparison.Ordinal)))
                {
                    throw Invalid(tableName, pair.Key, $"Table '{tableName}': IndexCapacity names '{pair.Key}', which is not a global index of the table (global indexes: {Names(indexes)}).");
                }

                CheckUnits(tableName, pair.Key, $"index '{pair.Key}'", pair.Value);
            }
        }
        else if (Capacity is not null || IndexCapacity.Count > 0)
        {
            throw Invalid(tableName, null, $"Table '{tableName}' is set to on-demand billing, which takes no Capacity or IndexCapacity: remove them or set BillingMode to Provisioned.");
        }

        if (Tags.Count > MaxTags)
        {
            throw Invalid(tableName, null, $"Table '{tableName}' has {Tags.Count} tags; DynamoDB allows at most {MaxTags}.");
        }

        foreach (var tag in Tags)
        {
            if (tag.Key.Length is < 1 or > 128 || tag.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                throw Invalid(tableName, tag.Key, $"Table '{tableName}': a tag key must be 1 to 128 characters and must not start with 'aws:' (got {tag.Key.Length} characters).");
            }

            if (tag.Value is null || tag.Value.Length > 256)
            {
                throw Invalid(tableName, tag.Key, $"Table '{tableName}': the value of tag '{tag.Key}' must be 0 to 256 characters.");
            }
        }
    }

    private static void CheckUnits(string tableName, string? indexName, string what, DynamoCapacity capacity)
    {
        if (capacity is null || capacity.ReadCapacityUnits < 1 || capacity.WriteCapacityUnits < 1)
        {
            throw Invalid(tableName, indexName, $"Table '{tableName}': the provisioned capacity of {what} needs at least 1 read and 1 write capacity unit.");
        }
    }

    private static string Names(IReadOnlyList<DynamoIndexDefinition> indexes)
    {
        var globals = indexes.Where(i => !i.IsLocal).Select(i => "'" + i.IndexName + "'").ToList();
        return globals.Count == 0 ? "none" : string.Join(", ", globals);
    }

    private static DynamoTableDefinitionException Invalid(string tableName, string? attributeName, string message)
        => new(tableName, Array.Empty<string>(), attributeName, message);
}
