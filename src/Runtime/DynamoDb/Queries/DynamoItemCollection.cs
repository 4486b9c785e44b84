using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The items of one item collection (a partition of the table or of an index) of a single table holding several entity types (a customer and its orders), each
/// mapped to its own type through the discriminator. Items whose discriminator no registered entity claims are kept
/// raw in <see cref="Unmapped"/> (they are not dropped and do not fail the read: another service may own them).
/// </summary>
public sealed class DynamoItemCollection
{
    internal DynamoItemCollection(IReadOnlyList<object> items, IReadOnlyList<IReadOnlyDictionary<string, AttributeValue>> unmapped, string? continuationToken = null)
    {
        Items = items;
        Unmapped = unmapped;
        ContinuationToken = continuationToken;
    }

    /// <summary>
    /// For a page (<see cref="DynamoCollectionQuery.ExecutePageAsync"/>): the opaque, tamper-checked token of the next
    /// page, or <see langword="null"/> when this was the last page (and always for <see cref="DynamoCollectionQuery.ExecuteAsync"/>).
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>Whether another page may follow.</summary>
    public bool HasMore => ContinuationToken is not null;

    /// <summary>Every mapped item, in key order.</summary>
    public IReadOnlyList<object> Items { get; }

    /// <summary>Items whose discriminator is missing or belongs to no registered entity, as stored.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, AttributeValue>> Unmapped { get; }

    /// <summary>The items of type <typeparamref name="T"/>, in key order.</summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <returns>The items.</returns>
    public IReadOnlyList<T> OfType<T>() => Items.OfType<T>().ToList();

    /// <summary>The one item of type <typeparamref name="T"/> (the customer of "the customer and its orders").</summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <returns>The item.</returns>
    /// <exception cref="InvalidOperationException">There is no such item, or more than one.</exception>
    public T Single<T>()
    {
        var items = OfType<T>();
        return items.Count == 1
            ? items[0]
            : throw new InvalidOperationException($"Expected exactly one {typeof(T).Name} in the item collection, found {items.Count}.");
    }

    /// <summary>The one item of type <typeparamref name="T"/>, or <see langword="default"/> when there is none.</summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <returns>The item or <see langword="default"/>.</returns>
    /// <exception cref="InvalidOperationException">There is more than one.</exception>
    public T? SingleOrDefault<T>()
    {
        var items = OfType<T>();
        return items.Count switch
        {
            0 => default,
            1 => items[0],
            _ => throw new InvalidOperationException($"Expected at most one {typeof(T).Name} in the item collection, found {items.Count}."),
        };
    }
}
