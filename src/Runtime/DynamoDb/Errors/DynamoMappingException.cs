using System;
using Boto3Assist.Observability;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Thrown when an item cannot be mapped to or from an entity: a missing required attribute, a wrong attribute type,
/// an unparseable value, or a value DynamoDB cannot store. Names the entity, the attribute, what was expected and what was found.
/// A value from the data is quoted in the message only when <see cref="ErrorValues.Show"/> is on (messages reach logs);
/// it is always on <see cref="Found"/> for code.
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
        : this(entity, attribute, expected, found, null, innerException)
    {
    }

    /// <summary>Creates the exception for a <paramref name="found"/> that quotes a value from the data.</summary>
    /// <param name="entity">The entity (CLR type) name.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="expected">What was expected.</param>
    /// <param name="found">What was found, with the value.</param>
    /// <param name="foundWithoutValue">What was found, without the value (for the message when values are not shown); null when <paramref name="found"/> holds no value.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    internal DynamoMappingException(string entity, string attribute, string expected, string found, string? foundWithoutValue, Exception? innerException)
        : base(
            $"Cannot map attribute '{attribute}' of entity '{entity}': expected {expected}, found "
            + (foundWithoutValue is null || ErrorValues.Show ? found : foundWithoutValue + " (value not shown)") + ".",
            innerException)
    {
        Entity = entity;
        Attribute = attribute;
        Expected = expected;
        Found = found;
        FoundWithoutValue = foundWithoutValue;
    }

    /// <summary>The entity (CLR type) name.</summary>
    public string Entity { get; }

    /// <summary>The attribute name.</summary>
    public string Attribute { get; }

    /// <summary>What was expected.</summary>
    public string Expected { get; }

    /// <summary>What was found; it may quote the value (see <see cref="FoundIncludesValue"/>).</summary>
    public string Found { get; }

    /// <summary>Whether <see cref="Found"/> quotes a value from the data (then the message shows it only when <see cref="ErrorValues.Show"/> is on).</summary>
    public bool FoundIncludesValue => FoundWithoutValue is not null;

    /// <summary>What was found, without the value, or null when <see cref="Found"/> holds no value.</summary>
    internal string? FoundWithoutValue { get; }
}
