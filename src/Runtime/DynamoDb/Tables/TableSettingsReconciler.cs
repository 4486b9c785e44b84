using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Applies the settings CreateTable cannot carry (point-in-time recovery) and, on an existing table, turns on what the
/// settings ask for and the table lacks: stream, deletion protection, tags, point-in-time recovery. It never turns
/// anything off and leaves billing mode and table class alone: those changes are rate-limited or costly, so they are
/// the user's deliberate decision. Operations DynamoDB Local does not have (continuous backups, tagging) are skipped.
/// </summary>
internal static class TableSettingsReconciler
{
    public static async Task ApplyAsync(IAmazonDynamoDB client, TableDescription description, DynamoTableSettings settings, string name, bool created, CancellationToken cancellationToken)
    {
        if (!created)
        {
            await EnableStreamAsync(client, description, settings.StreamViewType, name, cancellationToken).ConfigureAwait(false);
            if (settings.DeletionProtection && description.DeletionProtectionEnabled != true)
            {
                await client.UpdateTableAsync(TableSettingsRequests.EnableDeletionProtection(name), cancellationToken).ConfigureAwait(false);
                await TableStatusPoller.WaitUntilActiveAsync(client, name, cancellationToken).ConfigureAwait(false);
            }

            if (settings.Tags.Count > 0 && description.TableArn is { } arn)
            {
                await SkipWhereUnsupported(AddTagsAsync(client, arn, settings.Tags, cancellationToken)).ConfigureAwait(false);
            }
        }

        if (settings.PointInTimeRecovery)
        {
            await SkipWhereUnsupported(EnablePointInTimeRecoveryAsync(client, name, cancellationToken)).ConfigureAwait(false);
        }
    }

    private static async Task EnableStreamAsync(IAmazonDynamoDB client, TableDescription description, DynamoStreamViewType wanted, string name, CancellationToken cancellationToken)
    {
        if (wanted == DynamoStreamViewType.None)
        {
            return;
        }

        var expected = TableSettingsRequests.ViewType(wanted);
        if (description.StreamSpecification is { StreamEnabled: true } current)
        {
            if (current.StreamViewType != expected)
            {
                throw new DynamoTableDefinitionException(
                    name,
                    Array.Empty<string>(),
                    null,
                    $"Table '{name}' has a stream of view type {current.StreamViewType?.Value ?? "unknown"}, but the settings ask for {expected.Value}. A stream's view type cannot change: disable the stream first (its consumers lose their position) or keep {current.StreamViewType?.Value}.");
            }

            return;
        }

        await client.UpdateTableAsync(TableSettingsRequests.EnableStream(name, wanted), cancellationToken).ConfigureAwait(false);
        await TableStatusPoller.WaitUntilActiveAsync(client, name, cancellationToken).ConfigureAwait(false);
    }

    private static async Task EnablePointInTimeRecoveryAsync(IAmazonDynamoDB client, string name, CancellationToken cancellationToken)
    {
        var current = await client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = name }, cancellationToken).ConfigureAwait(false);
        if (current.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus == PointInTimeRecoveryStatus.ENABLED)
        {
            return;
        }

        await client.UpdateContinuousBackupsAsync(TableSettingsRequests.EnablePointInTimeRecovery(name), cancellationToken).ConfigureAwait(false);
    }

    private static async Task AddTagsAsync(IAmazonDynamoDB client, string arn, IReadOnlyDictionary<string, string> wanted, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        string? next = null;
        do
        {
            var page = await client.ListTagsOfResourceAsync(new ListTagsOfResourceRequest { ResourceArn = arn, NextToken = next }, cancellationToken).ConfigureAwait(false);
            foreach (var tag in page.Tags ?? new List<Tag>())
            {
                existing[tag.Key] = tag.Value;
            }

            next = page.NextToken;
        }
        while (!string.IsNullOrEmpty(next));

        if (TableSettingsRequests.AddTags(arn, wanted, existing) is { } request)
        {
            await client.TagResourceAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    // DynamoDB Local answers continuous backups and tagging with UnknownOperationException; DynamoDB itself never does.
    private static async Task SkipWhereUnsupported(Task operation)
    {
        try
        {
            await operation.ConfigureAwait(false);
        }
        catch (AmazonDynamoDBException ex) when (string.Equals(ex.ErrorCode, "UnknownOperationException", StringComparison.Ordinal))
        {
            System.Diagnostics.Activity.Current?.AddEvent(new System.Diagnostics.ActivityEvent("boto3assist.table_setting_unsupported"));
        }
    }
}
