using System;
using System.Collections.Generic;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// A typed condition over the attributes of <typeparamref name="TEntity"/>, used for condition expressions and
/// filters. Build one from the generated fields (<c>Order.Fields.Status.EqualTo(OrderStatus.Paid)</c>) and combine
/// with <c>&amp;</c>, <c>|</c> and <c>!</c>. Rendered with <c>#alias</c> names and <c>:placeholder</c> values only.
/// </summary>
/// <typeparam name="TEntity">The entity the condition applies to.</typeparam>
public abstract class DynamoCondition<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    /// <summary>The largest number of operands DynamoDB accepts in an <c>IN</c> list.</summary>
    public const int MaxInOperands = 100;

    private protected DynamoCondition()
    {
    }

    /// <summary>Both conditions hold.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The combined condition.</returns>
    public static DynamoCondition<TEntity> operator &(DynamoCondition<TEntity> left, DynamoCondition<TEntity> right) => left.And(right);

    /// <summary>Either condition holds.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The combined condition.</returns>
    public static DynamoCondition<TEntity> operator |(DynamoCondition<TEntity> left, DynamoCondition<TEntity> right) => left.Or(right);

    /// <summary>The condition does not hold.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The negation.</returns>
    public static DynamoCondition<TEntity> operator !(DynamoCondition<TEntity> condition) => condition.Not();

    /// <summary>This condition and <paramref name="other"/> both hold.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>The combined condition.</returns>
    public DynamoCondition<TEntity> And(DynamoCondition<TEntity> other) => new LogicalCondition<TEntity>("AND", this, other ?? throw new ArgumentNullException(nameof(other)));

    /// <summary>This condition or <paramref name="other"/> holds.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>The combined condition.</returns>
    public DynamoCondition<TEntity> Or(DynamoCondition<TEntity> other) => new LogicalCondition<TEntity>("OR", this, other ?? throw new ArgumentNullException(nameof(other)));

    /// <summary>This condition does not hold.</summary>
    /// <returns>The negation.</returns>
    public DynamoCondition<TEntity> Not() => new NotCondition<TEntity>(this);

    /// <summary>The attribute exists on the item (by attribute name: for key and index attributes that have no field).</summary>
    /// <param name="attributeName">The attribute name.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> AttributeExists(string attributeName) => new FunctionCondition<TEntity>("attribute_exists", attributeName, null);

    /// <summary>The attribute does not exist on the item (by attribute name).</summary>
    /// <param name="attributeName">The attribute name.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> AttributeNotExists(string attributeName) => new FunctionCondition<TEntity>("attribute_not_exists", attributeName, null);

    /// <summary>Compares an attribute (by name) with a value: for key and index attributes that have no field.</summary>
    /// <param name="attributeName">The attribute name.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> Attribute(string attributeName, DynamoComparison comparison, AttributeValue value)
        => new ComparisonCondition<TEntity>(attributeName, comparison, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>The item exists (its partition key attribute exists).</summary>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> ItemExists() => AttributeExists(TEntity.Metadata.Table.PartitionKey.AttributeName);

    /// <summary>The item does not exist yet (its partition key attribute does not exist).</summary>
    /// <returns>The condition.</returns>
    public static DynamoCondition<TEntity> ItemNotExists() => AttributeNotExists(TEntity.Metadata.Table.PartitionKey.AttributeName);

    /// <summary>Renders the condition into <paramref name="context"/>.</summary>
    internal abstract string Render(DynamoExpressionContext context);

    /// <summary>Renders the condition into a fresh context; for diagnostics.</summary>
    /// <returns>The expression with its aliases and placeholders.</returns>
    public override string ToString() => Render(new DynamoExpressionContext());

    internal static DynamoCondition<TEntity>? Combine(DynamoCondition<TEntity>? left, DynamoCondition<TEntity>? right)
        => left is null ? right : right is null ? left : left.And(right);

    internal static IReadOnlyList<AttributeValue> CheckInOperands(string attributeName, IReadOnlyList<AttributeValue> values)
    {
        if (values.Count == 0 || values.Count > MaxInOperands)
        {
            throw new ArgumentException(
                $"IN on attribute '{attributeName}' of entity '{TEntity.Metadata.EntityName}' takes 1 to {MaxInOperands} values; got {values.Count}.",
                nameof(values));
        }

        return values;
    }
}
