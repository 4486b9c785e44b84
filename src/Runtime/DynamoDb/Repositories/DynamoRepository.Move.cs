using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.DynamoDb;

public sealed partial class DynamoRepository<TEntity>
{
    /// <summary>
    /// Moves an item to a new primary key in one transaction (re-keying: closing an issue whose status is part of its
    /// sort key): deletes <paramref name="current"/> on condition that it exists with the version it carries, and
    /// creates <paramref name="moved"/> on condition that its key is free, with <paramref name="current"/>'s version + 1.
    /// </summary>
    /// <param name="current">The item as read, at its old key.</param>
    /// <param name="moved">The item to write at its new key (its own version is ignored).</param>
    /// <param name="condition">An extra condition on the old item, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The moved entity as written (with its new version).</returns>
    /// <exception cref="DynamoVersionConflictException">The old item's stored version is not <paramref name="current"/>'s, or it is gone.</exception>
    /// <exception cref="DynamoConditionFailedException">The new key is taken, the (unversioned) old item is gone, or <paramref name="condition"/> did not hold.</exception>
    /// <exception cref="DynamoInvalidRequestException">Both have the same primary key.</exception>
    public async Task<TEntity> MoveAsync(TEntity current, TEntity moved, DynamoCondition<TEntity>? condition = null, CancellationToken cancellationToken = default)
    {
        var transaction = _context.WriteTransaction();
        var written = transaction.AddMove(current, moved, condition);
        try
        {
            await transaction.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DynamoTransactionCanceledException error) when (error.Failures.All(f => f.Code == "ConditionalCheckFailed"))
        {
            // Report the move as a single write would: the old item's version or existence first, then the new key.
            var failure = error.Failures.OrderBy(f => f.Index).First();
            var (key, expected) = failure.Index == 0
                ? (current.ToKey(), DynamoVersioning<TEntity>.Attribute is null ? (long?)null : DynamoVersioning<TEntity>.Read(current.ToItem()))
                : (moved.ToKey(), null);
            throw DynamoVersioning<TEntity>.Translate(error, failure.CurrentItem, expected, TableName, key);
        }

        return TEntity.FromItem(written);
    }
}
