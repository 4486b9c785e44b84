using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Maps an item read for <typeparamref name="TEntity"/> after checking its discriminator: an item whose discriminator
/// names another type is refused with <see cref="DynamoEntityTypeMismatchException"/>; an item with no discriminator
/// (a table adopted from another tool) is read as <typeparamref name="TEntity"/>. Every typed read goes through here.
/// </summary>
internal static class DynamoTypedRead<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    /// <summary>The entity mapped from <paramref name="item"/>.</summary>
    public static TEntity Map(IReadOnlyDictionary<string, AttributeValue> item, string tableName)
    {
        if (OtherType(item) is not null)
        {
            throw Mismatch(item, tableName);
        }

        return TEntity.FromItem(item);
    }

    /// <summary>The error for an item whose discriminator names another type (see <see cref="OtherType"/>).</summary>
    public static DynamoEntityTypeMismatchException Mismatch(IReadOnlyDictionary<string, AttributeValue> item, string tableName)
    {
        var metadata = TEntity.Metadata;
        var table = metadata.Table;
        return new DynamoEntityTypeMismatchException(
            metadata.EntityName,
            metadata.EntityType!,
            OtherType(item)!,
            metadata.DiscriminatorAttribute!,
            tableName,
            AttributeValueText.Readable(AttributeValueText.KeyAttributes(item, table.PartitionKey.AttributeName, table.SortKey?.AttributeName)));
    }

    /// <summary>The stored discriminator value when it names another type than <typeparamref name="TEntity"/>'s; otherwise null.</summary>
    public static string? OtherType(IReadOnlyDictionary<string, AttributeValue> item)
    {
        var metadata = TEntity.Metadata;
        if (metadata.DiscriminatorAttribute is not { } attribute || metadata.EntityType is not { } type || !item.TryGetValue(attribute, out var value))
        {
            return null;
        }

        var stored = value.S ?? value.N ?? "(not a string)";
        return string.Equals(stored, type, System.StringComparison.Ordinal) ? null : stored;
    }
}
