using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>The items a batch get found, each mapped to the entity its key was requested as.</summary>
public sealed class DynamoBatchGetResult
{
    private readonly Dictionary<string, object> _byIdentity;

    internal DynamoBatchGetResult(Dictionary<string, object> byIdentity, IReadOnlyList<object> items, int retries)
    {
        _byIdentity = byIdentity;
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

    /// <summary>The item with <paramref name="key"/>, or <see langword="null"/> when it does not exist.</summary>
    /// <typeparam name="TEntity">The entity requested.</typeparam>
    /// <param name="key">The primary key requested.</param>
    /// <param name="tableName">The physical table, when the result spans entities of several tables with equal keys; else null.</param>
    /// <returns>The entity or <see langword="null"/>.</returns>
    public TEntity? Find<TEntity>(IReadOnlyDictionary<string, AttributeValue> key, string? tableName = null) where TEntity : class, IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = AttributeValueText.Key(key);
        foreach (var pair in _byIdentity)
        {
            var separator = pair.Key.IndexOf('\n', StringComparison.Ordinal);
            if (string.Equals(pair.Key.Substring(separator + 1), text, StringComparison.Ordinal)
                && (tableName is null || string.Equals(pair.Key.Substring(0, separator), tableName, StringComparison.Ordinal))
                && pair.Value is TEntity entity)
            {
                return entity;
            }
        }

        return null;
    }
}
