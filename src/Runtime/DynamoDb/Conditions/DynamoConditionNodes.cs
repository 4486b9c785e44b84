using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

// The node kinds of a condition tree. Each renders names through context.Name and values through context.Value only.

internal sealed class ComparisonCondition<TEntity>(string attribute, DynamoComparison comparison, AttributeValue value) : DynamoCondition<TEntity>
    where TEntity : IDynamoEntity<TEntity>
{
    internal override string Render(DynamoExpressionContext context)
        => context.Name(attribute) + " " + DynamoComparisonText.Operator(comparison) + " " + context.Value(value);
}

internal sealed class BetweenCondition<TEntity>(string attribute, AttributeValue low, AttributeValue high) : DynamoCondition<TEntity>
    where TEntity : IDynamoEntity<TEntity>
{
    internal override string Render(DynamoExpressionContext context)
        => context.Name(attribute) + " BETWEEN " + context.Value(low) + " AND " + context.Value(high);
}

/// <summary><c>attribute_exists</c>, <c>attribute_not_exists</c>, <c>begins_with</c>, <c>contains</c>, <c>attribute_type</c>.</summary>
internal sealed class FunctionCondition<TEntity>(string function, string attribute, AttributeValue? argument) : DynamoCondition<TEntity>
    where TEntity : IDynamoEntity<TEntity>
{
    internal override string Render(DynamoExpressionContext context)
        => argument is null
            ? function + "(" + context.Name(attribute) + ")"
            : function + "(" + context.Name(attribute) + ", " + context.Value(argument) + ")";
}

internal sealed class SizeCondition<TEntity>(string attribute, DynamoComparison comparison, long size) : DynamoCondition<TEntity>
    where TEntity : IDynamoEntity<TEntity>
{
    internal override string Render(DynamoExpressionContext context)
        => "size(" + context.Name(attribute) + ") " + DynamoComparisonText.Operator(comparison) + " "
           + context.Value(new AttributeValue { N = size.ToString(CultureInfo.InvariantCulture) });
}

internal sealed class InCondition<TEntity>(string attribute, IReadOnlyList<AttributeValue> values) : DynamoCondition<TEntity>
    where TEntity : IDynamoEntity<TEntity>
{
    internal override string Render(DynamoExpressionContext context)
    {
        var text = new StringBuilder(context.Name(attribute)).Append(" IN (");
        for (var i = 0; i < values.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(context.Value(values[i]));
        }

        return text.Append(')').ToString();
    }
}

internal sealed class LogicalCondition<TEntity>(string op, DynamoCondition<TEntity> left, DynamoCondition<TEntity> right) : DynamoCondition<TEntity>
    where TEntity : IDynamoEntity<TEntity>
{
    internal override string Render(DynamoExpressionContext context)
        => "(" + left.Render(context) + ") " + op + " (" + right.Render(context) + ")";
}

internal sealed class NotCondition<TEntity>(DynamoCondition<TEntity> inner) : DynamoCondition<TEntity>
    where TEntity : IDynamoEntity<TEntity>
{
    internal override string Render(DynamoExpressionContext context) => "NOT (" + inner.Render(context) + ")";
}
