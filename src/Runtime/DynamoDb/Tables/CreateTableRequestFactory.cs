using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>Translates a <see cref="DynamoTableDefinition"/> into the low-level requests that create its table and indexes.</summary>
internal static class CreateTableRequestFactory
{
    /// <summary>
    /// The table with its settings (on-demand when it has none), every index projecting ALL, attribute definitions only
    /// for key attributes. Point-in-time recovery is not part of CreateTable: <see cref="TableSettingsRequests"/> has it.
    /// </summary>
    public static CreateTableRequest Create(DynamoTableDefinition table, string tableName)
    {
        var settings = table.Settings ?? DynamoTableSettings.Default;
        settings.Validate(tableName, table.Indexes);
        var request = new CreateTableRequest
        {
            TableName = tableName,
            BillingMode = settings.BillingMode == DynamoBillingMode.Provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST,
            ProvisionedThroughput = Throughput(settings.Capacity),
            KeySchema = KeySchema(table.PartitionKey, table.SortKey),
            AttributeDefinitions = AttributeDefinitions(table),
            TableClass = settings.TableClass == DynamoTableClass.StandardInfrequentAccess ? TableClass.STANDARD_INFREQUENT_ACCESS : TableClass.STANDARD,
            DeletionProtectionEnabled = settings.DeletionProtection,
            StreamSpecification = TableSettingsRequests.Stream(settings.StreamViewType),
            Tags = TableSettingsRequests.Tags(settings.Tags),
        };

        foreach (var index in table.Indexes)
        {
            if (index.IsLocal)
            {
                request.LocalSecondaryIndexes ??= new List<LocalSecondaryIndex>();
                request.LocalSecondaryIndexes.Add(new LocalSecondaryIndex
                {
                    IndexName = index.IndexName,
                    // An LSI always shares the table's partition key, whatever the definition repeats.
                    KeySchema = KeySchema(table.PartitionKey, index.SortKey),
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                });
            }
            else
            {
                request.GlobalSecondaryIndexes ??= new List<GlobalSecondaryIndex>();
                request.GlobalSecondaryIndexes.Add(GlobalIndex(index, IndexThroughput(settings, index.IndexName)));
            }
        }

        return request;
    }

    /// <summary>A global index with projection ALL; <paramref name="throughput"/> is null for an on-demand table.</summary>
    public static GlobalSecondaryIndex GlobalIndex(DynamoIndexDefinition index, ProvisionedThroughput? throughput) => new()
    {
        IndexName = index.IndexName,
        KeySchema = KeySchema(index.PartitionKey, index.SortKey),
        Projection = new Projection { ProjectionType = ProjectionType.ALL },
        ProvisionedThroughput = throughput,
    };

    /// <summary>The capacity of a global index of a provisioned table: its own entry, else the table's; null when on-demand.</summary>
    public static ProvisionedThroughput? IndexThroughput(DynamoTableSettings settings, string indexName)
        => settings.BillingMode != DynamoBillingMode.Provisioned
            ? null
            : Throughput(settings.IndexCapacity.TryGetValue(indexName, out var own) ? own : settings.Capacity);

    private static ProvisionedThroughput? Throughput(DynamoCapacity? capacity)
        => capacity is null ? null : new ProvisionedThroughput { ReadCapacityUnits = capacity.ReadCapacityUnits, WriteCapacityUnits = capacity.WriteCapacityUnits };

    /// <summary>One definition per distinct key attribute of the table and its indexes (DynamoDB rejects any other).</summary>
    public static List<AttributeDefinition> AttributeDefinitions(DynamoTableDefinition table)
    {
        var definitions = new List<AttributeDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(DynamoKeyAttributeDefinition? key)
        {
            if (key is not null && seen.Add(key.AttributeName))
            {
                definitions.Add(new AttributeDefinition(key.AttributeName, ScalarType(key.Type)));
            }
        }

        Add(table.PartitionKey);
        Add(table.SortKey);
        foreach (var index in table.Indexes)
        {
            Add(index.IsLocal ? null : index.PartitionKey);
            Add(index.SortKey);
        }

        return definitions;
    }

    public static ScalarAttributeType ScalarType(DynamoKeyType type) => type switch
    {
        DynamoKeyType.String => ScalarAttributeType.S,
        DynamoKeyType.Number => ScalarAttributeType.N,
        DynamoKeyType.Binary => ScalarAttributeType.B,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown key attribute type."),
    };

    private static List<KeySchemaElement> KeySchema(DynamoKeyAttributeDefinition partitionKey, DynamoKeyAttributeDefinition? sortKey)
    {
        var schema = new List<KeySchemaElement> { new(partitionKey.AttributeName, KeyType.HASH) };
        if (sortKey is not null)
        {
            schema.Add(new KeySchemaElement(sortKey.AttributeName, KeyType.RANGE));
        }

        return schema;
    }
}
