using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A typed read found an item of another entity type: its discriminator names another type than the one asked for
/// ("the item is a Fork, not a Repo"). Thrown by gets, batch gets, transactional gets and typed queries, instead of a
/// mapping error about some member. Items with no discriminator at all are read as the type asked for.
/// </summary>
public sealed class DynamoEntityTypeMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="askedEntity">The entity (CLR type) name asked for.</param>
    /// <param name="askedType">The discriminator value of the entity asked for.</param>
    /// <param name="storedType">The discriminator value stored in the item.</param>
    /// <param name="discriminatorAttribute">The discriminator attribute.</param>
    /// <param name="tableName">The table read.</param>
    /// <param name="key">The item's key, as text (not part of the message: keys may hold user data).</param>
    public DynamoEntityTypeMismatchException(string askedEntity, string askedType, string storedType, string discriminatorAttribute, string tableName, string key)
        : base($"The item read as {askedEntity} from table '{tableName}' is {Article(storedType)}, not {Article(askedType)} (discriminator '{discriminatorAttribute}'). Read it as the entity whose type is '{storedType}', or query with OnlyThisEntityType to skip it.")
    {
        AskedEntity = askedEntity;
        AskedType = askedType;
        StoredType = storedType;
        DiscriminatorAttribute = discriminatorAttribute;
        TableName = tableName;
        Key = key;
    }

    /// <summary>The entity (CLR type) name asked for.</summary>
    public string AskedEntity { get; }

    /// <summary>The discriminator value of the entity asked for.</summary>
    public string AskedType { get; }

    /// <summary>The discriminator value stored in the item.</summary>
    public string StoredType { get; }

    /// <summary>The discriminator attribute.</summary>
    public string DiscriminatorAttribute { get; }

    /// <summary>The table read.</summary>
    public string TableName { get; }

    /// <summary>The item's key, as text.</summary>
    public string Key { get; }

    /// <summary>"a Repo", "an Order": the type name with its English article, for messages.</summary>
    /// <param name="typeName">The type name.</param>
    /// <returns>The name with its article.</returns>
    internal static string Article(string typeName)
        => (typeName.Length > 0 && "AEIOUaeiou".Contains(typeName[0], StringComparison.Ordinal) ? "an " : "a ") + typeName;
}
