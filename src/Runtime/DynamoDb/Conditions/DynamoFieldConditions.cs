using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb.Mapping;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Conditions on a generated field: <c>Order.Fields.Status.EqualTo(OrderStatus.Paid) &amp; Order.Fields.Total.GreaterThan(10m)</c>.
/// Values are converted exactly as <c>ToItem</c> stores them and always sent as <c>:placeholder</c> values.
/// </summary>
public static class DynamoFieldConditions
{
    /// <summary>The member's attribute exists.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> Exists<TEntity, TValue>(this DynamoField<TEntity, TValue> field) where TEntity : IDynamoEntity<TEntity>
        => DynamoCondition<TEntity>.AttributeExists(Name(field));

    /// <summary>The member's attribute does not exist.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> NotExists<TEntity, TValue>(this DynamoField<TEntity, TValue> field) where TEntity : IDynamoEntity<TEntity>
        => DynamoCondition<TEntity>.AttributeNotExists(Name(field));

    /// <summary>The member equals <paramref name="value"/> (=).</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value (not null: use <see cref="NotExists"/>).</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> EqualTo<TEntity, TValue>(this DynamoField<TEntity, TValue> field, TValue value) where TEntity : IDynamoEntity<TEntity>
        => Compare(field, DynamoComparison.Equal, value);

    /// <summary>The member differs from <paramref name="value"/> (&lt;&gt;; true when the attribute is absent).</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> NotEqualTo<TEntity, TValue>(this DynamoField<TEntity, TValue> field, TValue value) where TEntity : IDynamoEntity<TEntity>
        => Compare(field, DynamoComparison.NotEqual, value);

    /// <summary>The member is less than <paramref name="value"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> LessThan<TEntity, TValue>(this DynamoField<TEntity, TValue> field, TValue value) where TEntity : IDynamoEntity<TEntity>
        => Compare(field, DynamoComparison.LessThan, value);

    /// <summary>The member is at most <paramref name="value"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> LessThanOrEqual<TEntity, TValue>(this DynamoField<TEntity, TValue> field, TValue value) where TEntity : IDynamoEntity<TEntity>
        => Compare(field, DynamoComparison.LessThanOrEqual, value);

    /// <summary>The member is greater than <paramref name="value"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> GreaterThan<TEntity, TValue>(this DynamoField<TEntity, TValue> field, TValue value) where TEntity : IDynamoEntity<TEntity>
        => Compare(field, DynamoComparison.GreaterThan, value);

    /// <summary>The member is at least <paramref name="value"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> GreaterThanOrEqual<TEntity, TValue>(this DynamoField<TEntity, TValue> field, TValue value) where TEntity : IDynamoEntity<TEntity>
        => Compare(field, DynamoComparison.GreaterThanOrEqual, value);

    /// <summary>The member is between <paramref name="low"/> and <paramref name="high"/>, both included.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> Between<TEntity, TValue>(this DynamoField<TEntity, TValue> field, TValue low, TValue high) where TEntity : IDynamoEntity<TEntity>
        => new BetweenCondition<TEntity>(Name(field), Value(field, low), Value(field, high));

    /// <summary>The member (a string) begins with <paramref name="prefix"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="prefix">The prefix.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> BeginsWith<TEntity, TValue>(this DynamoField<TEntity, TValue> field, string prefix) where TEntity : IDynamoEntity<TEntity>
        => new FunctionCondition<TEntity>("begins_with", Name(field), new AttributeValue { S = NotNull(field, prefix) });

    /// <summary>The member contains <paramref name="element"/>: a substring of a string, or an element of a string set or list.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="element">The substring or element.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> Contains<TEntity, TValue>(this DynamoField<TEntity, TValue> field, string element) where TEntity : IDynamoEntity<TEntity>
        => new FunctionCondition<TEntity>("contains", Name(field), new AttributeValue { S = NotNull(field, element) });

    /// <summary>The member (a number set or list of numbers) contains <paramref name="element"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="element">The element.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> Contains<TEntity, TValue>(this DynamoField<TEntity, TValue> field, decimal element) where TEntity : IDynamoEntity<TEntity>
        => new FunctionCondition<TEntity>("contains", Name(field), new AttributeValue { N = element.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>The member equals one of <paramref name="values"/> (IN; 1 to 100 values).</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="values">The values.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> In<TEntity, TValue>(this DynamoField<TEntity, TValue> field, params TValue[] values) where TEntity : IDynamoEntity<TEntity>
    {
        ArgumentNullException.ThrowIfNull(values);
        var attribute = Name(field);
        return new InCondition<TEntity>(attribute, DynamoCondition<TEntity>.CheckInOperands(attribute, values.Select(v => Value(field, v)).ToList()));
    }

    /// <summary>The size of the member (string length, binary length, or number of elements) compared with <paramref name="size"/>.</summary>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="size">The size.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> Size<TEntity, TValue>(this DynamoField<TEntity, TValue> field, DynamoComparison comparison, long size) where TEntity : IDynamoEntity<TEntity>
        => new SizeCondition<TEntity>(Name(field), comparison, size);

    private static DynamoCondition<TEntity> Compare<TEntity, TValue>(DynamoField<TEntity, TValue> field, DynamoComparison comparison, TValue value) where TEntity : IDynamoEntity<TEntity>
        => new ComparisonCondition<TEntity>(Name(field), comparison, Value(field, value));

    private static string Name<TEntity, TValue>(DynamoField<TEntity, TValue> field) where TEntity : IDynamoEntity<TEntity>
        => (field ?? throw new ArgumentNullException(nameof(field))).AttributeName;

    private static AttributeValue Value<TEntity, TValue>(DynamoField<TEntity, TValue> field, TValue value) where TEntity : IDynamoEntity<TEntity>
        => field.ToAttributeValue(value)
           ?? throw new DynamoInvalidRequestException(
               TEntity.Metadata.EntityName,
               field.MemberName,
               "a condition value cannot be null (or stored as nothing); to test for a missing value use NotExists(), for a present one Exists().");

    private static string NotNull<TEntity, TValue>(DynamoField<TEntity, TValue> field, string? value) where TEntity : IDynamoEntity<TEntity>
        => value ?? throw new DynamoInvalidRequestException(TEntity.Metadata.EntityName, field.MemberName, "the operand cannot be null.");
}
