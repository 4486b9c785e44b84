using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The typed reads and writes of one entity, as a seam for unit tests: a service that takes an
/// <c>IDynamoRepository&lt;Order&gt;</c> can be given a fake, while <see cref="DynamoRepository{TEntity}"/> is the
/// implementation over DynamoDB (<c>context.Repository&lt;Order&gt;()</c>, or the dependency injection registration).
/// The members are those of <see cref="DynamoRepository{TEntity}"/>; see it for what each does and throws.
/// </summary>
/// <typeparam name="TEntity">The entity.</typeparam>
public interface IDynamoRepository<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    /// <summary>The physical table name, after run-time overrides.</summary>
    string TableName { get; }

    /// <summary>Writes the entity, replacing any item with the same key (versioned when the entity has a version member).</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="condition">An extra condition that must hold, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entity as written (with its new version).</returns>
    Task<TEntity> PutAsync(TEntity entity, DynamoCondition<TEntity>? condition = null, CancellationToken cancellationToken = default);

    /// <summary>Writes the entity only if no item with its key exists.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entity as written (version 1).</returns>
    Task<TEntity> CreateAsync(TEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Reads the item with <paramref name="key"/>.</summary>
    /// <param name="key">The primary key.</param>
    /// <param name="consistentRead">A strongly consistent read.</param>
    /// <param name="projection">The attributes to read; all when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entity, or <see langword="null"/> when there is no such item.</returns>
    Task<TEntity?> GetAsync(Dictionary<string, AttributeValue> key, bool consistentRead = false, DynamoProjection<TEntity>? projection = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the item with <paramref name="key"/>, if the condition holds.</summary>
    /// <param name="key">The primary key.</param>
    /// <param name="condition">A condition that must hold, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deleted item, or <see langword="null"/> when there was none.</returns>
    Task<TEntity?> DeleteAsync(Dictionary<string, AttributeValue> key, DynamoCondition<TEntity>? condition = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes the entity's item; with a version member, only if the stored version is the entity's.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="condition">An extra condition that must hold, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deleted item, or <see langword="null"/> when there was none.</returns>
    Task<TEntity?> DeleteAsync(TEntity entity, DynamoCondition<TEntity>? condition = null, CancellationToken cancellationToken = default);

    /// <summary>A partial update from a model.</summary>
    /// <param name="model">The model, with its key members set.</param>
    /// <param name="memberNames">The C# member names to write, or <see langword="null"/> for all.</param>
    /// <param name="condition">An extra condition, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item after the update.</returns>
    Task<TEntity> UpdateAsync(TEntity model, IReadOnlyCollection<string>? memberNames = null, DynamoCondition<TEntity>? condition = null, CancellationToken cancellationToken = default);

    /// <summary>Applies typed update actions to an existing item.</summary>
    /// <param name="key">The primary key.</param>
    /// <param name="update">The actions.</param>
    /// <param name="condition">An extra condition, or <see langword="null"/>.</param>
    /// <param name="expectedVersion">The version the item must have, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item after the update.</returns>
    Task<TEntity> UpdateAsync(Dictionary<string, AttributeValue> key, DynamoUpdate<TEntity> update, DynamoCondition<TEntity>? condition = null, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Moves an item to a new primary key in one transaction, with the version carried.</summary>
    /// <param name="current">The item as read, at its old key.</param>
    /// <param name="moved">The item to write at its new key.</param>
    /// <param name="condition">An extra condition on the old item, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The moved entity as written.</returns>
    Task<TEntity> MoveAsync(TEntity current, TEntity moved, DynamoCondition<TEntity>? condition = null, CancellationToken cancellationToken = default);

    /// <summary>The items of a query, fetching pages only as the enumeration needs them.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items in key order.</returns>
    IAsyncEnumerable<TEntity> QueryAsync(DynamoQuery<TEntity> query, CancellationToken cancellationToken = default);

    /// <summary>One page of a query, with a continuation token for the next page.</summary>
    /// <param name="query">The query.</param>
    /// <param name="continuationToken">The token of the previous page, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The page.</returns>
    Task<DynamoPage<TEntity>> QueryPageAsync(DynamoQuery<TEntity> query, string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>Every item of this entity type in the table, by parallel segment scans.</summary>
    /// <param name="scan">The scan, or <see langword="null"/> for a single-segment scan.</param>
    /// <param name="cancellationToken">Cancels the scans.</param>
    /// <returns>The items.</returns>
    IAsyncEnumerable<TEntity> ScanAsync(DynamoScan<TEntity>? scan = null, CancellationToken cancellationToken = default);
}
