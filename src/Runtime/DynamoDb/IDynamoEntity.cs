using System.Collections.Generic;
using System.Text.Json;
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

    /// <summary>
    /// Reads the entity straight from an item in DynamoDB JSON (<c>{"pk":{"S":"A#1"},...}</c>, the wire form of the
    /// low-level API), with the semantics of <see cref="FromItem"/>. The reader is on the item's <c>{</c> and is left on
    /// its <c>}</c>. The generator overrides this with a reader that builds no <see cref="AttributeValue"/>; the default
    /// goes through <see cref="FromItem"/>.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The entity.</returns>
    static virtual TSelf FromItemJson(ref Utf8JsonReader reader) => TSelf.FromItem(DynamoItemJson.ReadItem(ref reader));

    /// <summary>
    /// Writes the full item (what <see cref="ToItem"/> returns) as DynamoDB JSON. The generator overrides this with a
    /// writer that builds no <see cref="AttributeValue"/>; the default writes <see cref="ToItem"/>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    void WriteItemJson(Utf8JsonWriter writer) => DynamoItemJson.WriteItem(writer, ToItem());

    /// <summary>
    /// The timestamps every write path maintains and the validation it runs before sending
    /// (<see cref="CreatedAtAttribute"/>, <see cref="UpdatedAtAttribute"/>, DataAnnotations attributes). The generator
    /// implements it for entities that declare any; the default, <see langword="null"/>, writes the entity as it is.
    /// </summary>
    static virtual DynamoLifecycle<TSelf>? Lifecycle => null;

    /// <summary>The full item: members, key, index, TTL and discriminator attributes.</summary>
    /// <returns>A new dictionary.</returns>
    Dictionary<string, AttributeValue> ToItem();

    /// <summary>The primary key alone.</summary>
    /// <returns>A new dictionary.</returns>
    Dictionary<string, AttributeValue> ToKey();
}
