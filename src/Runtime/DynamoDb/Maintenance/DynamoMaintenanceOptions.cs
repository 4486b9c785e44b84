using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// How a maintenance run over a table's items goes (<see cref="DynamoReindexer{TEntity}"/>,
/// <see cref="DynamoSchemaMigrator{TEntity}"/>): a dry run or not, where to resume, how many items per page.
/// </summary>
public abstract record DynamoMaintenanceOptions
{
    private readonly int _pageSize = 100;

    /// <summary>Report what would change without writing anything.</summary>
    public bool DryRun { get; init; }

    /// <summary>The resume token an earlier run reported with its progress, to continue after the last page it finished.</summary>
    public string? ResumeToken { get; init; }

    /// <summary>Items evaluated per scan page (progress is reported and the resume token advances per page). Default 100.</summary>
    public int PageSize
    {
        get => _pageSize;
        init => _pageSize = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(PageSize), value, "PageSize must be positive.");
    }
}
