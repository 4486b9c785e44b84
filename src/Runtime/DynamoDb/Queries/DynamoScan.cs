using System;

namespace Boto3Assist.DynamoDb;

/// <summary>A scan of every <typeparamref name="TEntity"/> item of its table, for maintenance work (it reads the whole table).</summary>
/// <typeparam name="TEntity">The entity read.</typeparam>
public sealed record DynamoScan<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    private readonly int _segments = 1;
    private readonly int? _pageSize;

    /// <summary>Parallel segments (1 to 1,000,000); each is read by its own task and the results are merged.</summary>
    public int Segments
    {
        get => _segments;
        init => _segments = value is >= 1 and <= 1_000_000 ? value : throw new ArgumentOutOfRangeException(nameof(Segments), value, "Segments must be between 1 and 1,000,000.");
    }

    /// <summary>Items evaluated per request; DynamoDB's 1 MB pages when <see langword="null"/>.</summary>
    public int? PageSize
    {
        get => _pageSize;
        init => _pageSize = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(PageSize), value, "PageSize must be positive.");
    }

    /// <summary>A filter applied by DynamoDB after reading.</summary>
    public DynamoCondition<TEntity>? Filter { get; init; }

    /// <summary>A strongly consistent scan.</summary>
    public bool ConsistentRead { get; init; }

    /// <summary>
    /// Only items whose discriminator is <typeparamref name="TEntity"/>'s (default <see langword="true"/>). Stricter than
    /// a query on purpose: a scan reads the whole table, so items without a discriminator (perhaps another tool's) are
    /// skipped too. When <see langword="false"/>, an item of another type fails with <see cref="DynamoEntityTypeMismatchException"/>.
    /// </summary>
    public bool OnlyThisEntityType { get; init; } = true;
}
