using System;
using System.Collections.Generic;
using System.ComponentModel;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A <see cref="CreatedAtAttribute"/> or <see cref="UpdatedAtAttribute"/> member: its names and how the current time is
/// stored in it, exactly as <c>ToItem</c> stores a value of the member (the entity's date conventions and converter
/// apply). Built by generated code through <see cref="DynamoTimestamp"/>.
/// </summary>
/// <typeparam name="TEntity">The entity.</typeparam>
public sealed class DynamoTimestamp<TEntity>
{
    private readonly Func<DateTimeOffset, AttributeValue?> _write;
    private readonly AttributeValue? _unset;

    internal DynamoTimestamp(string memberName, string attributeName, Func<DateTimeOffset, AttributeValue?> write, AttributeValue? unset)
    {
        MemberName = memberName;
        AttributeName = attributeName;
        _write = write;
        _unset = unset;
    }

    /// <summary>The C# member name.</summary>
    public string MemberName { get; }

    /// <summary>The DynamoDB attribute name.</summary>
    public string AttributeName { get; }

    /// <summary>The stored form of <paramref name="now"/>, or null when the member's converter stores nothing.</summary>
    internal AttributeValue? Write(DateTimeOffset now) => _write(now);

    /// <summary>
    /// True when the item carries no value for the member: the attribute is absent (a null member) or holds the stored
    /// form of the type's default (<c>default(DateTime)</c>, epoch 0), which no real creation time has.
    /// </summary>
    internal bool IsUnset(IReadOnlyDictionary<string, AttributeValue> item)
        => !item.TryGetValue(AttributeName, out var value) || IsUnset(value);

    /// <summary>True when a stored value of the member is the stored form of the type's default.</summary>
    internal bool IsUnset(AttributeValue value)
        => _unset is not null && string.Equals(value.S, _unset.S, StringComparison.Ordinal) && string.Equals(value.N, _unset.N, StringComparison.Ordinal);
}

/// <summary>
/// Builds the <see cref="DynamoTimestamp{TEntity}"/> of a generated field. Called by generated code.
/// </summary>
/// <remarks>Meant for generated code only.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DynamoTimestamp
{
    /// <summary>A <see cref="DateTime"/> member: the current time in UTC.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="field">The generated field of the member.</param>
    /// <returns>The timestamp.</returns>
    public static DynamoTimestamp<TEntity> Of<TEntity>(DynamoField<TEntity, DateTime> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new(field.MemberName, field.AttributeName, now => field.ToAttributeValue(now.UtcDateTime), field.ToAttributeValue(default));
    }

    /// <summary>A <see cref="Nullable{DateTime}"/> member: the current time in UTC.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="field">The generated field of the member.</param>
    /// <returns>The timestamp.</returns>
    public static DynamoTimestamp<TEntity> Of<TEntity>(DynamoField<TEntity, DateTime?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new(field.MemberName, field.AttributeName, now => field.ToAttributeValue(now.UtcDateTime), field.ToAttributeValue(default(DateTime)));
    }

    /// <summary>A <see cref="DateTimeOffset"/> member: the current time with a zero offset.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="field">The generated field of the member.</param>
    /// <returns>The timestamp.</returns>
    public static DynamoTimestamp<TEntity> Of<TEntity>(DynamoField<TEntity, DateTimeOffset> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new(field.MemberName, field.AttributeName, now => field.ToAttributeValue(now.ToUniversalTime()), field.ToAttributeValue(default));
    }

    /// <summary>A <see cref="Nullable{DateTimeOffset}"/> member: the current time with a zero offset.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="field">The generated field of the member.</param>
    /// <returns>The timestamp.</returns>
    public static DynamoTimestamp<TEntity> Of<TEntity>(DynamoField<TEntity, DateTimeOffset?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new(field.MemberName, field.AttributeName, now => field.ToAttributeValue(now.ToUniversalTime()), field.ToAttributeValue(default(DateTimeOffset)));
    }

    /// <summary>A <see cref="long"/> member: the current time as Unix epoch milliseconds.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="field">The generated field of the member.</param>
    /// <returns>The timestamp.</returns>
    public static DynamoTimestamp<TEntity> Of<TEntity>(DynamoField<TEntity, long> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new(field.MemberName, field.AttributeName, now => field.ToAttributeValue(now.ToUnixTimeMilliseconds()), field.ToAttributeValue(0));
    }

    /// <summary>A <see cref="Nullable{Int64}"/> member: the current time as Unix epoch milliseconds.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <param name="field">The generated field of the member.</param>
    /// <returns>The timestamp.</returns>
    public static DynamoTimestamp<TEntity> Of<TEntity>(DynamoField<TEntity, long?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new(field.MemberName, field.AttributeName, now => field.ToAttributeValue(now.ToUnixTimeMilliseconds()), field.ToAttributeValue(0L));
    }
}
