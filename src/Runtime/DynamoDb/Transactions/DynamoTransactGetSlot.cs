namespace Boto3Assist.DynamoDb;

/// <summary>The place of one read in a read transaction; pass it to <see cref="DynamoTransactGetResult.Get{TEntity}"/>.</summary>
/// <typeparam name="TEntity">The entity read.</typeparam>
/// <param name="Index">The read's position.</param>
public readonly record struct DynamoTransactGetSlot<TEntity>(int Index) where TEntity : IDynamoEntity<TEntity>;
