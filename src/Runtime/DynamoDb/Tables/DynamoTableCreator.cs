using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.Observability;

namespace Boto3Assist.DynamoDb;

/// <summary>Creates the table an entity (or a merged set of entities) describes, when it does not exist yet.</summary>
public static class DynamoTableCreator
{
    /// <summary>
    /// Creates the table (every index projecting ALL; billing, class, stream, deletion protection and tags from
    /// <see cref="DynamoTableDefinition.Settings"/>, on-demand when it has none) unless it exists, waits until it and its
    /// global indexes are ACTIVE, enables TTL when the definition has a TTL attribute and point-in-time recovery when the
    /// settings ask for it. Idempotent: on an existing table it checks the primary key matches, adds the global indexes
    /// it lacks, and turns on the TTL, stream, deletion protection, tags and point-in-time recovery it lacks (it never
    /// turns anything off, and leaves billing mode and table class as they are).
    /// </summary>
    /// <param name="client">The DynamoDB client.</param>
    /// <param name="table">The definition, such as <c>Order.Metadata.Table</c> or the result of <see cref="DynamoTableDefinitions.Merge(IEnumerable{DynamoTableDefinition})"/>.</param>
    /// <param name="tableName">The table name to use instead of <see cref="DynamoTableDefinition.TableName"/> (for example a per-environment name).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when this call created the table; <see langword="false"/> when it already existed.</returns>
    /// <exception cref="ArgumentException">The table name is not a valid DynamoDB table name.</exception>
    /// <exception cref="DynamoTableDefinitionException">The settings are not valid, or the existing table has another primary key, index key schema, TTL attribute or stream view type, or lacks a local index (those can only be created with the table).</exception>
    /// <exception cref="TimeoutException">The table or an index did not become ACTIVE in time.</exception>
    public static async Task<bool> CreateIfNotExistsAsync(IAmazonDynamoDB client, DynamoTableDefinition table, string? tableName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(table);
        var name = tableName ?? table.TableName;
        ValidateTableName(name, tableName is null ? nameof(table) : nameof(tableName));
        (table.Settings ?? DynamoTableSettings.Default).Validate(name, table.Indexes);

        using var operation = DynamoDbTelemetry.StartOperation("CreateTableIfNotExists", name);
        try
        {
            var created = await CreateOrReconcileAsync(client, table, name, cancellationToken).ConfigureAwait(false);
            operation.Activity?.SetTag("boto3assist.table_created", created);
            return created;
        }
        catch (Exception ex)
        {
            DynamoDbTelemetry.RecordFailure(operation, ex);
            throw;
        }
    }

    private static async Task<bool> CreateOrReconcileAsync(IAmazonDynamoDB client, DynamoTableDefinition table, string name, CancellationToken cancellationToken)
    {
        var created = false;
        if (!await ExistsAsync(client, name, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await client.CreateTableAsync(CreateTableRequestFactory.Create(table, name), cancellationToken).ConfigureAwait(false);
                created = true;
            }
            catch (ResourceInUseException)
            {
                // Another process created it between our describe and create: it exists, which is all we promise.
            }
        }

        var description = await TableStatusPoller.WaitUntilActiveAsync(client, name, cancellationToken).ConfigureAwait(false);
        var settings = table.Settings ?? DynamoTableSettings.Default;
        if (!created)
        {
            ExistingTableCheck.EnsureCompatible(description, table, name);
            await AddMissingGlobalIndexesAsync(client, description, table, settings, name, cancellationToken).ConfigureAwait(false);
        }

        if (table.TimeToLiveAttribute is { } ttl)
        {
            await EnableTimeToLiveAsync(client, name, ttl, cancellationToken).ConfigureAwait(false);
        }

        await TableSettingsReconciler.ApplyAsync(client, description, settings, name, created, cancellationToken).ConfigureAwait(false);
        return created;
    }

    private static async Task<bool> ExistsAsync(IAmazonDynamoDB client, string name, CancellationToken cancellationToken)
    {
        try
        {
            await client.DescribeTableAsync(new DescribeTableRequest { TableName = name }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ResourceNotFoundException)
        {
            return false;
        }
    }

    // DynamoDB accepts one new global index per UpdateTable and only when no other index is being built.
    private static async Task AddMissingGlobalIndexesAsync(IAmazonDynamoDB client, TableDescription description, DynamoTableDefinition table, DynamoTableSettings settings, string name, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>((description.GlobalSecondaryIndexes ?? new List<GlobalSecondaryIndexDescription>()).Select(i => i.IndexName), StringComparer.Ordinal);
        foreach (var index in table.Indexes.Where(i => !i.IsLocal && !existing.Contains(i.IndexName)))
        {
            await client.UpdateTableAsync(
                new UpdateTableRequest
                {
                    TableName = name,
                    AttributeDefinitions = CreateTableRequestFactory.AttributeDefinitions(table),
                    GlobalSecondaryIndexUpdates = new List<GlobalSecondaryIndexUpdate>
                    {
                        new() { Create = new CreateGlobalSecondaryIndexAction
                        {
                            IndexName = index.IndexName,
                            KeySchema = CreateTableRequestFactory.GlobalIndex(index, null).KeySchema,
                            Projection = new Projection { ProjectionType = ProjectionType.ALL },
                            ProvisionedThroughput = NewIndexThroughput(description, settings, index.IndexName),
                        } },
                    },
                },
                cancellationToken).ConfigureAwait(false);
            await TableStatusPoller.WaitUntilActiveAsync(client, name, cancellationToken).ConfigureAwait(false);
        }
    }

    // The table's actual billing mode decides (it may differ from the settings; it is never changed here): an index of a
    // provisioned table needs capacity, from the settings when they are provisioned too, else the table's own.
    private static ProvisionedThroughput? NewIndexThroughput(TableDescription description, DynamoTableSettings settings, string indexName)
    {
        if (description.BillingModeSummary?.BillingMode == BillingMode.PAY_PER_REQUEST)
        {
            return null;
        }

        return CreateTableRequestFactory.IndexThroughput(settings, indexName)
            ?? new ProvisionedThroughput
            {
                ReadCapacityUnits = Math.Max(1, description.ProvisionedThroughput?.ReadCapacityUnits ?? 1),
                WriteCapacityUnits = Math.Max(1, description.ProvisionedThroughput?.WriteCapacityUnits ?? 1),
            };
    }

    private static async Task EnableTimeToLiveAsync(IAmazonDynamoDB client, string name, string attribute, CancellationToken cancellationToken)
    {
        var current = (await client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = name }, cancellationToken).ConfigureAwait(false)).TimeToLiveDescription;
        var status = current?.TimeToLiveStatus;
        if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING)
        {
            if (string.Equals(current!.AttributeName, attribute, StringComparison.Ordinal))
            {
                return;
            }

            throw new DynamoTableDefinitionException(
                name,
                Array.Empty<string>(),
                attribute,
                $"Table '{name}' already has TTL enabled on attribute '{current.AttributeName}', but the definition uses '{attribute}'. DynamoDB allows one TTL attribute per table: disable TTL on the table first or use '{current.AttributeName}'.");
        }

        await client.UpdateTimeToLiveAsync(
            new UpdateTimeToLiveRequest
            {
                TableName = name,
                TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = attribute, Enabled = true },
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static void ValidateTableName(string name, string parameterName)
    {
        if (name.Length is < 3 or > 255 || !name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' or '-'))
        {
            throw new ArgumentException($"'{name}' is not a valid DynamoDB table name: 3 to 255 characters of A-Z, a-z, 0-9, '_', '.' and '-'.", parameterName);
        }
    }
}
