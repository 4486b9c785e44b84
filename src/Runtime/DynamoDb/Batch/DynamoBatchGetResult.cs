using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>The items a batch get found, each mapped to the entity its key was requested as.</summary>
public sealed class DynamoBatchGetResult
{
    private readonly Dictionary<string, object> _byIdentity;
    private readonly DynamoTableNames _tableNames;

    internal DynamoBatchGetResult(Dictionary<string, object> byIdentity, DynamoTableNames tableNames, IReadOnlyList<object> items, int retries)
    {
        _byIdentity = byIdentity;
        _tableNames = tableNames;
        Items = items;
        Retries = retries;
    }

    /// <summary>Every item found (no order).</summary>
    public IReadOnlyList<object> Items { get; }

    /// <summary>Retries made for unprocessed keys, throttling or 5xx errors.</summary>
    public int Retries { get; }

    /// <summary>The items found of type <typeparamref name="TEntity"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <returns>The items.</returns>
    public IReadOnlyList<TEntity> OfType<TEntity>() => Items.OfType<TEntity>().ToList();

    /// <summary>The <typeparamref name="TEntity"/> item with <paramref name="key"/>, or <see langword="null"/> when it does not exist.</summary>
    /// <typeparam name="TEntity">The entity requested.</typeparam>
    /// <param name="key">The primary key requested.</param>
    /// <returns>The entity or <see langword="null"/>.</returns>
    public TEntity? Find<TEntity>(IReadOnlyDictionary<string, AttributeValue> key) where TEntity : class, IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(key);
        var identity = AttributeValueText.Key(_tableNames.For<TEntity>(), key);
        return _byIdentity.TryGetValue(identity, out var found) ? found as TEntity : null;
    }
}
