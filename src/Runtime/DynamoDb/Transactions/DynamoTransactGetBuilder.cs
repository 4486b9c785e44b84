using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Builds a TransactGetItems call: up to 100 reads of distinct items of any entities, read at one point in time.
/// Checked before sending (count, duplicates).
/// </summary>
public sealed class DynamoTransactGetBuilder
{
    /// <summary>The most reads in one transaction.</summary>
    public const int MaxActions = 100;

    private readonly DynamoDataContext _context;
    private readonly List<TransactGetRead> _reads = new();

    /// <summary>Creates the builder.</summary>
    /// <param name="context">The data context.</param>
    public DynamoTransactGetBuilder(DynamoDataContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>Reads added.</summary>
    public int Count => _reads.Count;

    /// <summary>Adds a read of the <typeparamref name="TEntity"/> item with <paramref name="key"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="key">The primary key.</param>
    /// <returns>The slot to read the result from.</returns>
    /// <exception cref="DynamoInvalidRequestException">A key value is empty or too long.</exception>
    public DynamoTransactGetSlot<TEntity> Get<TEntity>(Dictionary<string, AttributeValue> key) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(key);
        DynamoItemLimits.CheckKey(TEntity.Metadata, key);
        var tableName = _context.TableNames.For(TEntity.Metadata);
        var keyText = AttributeValueText.Key(key);
        var action = new TransactionAction(_reads.Count, $"Get {TEntity.Metadata.EntityName} {AttributeValueText.ShownKey(key)} in '{tableName}'", tableName + "\n" + keyText, TEntity.Metadata.EntityName, null, null);
        _reads.Add(new TransactGetRead(
            action,
            new TransactGetItem { Get = new Get { TableName = tableName, Key = key } },
            tableName,
            static (item, table) => DynamoTypedRead<TEntity>.Map(item, table),
            static (ref System.Text.Json.Utf8JsonReader reader, string table) => DynamoEntityJson<TEntity>.ReadOne(ref reader, table)!));
        return new DynamoTransactGetSlot<TEntity>(action.Index);
    }

    /// <summary>Checks and sends the reads.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The items, by slot.</returns>
    /// <exception cref="DynamoTransactionValidationException">No read, more than 100, or one item read twice (nothing sent).</exception>
    /// <exception cref="DynamoTransactionCanceledException">DynamoDB cancelled the reads (e.g. a conflicting write in progress).</exception>
    public async Task<DynamoTransactGetResult> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var actions = _reads.Select(r => r.Action).ToList();
        TransactionChecks.Validate(actions, MaxActions);
        var request = new TransactGetItemsRequest { TransactItems = _reads.Select(r => r.Item).ToList(), ReturnConsumedCapacity = DynamoCall.Capacity };
        var tables = actions.Select(a => a.Identity.Split('\n')[0]).Distinct(StringComparer.Ordinal).ToArray();
        try
        {
            var reads = _reads.ToArray();
            var page = await DynamoCall.RunAsync(_context, "TransactGetItems", tables, ct => _context.Transport.TransactGetEntitiesAsync(request, reads, ct), r => r.Capacity, retry: true, cancellationToken).ConfigureAwait(false);
            return new DynamoTransactGetResult(page.Items);
        }
        catch (TransactionCanceledException error)
        {
            throw TransactionChecks.Canceled(error, actions);
        }
    }
}
