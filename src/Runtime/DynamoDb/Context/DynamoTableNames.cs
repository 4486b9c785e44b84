using System;

namespace Boto3Assist.DynamoDb;

/// <summary>Resolves the physical table name of an entity from <see cref="DynamoDataAccessOptions"/>; every operation asks it.</summary>
public sealed class DynamoTableNames
{
    private readonly DynamoDataAccessOptions _options;

    /// <summary>Creates the resolver.</summary>
    /// <param name="options">The options holding explicit names, prefix and suffix.</param>
    public DynamoTableNames(DynamoDataAccessOptions options) => _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The table name for <typeparamref name="TEntity"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <returns>The physical table name.</returns>
    public string For<TEntity>() where TEntity : IDynamoEntity<TEntity> => For(TEntity.Metadata);

    /// <summary>The table name for an entity: its explicit entry, else its table's entry, else prefix + declared name + suffix.</summary>
    /// <param name="metadata">The entity metadata.</param>
    /// <returns>The physical table name.</returns>
    public string For(DynamoEntityMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (_options.TableNames.TryGetValue(metadata.EntityName, out var byEntity))
        {
            return byEntity;
        }

        return ForTable(metadata.Table.TableName);
    }

    /// <summary>The physical name of a declared table name: its explicit entry, else prefix + name + suffix.</summary>
    /// <param name="declaredTableName">The table name declared on the entities.</param>
    /// <returns>The physical table name.</returns>
    public string ForTable(string declaredTableName)
    {
        ArgumentException.ThrowIfNullOrEmpty(declaredTableName);
        return _options.TableNames.TryGetValue(declaredTableName, out var byTable)
            ? byTable
            : (_options.TableNamePrefix ?? string.Empty) + declaredTableName + (_options.TableNameSuffix ?? string.Empty);
    }
}
