using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Thrown before anything is sent when a request cannot be valid: an unknown index or member, a primary-key member in
/// an update, consistent read on a global index, too many values, an item or key over one of DynamoDB's limits (then
/// <see cref="Limit"/> says which). Names the entity, the attribute or member, and what was expected; never a value.
/// </summary>
public sealed class DynamoInvalidRequestException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entity">The entity (CLR type) name.</param>
    /// <param name="attribute">The attribute, member or index concerned, if any.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    public DynamoInvalidRequestException(string entity, string? attribute, string message)
        : base($"{entity}{(attribute is null ? string.Empty : "." + attribute)}: {message}")
    {
        Entity = entity;
        AttributeName = attribute;
    }

    /// <summary>The entity (CLR type) name.</summary>
    public string Entity { get; }

    /// <summary>The attribute, member or index concerned, if any.</summary>
    public string? AttributeName { get; }

    /// <summary>The DynamoDB limit the request would have broken, or <see langword="null"/> when it is another mistake.</summary>
    public DynamoLimit? Limit { get; init; }
}
