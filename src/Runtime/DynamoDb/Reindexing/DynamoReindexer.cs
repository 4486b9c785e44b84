using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// After a key template of <typeparamref name="TEntity"/> changed, recomputes the keys of every stored item of the
/// entity (a scan filtered by its discriminator): each item is read with <c>FromItem</c> and written keys are compared
/// with <c>ToItem</c>'s. Index keys that differ are updated in place with UpdateItem (never a SET on the primary key);
/// a changed primary key writes the item under the new key and deletes the old one in one transaction. Each write is
/// conditional on the item being unchanged since it was read (its version, when it has one). Dry run, progress per
/// page, and resumable from the last reported token.
/// </summary>
/// <typeparam name="TEntity">The entity whose items are reindexed.</typeparam>
public sealed class DynamoReindexer<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    private readonly DynamoDataContext _context;
    private readonly DynamoRepository<TEntity> _repository;

    /// <summary>Creates the reindexer.</summary>
    /// <param name="context">The data context.</param>
    public DynamoReindexer(DynamoDataContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _repository = context.Repository<TEntity>();
    }

    /// <summary>Runs the reindex (or the dry run) to the end of the table, or until cancelled.</summary>
    /// <param name="options">How to run; defaults when <see langword="null"/>.</param>
    /// <param name="progress">Told after every page, with a resume token.</param>
    /// <param name="cancellationToken">Stops after the current item; resume from the last reported token.</param>
    /// <returns>The counts and the changes.</returns>
    public async Task<DynamoReindexResult> RunAsync(DynamoReindexOptions? options = null, IProgress<DynamoReindexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new DynamoReindexOptions();
        var changes = new List<DynamoReindexChange>();
        long scanned = 0, unchanged = 0, indexUpdated = 0, moved = 0, conflicts = 0;
        var current = new DynamoReindexProgress(0, 0, 0, 0, 0, options.ResumeToken);
        await MaintenanceScan.RunAsync(
            _repository,
            options,
            filter: null,
            async (stored, ct) =>
            {
                scanned++;
                var outcome = await ReindexAsync(stored, options.DryRun, changes, ct).ConfigureAwait(false);
                switch (outcome)
                {
                    case Outcome.Unchanged: unchanged++; break;
                    case Outcome.IndexKeys: indexUpdated++; break;
                    case Outcome.Moved: moved++; break;
                    default: conflicts++; break;
                }
            },
            token =>
            {
                current = new DynamoReindexProgress(scanned, unchanged, indexUpdated, moved, conflicts, token);
                progress?.Report(current);
            },
            cancellationToken).ConfigureAwait(false);

        return new DynamoReindexResult(current, changes, options.DryRun);
    }

    private enum Outcome
    {
        Unchanged,
        IndexKeys,
        Moved,
        Conflict,
    }

    private async Task<Outcome> ReindexAsync(Dictionary<string, AttributeValue> stored, bool dryRun, List<DynamoReindexChange> changes, CancellationToken cancellationToken)
    {
        var metadata = TEntity.Metadata;
        var table = metadata.Table;
        var fresh = TEntity.FromItem(stored).ToItem();
        var primary = MaintenanceScan.PrimaryKeyAttributes(table).ToList();
        var oldKey = primary.ToDictionary(a => a, a => stored[a], StringComparer.Ordinal);
        var primaryChanges = Differences(stored, fresh, primary);
        var indexChanges = Differences(stored, fresh, ModelUpdatePlan<TEntity>.IndexKeys(metadata).Select(k => k.AttributeName).Distinct(StringComparer.Ordinal));
        if (primaryChanges.Count == 0 && indexChanges.Count == 0)
        {
            return Outcome.Unchanged;
        }

        var newKey = primary.ToDictionary(a => a, a => fresh[a], StringComparer.Ordinal);
        changes.Add(new DynamoReindexChange(
            AttributeValueText.Readable(oldKey),
            primaryChanges.Count > 0 ? AttributeValueText.Readable(newKey) : null,
            primaryChanges.Concat(indexChanges).Select(a => Describe(a, stored, fresh)).ToList()));
        if (dryRun)
        {
            return primaryChanges.Count > 0 ? Outcome.Moved : Outcome.IndexKeys;
        }

        try
        {
            if (primaryChanges.Count > 0)
            {
                await MoveAsync(stored, fresh, oldKey, cancellationToken).ConfigureAwait(false);
                return Outcome.Moved;
            }

            await UpdateIndexKeysAsync(stored, fresh, oldKey, indexChanges, cancellationToken).ConfigureAwait(false);
            return Outcome.IndexKeys;
        }
        catch (Exception error) when (error is ConditionalCheckFailedException or TransactionCanceledException)
        {
            return Outcome.Conflict;
        }
    }

    private async Task UpdateIndexKeysAsync(Dictionary<string, AttributeValue> stored, Dictionary<string, AttributeValue> fresh, Dictionary<string, AttributeValue> key, List<string> attributes, CancellationToken cancellationToken)
    {
        var update = new UpdateExpressionBuilder();
        foreach (var attribute in attributes)
        {
            if (fresh.TryGetValue(attribute, out var value))
            {
                update.Set(attribute, value);
            }
            else
            {
                update.Remove(attribute);
            }
        }

        var expression = new DynamoExpressionContext();
        var request = new UpdateItemRequest
        {
            TableName = _repository.TableName,
            Key = key,
            UpdateExpression = update.Render(expression),
            ConditionExpression = MaintenanceScan.Unchanged<TEntity>(expression, stored),
            ExpressionAttributeNames = expression.NamesOrNull(),
            ExpressionAttributeValues = expression.ValuesOrNull(),
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
        await DynamoCall.RunAsync(_context, "UpdateItem", request.TableName, ct => _context.Transport.UpdateItemAsync(request, ct), r => DynamoCall.One(r.ConsumedCapacity), cancellationToken).ConfigureAwait(false);
    }

    private async Task MoveAsync(Dictionary<string, AttributeValue> stored, Dictionary<string, AttributeValue> fresh, Dictionary<string, AttributeValue> oldKey, CancellationToken cancellationToken)
    {
        var putExpression = new DynamoExpressionContext();
        var deleteExpression = new DynamoExpressionContext();
        var tableName = _repository.TableName;
        var request = new TransactWriteItemsRequest
        {
            TransactItems =
            [
                new TransactWriteItem
                {
                    Put = new Put
                    {
                        TableName = tableName,
                        Item = fresh,
                        ConditionExpression = "attribute_not_exists(" + putExpression.Name(TEntity.Metadata.Table.PartitionKey.AttributeName) + ")",
                        ExpressionAttributeNames = putExpression.NamesOrNull(),
                    },
                },
                new TransactWriteItem
                {
                    Delete = new Delete
                    {
                        TableName = tableName,
                        Key = oldKey,
                        ConditionExpression = MaintenanceScan.Unchanged<TEntity>(deleteExpression, stored),
                        ExpressionAttributeNames = deleteExpression.NamesOrNull(),
                        ExpressionAttributeValues = deleteExpression.ValuesOrNull(),
                    },
                },
            ],
            ClientRequestToken = Guid.NewGuid().ToString("N"),
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
        await DynamoCall.RunAsync(_context, "TransactWriteItems", tableName, ct => _context.Transport.TransactWriteItemsAsync(request, ct), r => r.ConsumedCapacity, cancellationToken).ConfigureAwait(false);
    }

    private static List<string> Differences(Dictionary<string, AttributeValue> stored, Dictionary<string, AttributeValue> fresh, IEnumerable<string> attributes)
        => attributes.Where(a => !string.Equals(Text(stored, a), Text(fresh, a), StringComparison.Ordinal)).ToList();

    private static string Describe(string attribute, Dictionary<string, AttributeValue> stored, Dictionary<string, AttributeValue> fresh)
        => $"{attribute}: {Readable(stored, attribute)} -> {Readable(fresh, attribute)}";

    private static string Readable(Dictionary<string, AttributeValue> item, string attribute)
        => item.TryGetValue(attribute, out var value) ? AttributeValueText.Readable(value) : "(none)";

    private static string? Text(Dictionary<string, AttributeValue> item, string attribute)
    {
        if (!item.TryGetValue(attribute, out var value))
        {
            return null;
        }

        var text = new StringBuilder();
        AttributeValueText.Append(text, value);
        return text.ToString();
    }
}
