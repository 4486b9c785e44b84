using System;
using System.Collections.Generic;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DependencyInjection;

/// <summary>The entities registered with <see cref="DynamoDbBuilder.AddEntity{TEntity}"/>, in order.</summary>
public sealed class DynamoDbEntityRegistry
{
    private readonly List<DynamoEntityMetadata> _entities = new();

    /// <summary>The metadata of every registered entity.</summary>
    public IReadOnlyList<DynamoEntityMetadata> Entities => _entities;

    internal void Add(DynamoEntityMetadata metadata)
    {
        if (!_entities.Exists(e => string.Equals(e.EntityName, metadata.EntityName, StringComparison.Ordinal) && string.Equals(e.Table.TableName, metadata.Table.TableName, StringComparison.Ordinal)))
        {
            _entities.Add(metadata);
        }
    }
}
