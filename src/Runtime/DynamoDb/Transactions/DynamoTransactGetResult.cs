using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>The items of a read transaction, one per read, read at one point in time.</summary>
public sealed class DynamoTransactGetResult
{
    private readonly IReadOnlyList<object?> _items;

    internal DynamoTransactGetResult(IReadOnlyList<object?> items) => _items = items;

    /// <summary>The item of the read at <paramref name="slot"/>, or <see langword="null"/> when it does not exist.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="slot">The slot returned when the read was added.</param>
    /// <returns>The entity or <see langword="null"/>.</returns>
    public TEntity? Get<TEntity>(DynamoTransactGetSlot<TEntity> slot) where TEntity : IDynamoEntity<TEntity>
        => _items[slot.Index] is TEntity entity ? entity : default;
}
