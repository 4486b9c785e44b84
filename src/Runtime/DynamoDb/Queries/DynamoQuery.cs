using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A query of <typeparamref name="TEntity"/> items in one partition of the table or of one of its indexes. Build the
/// key values with the generated <c>Keys</c> builders:
/// <code>new DynamoQuery&lt;Order&gt;(Order.Keys.PartitionKey("c1")) { SortKey = DynamoSortKeyCondition.BeginsWith(Order.Keys.SortKeyPrefix()) }</code>
/// </summary>
/// <typeparam name="TEntity">The entity read.</typeparam>
public sealed record DynamoQuery<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    private readonly int? _limit;
    private readonly int? _pageSize;

    /// <summary>Creates a query of one partition.</summary>
    /// <param name="partitionKey">
    /// The partition key value (of the index when <see cref="IndexName"/> is set): the text a generated <c>Keys</c>
    /// builder returns, a number or bytes (<see cref="DynamoKeyValue"/> converts implicitly from each).
    /// </param>
    public DynamoQuery(DynamoKeyValue partitionKey)
    {
        PartitionKey = partitionKey;
    }

    /// <summary>The partition key value.</summary>
    public DynamoKeyValue PartitionKey { get; init; }

    /// <summary>The index to query (a GSI or LSI of the entity, e.g. <c>Order.Keys.Gsi1.IndexName</c>); the table when <see langword="null"/>.</summary>
    public string? IndexName { get; init; }

    /// <summary>The condition on the sort key, if any.</summary>
    public DynamoSortKeyCondition? SortKey { get; init; }

    /// <summary>Newest/largest sort key first.</summary>
    public bool Descending { get; init; }

    /// <summary>The most items to return in all; every item when <see langword="null"/>.</summary>
    public int? Limit
    {
        get => _limit;
        init => _limit = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Limit), value, "Limit must be positive.");
    }

    /// <summary>Items per DynamoDB request (and per page of the page API); DynamoDB's 1 MB pages when <see langword="null"/>.</summary>
    public int? PageSize
    {
        get => _pageSize;
        init => _pageSize = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(PageSize), value, "PageSize must be positive.");
    }

    /// <summary>A filter applied by DynamoDB after reading (it does not reduce the capacity consumed).</summary>
    public DynamoCondition<TEntity>? Filter { get; init; }

    /// <summary>The attributes to return; all when <see langword="null"/>.</summary>
    public DynamoProjection<TEntity>? Projection { get; init; }

    /// <summary>Strongly consistent read; the table and local indexes only (a global index throws <see cref="DynamoInvalidRequestException"/>).</summary>
    public bool ConsistentRead { get; init; }

    /// <summary>
    /// Skips items whose discriminator names another entity type (default <see langword="true"/>), so a partition shared
    /// with other entity types reads only this one; items with no discriminator at all are read as
    /// <typeparamref name="TEntity"/>. Ignored when the entity has no discriminator. When <see langword="false"/>, an
    /// item of another type fails the read with <see cref="DynamoEntityTypeMismatchException"/>.
    /// </summary>
    public bool OnlyThisEntityType { get; init; } = true;
}
