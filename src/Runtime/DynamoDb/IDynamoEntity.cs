using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Implemented by the source generator for every <see cref="DynamoTableAttribute"/> type, so that generic runtime code
/// (repositories, batch writers, transactions) maps any entity without reflection.
/// </summary>
/// <typeparam name="TSelf">The entity type itself.</typeparam>
public interface IDynamoEntity<TSelf> where TSelf : IDynamoEntity<TSelf>
{
    /// <summary>What the generator knows of the entity: table, keys, indexes, members.</summary>
    static abstract DynamoEntityMetadata Metadata { get; }

    /// <summary>Maps a stored item back to the entity. Throws <see cref="DynamoMappingException"/> on bad input.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The entity.</returns>
    static abstract TSelf FromItem(IReadOnlyDictionary<string, AttributeValue> item);

    /// <summary>The full item: members, key, index, TTL and discriminator attributes.</summary>
    /// <returns>A new dictionary.</returns>
    Dictionary<string, AttributeValue> ToItem();

    /// <summary>The primary key alone.</summary>
    /// <returns>A new dictionary.</returns>
    Dictionary<string, AttributeValue> ToKey();
}
