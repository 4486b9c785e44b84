using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Thrown when an item cannot be mapped to or from an entity: a missing required attribute, a wrong attribute type,
/// an unparseable value, or a value DynamoDB cannot store. Names the entity, the attribute, what was expected and what was found.
/// </summary>
public sealed class DynamoMappingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entity">The entity (CLR type) name.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="expected">What was expected.</param>
    /// <param name="found">What was found.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public DynamoMappingException(string entity, string attribute, string expected, string found, Exception? innerException = null)
        : base($"Cannot map attribute '{attribute}' of entity '{entity}': expected {expected}, found {found}.", innerException)
    {
        Entity = entity;
        Attribute = attribute;
        Expected = expected;
        Found = found;
    }

    /// <summary>The entity (CLR type) name.</summary>
    public string Entity { get; }

    /// <summary>The attribute name.</summary>
    public string Attribute { get; }

    /// <summary>What was expected.</summary>
    public string Expected { get; }

    /// <summary>What was found.</summary>
    public string Found { get; }
}
