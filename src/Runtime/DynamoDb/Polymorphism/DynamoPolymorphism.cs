using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Polymorphism;

/// <summary>
/// What the code generated for a polymorphic base (a class with <see cref="DynamoDerivedTypeAttribute"/>s) calls: its
/// metadata merged from the derived entities', the stored discriminator, and its errors.
/// </summary>
/// <remarks>Meant only for generated code; its members may change without notice.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DynamoPolymorphism
{
    /// <summary>
    /// The base's metadata: the derived entities' table (their indexes merged by name, sparse indexes of one type
    /// included), no entity type of its own, <see cref="DynamoEntityMetadata.DerivedEntityTypes"/> set, and the version
    /// attribute when every derived entity has the same one.
    /// </summary>
    /// <param name="baseName">The base's CLR type name.</param>
    /// <param name="derived">The derived entities' metadata, in declaration order (the generator has checked that they share table, keys and discriminator).</param>
    /// <returns>The metadata.</returns>
    public static DynamoEntityMetadata Metadata(string baseName, params DynamoEntityMetadata[] derived)
    {
        ArgumentNullException.ThrowIfNull(derived);
        if (derived.Length == 0)
        {
            throw new ArgumentException("A polymorphic base has at least one derived type.", nameof(derived));
        }

        var first = derived[0];
        var indexes = new List<DynamoIndexDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<DynamoMemberDefinition>();
        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        var types = new string[derived.Length];
        var version = first.VersionAttribute;
        var ttl = first.Table.TimeToLiveAttribute;
        for (var i = 0; i < derived.Length; i++)
        {
            var metadata = derived[i];
            types[i] = metadata.EntityType!;
            foreach (var index in metadata.Table.Indexes)
            {
                if (seen.Add(index.IndexName))
                {
                    indexes.Add(index);
                }
            }

            foreach (var member in metadata.Members)
            {
                if (memberNames.Add(member.AttributeName))
                {
                    members.Add(member);
                }
            }

            version = string.Equals(version, metadata.VersionAttribute, StringComparison.Ordinal) ? version : null;
            ttl ??= metadata.Table.TimeToLiveAttribute;
        }

        var table = first.Table with { Indexes = indexes, TimeToLiveAttribute = ttl };
        return new DynamoEntityMetadata(baseName, null, first.DiscriminatorAttribute, table, members, version) { DerivedEntityTypes = types };
    }

    /// <summary>The discriminator value stored in <paramref name="item"/>, or <see langword="null"/> when it has none.</summary>
    /// <param name="item">The item.</param>
    /// <param name="discriminatorAttribute">The discriminator attribute.</param>
    /// <returns>The stored type name.</returns>
    public static string? StoredType(IReadOnlyDictionary<string, AttributeValue> item, string discriminatorAttribute)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.TryGetValue(discriminatorAttribute, out var value) ? value.S ?? value.N ?? "(not a string)" : null;
    }

    /// <summary>The error for an item whose discriminator names none of the base's derived types (or that has none).</summary>
    /// <param name="baseMetadata">The base's metadata.</param>
    /// <param name="item">The item.</param>
    /// <param name="storedType">The stored discriminator value, or <see langword="null"/>.</param>
    /// <returns>The exception to throw.</returns>
    public static DynamoUnknownEntityTypeException Unknown(DynamoEntityMetadata baseMetadata, IReadOnlyDictionary<string, AttributeValue> item, string? storedType)
    {
        ArgumentNullException.ThrowIfNull(baseMetadata);
        var table = baseMetadata.Table;
        return new DynamoUnknownEntityTypeException(
            baseMetadata.EntityName,
            storedType,
            baseMetadata.DiscriminatorAttribute!,
            baseMetadata.DerivedEntityTypes ?? Array.Empty<string>(),
            AttributeValueText.Readable(AttributeValueText.KeyAttributes(item, table.PartitionKey.AttributeName, table.SortKey?.AttributeName)));
    }

    /// <summary>Reads one item in DynamoDB JSON (the base's <c>FromItemJson</c> maps it by its discriminator).</summary>
    /// <param name="reader">The reader, on the item's <c>{</c>; left on its <c>}</c>.</param>
    /// <returns>The item.</returns>
    public static Dictionary<string, AttributeValue> ReadItemJson(ref Utf8JsonReader reader) => DynamoItemJson.ReadItem(ref reader);

    /// <summary>Writes one item as DynamoDB JSON.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="item">The item.</param>
    public static void WriteItemJson(Utf8JsonWriter writer, IReadOnlyDictionary<string, AttributeValue> item) => DynamoItemJson.WriteItem(writer, item);

    /// <summary>The error for writing an instance of the base (or of a type not declared with [DynamoDerivedType]).</summary>
    /// <param name="baseName">The base's CLR type name.</param>
    /// <param name="instanceType">The instance's CLR type name.</param>
    /// <returns>The exception to throw.</returns>
    public static InvalidOperationException NotDerived(string baseName, string instanceType)
        => new($"An instance of {instanceType} cannot be written as {baseName}: only the types declared with [DynamoDerivedType] on {baseName} have an item form.");
}
