using System;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb.Mapping;

/// <summary>
/// A typed descriptor of one mapped member, generated in each entity's <c>Fields</c> class, for building conditions and
/// updates without strings: the member name, its attribute name, and how a value of it is stored.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <typeparam name="TValue">The member type.</typeparam>
public sealed class DynamoField<TEntity, TValue>
{
    private readonly Func<TValue, AttributeValue?> _toAttributeValue;

    /// <summary>Creates the descriptor with its own writer (a hand-written entity's fields).</summary>
    /// <param name="memberName">The C# member name.</param>
    /// <param name="attributeName">The DynamoDB attribute name.</param>
    /// <param name="toAttributeValue">Converts a non-null value to its stored form (null when nothing would be stored, e.g. an empty set).</param>
    public DynamoField(string memberName, string attributeName, Func<TValue, AttributeValue?> toAttributeValue)
    {
        MemberName = memberName;
        AttributeName = attributeName;
        _toAttributeValue = toAttributeValue;
    }

    /// <summary>
    /// Creates the descriptor of a member written by the entity's own kind of write (its generated <c>Field_</c> method
    /// makes the call the entity's writer makes for the member), so a value is stored exactly as <c>ToItem</c> stores it.
    /// Called by generated code.
    /// </summary>
    /// <param name="memberName">The C# member name.</param>
    /// <param name="names">The entity's attribute names.</param>
    /// <param name="index">The member's attribute index in <paramref name="names"/>.</param>
    /// <param name="write">Writes a non-null value as that attribute (nothing for an empty set).</param>
    public DynamoField(string memberName, DynamoAttributeNames names, int index, DynamoWriteObject<TValue> write)
        : this(memberName, names?[index] ?? throw new ArgumentNullException(nameof(names)), value => DynamoItemWriter.Attribute(value, names, index, write))
    {
        ArgumentNullException.ThrowIfNull(write);
    }

    /// <summary>
    /// Creates the descriptor of a member of a plain type (string, bool, an integer, decimal, Guid, a date or time, or
    /// one of those nullable) stored under the default conventions, with no converter: generated code calls it so that
    /// such a field costs one short line. Other members pass their writer.
    /// </summary>
    /// <param name="memberName">The C# member name.</param>
    /// <param name="attributeName">The DynamoDB attribute name; the member name when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><typeparamref name="TValue"/> has no default writer.</exception>
    public DynamoField(string memberName, string? attributeName = null)
        : this(
            memberName,
            attributeName ?? memberName,
            DynamoFieldWriters<TValue>.Default ?? throw new ArgumentException($"{typeof(TValue).Name} has no default writer: pass one.", nameof(memberName)))
    {
    }

    /// <summary>The C# member name.</summary>
    public string MemberName { get; }

    /// <summary>The DynamoDB attribute name.</summary>
    public string AttributeName { get; }

    /// <summary>The stored form of <paramref name="value"/>, exactly as <c>ToItem</c> writes it; null for null (and for an empty set).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The attribute value, or <see langword="null"/>.</returns>
    public AttributeValue? ToAttributeValue(TValue value) => value is null ? null : _toAttributeValue(value);

    /// <inheritdoc/>
    public override string ToString() => $"{typeof(TEntity).Name}.{MemberName} ({AttributeName})";
}
