using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>A <see cref="DynamoQuery{TEntity}"/> turned into a QueryRequest, with its shape hash and the key attributes of its pages.</summary>
internal sealed class DynamoQueryPlan<TEntity> where TEntity : IDynamoEntity<TEntity>
{
    private byte[]? _shape;

    private DynamoQueryPlan(QueryRequest request, string[] keyAttributes)
    {
        Request = request;
        KeyAttributes = keyAttributes;
    }

    public QueryRequest Request { get; }

    // Made when a page's token needs it: a query read as a stream never does (it hashes the query's text).
    public byte[] Shape => _shape ??= DynamoContinuationTokenCodec.Shape("Query", Request);

    public string[] KeyAttributes { get; }

    public static DynamoQueryPlan<TEntity> Create(DynamoDataContext context, DynamoQuery<TEntity> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var metadata = TEntity.Metadata;
        var (partitionKey, sortKey, index) = ResolveIndex(query.IndexName);
        if (query.ConsistentRead && index is { IsLocal: false })
        {
            throw new DynamoInvalidRequestException(metadata.EntityName, index.IndexName, "consistent reads are not supported on a global secondary index; query the table or a local index, or read eventually consistent.");
        }

        if (query.SortKey is not null && sortKey is null)
        {
            throw new DynamoInvalidRequestException(metadata.EntityName, query.IndexName ?? metadata.Table.TableName, "a sort key condition was given but this index has no sort key.");
        }

        var expression = new DynamoExpressionContext();
        var keyCondition = expression.Name(partitionKey.AttributeName) + " = " + expression.Value(DynamoKeyValues.ToAttributeValue(partitionKey, query.PartitionKey, metadata.EntityName, isSortKey: false));
        if (query.SortKey is not null)
        {
            keyCondition += " AND " + query.SortKey.Render(expression, sortKey!, metadata.EntityName);
        }

        var filter = DynamoCondition<TEntity>.Combine(query.Filter, query.OnlyThisEntityType ? EntityTypeOrUntypedFilter() : null);
        var filterText = filter?.Render(expression);
        var projection = query.Projection?.Render(expression);
        var tableName = context.TableNames.For(metadata);
        var request = new QueryRequest
        {
            TableName = tableName,
            IndexName = index?.IndexName,
            KeyConditionExpression = keyCondition,
            FilterExpression = filterText,
            ProjectionExpression = projection,
            ScanIndexForward = !query.Descending,
            ConsistentRead = query.ConsistentRead,
            ExpressionAttributeNames = expression.NamesOrNull(),
            ExpressionAttributeValues = expression.ValuesOrNull(),
            ReturnConsumedCapacity = DynamoCall.Capacity,
        };
        return new DynamoQueryPlan<TEntity>(request, PageKeyAttributes(index));
    }

    /// <summary>The condition "discriminator = this entity's type", or null when the entity has no discriminator.</summary>
    public static DynamoCondition<TEntity>? EntityTypeFilter()
    {
        var metadata = TEntity.Metadata;
        if (metadata.DiscriminatorAttribute is { } derivedAttribute && metadata.DerivedEntityTypes is { Count: > 0 } derived)
        {
            // A polymorphic base accepts each of its derived types.
            var anyDerived = DynamoCondition<TEntity>.Attribute(derivedAttribute, DynamoComparison.Equal, new AttributeValue { S = derived[0] });
            for (var i = 1; i < derived.Count; i++)
            {
                anyDerived |= DynamoCondition<TEntity>.Attribute(derivedAttribute, DynamoComparison.Equal, new AttributeValue { S = derived[i] });
            }

            return anyDerived;
        }

        return metadata.DiscriminatorAttribute is { } attribute && metadata.EntityType is { } type
            ? DynamoCondition<TEntity>.Attribute(attribute, DynamoComparison.Equal, new AttributeValue { S = type })
            : null;
    }

    /// <summary>
    /// The condition "no discriminator, or this entity's type" for typed queries: only items that name another type
    /// are skipped (a table adopted from another tool has no discriminator); null when the entity has no discriminator.
    /// </summary>
    public static DynamoCondition<TEntity>? EntityTypeOrUntypedFilter()
        => EntityTypeFilter() is { } typed ? DynamoCondition<TEntity>.AttributeNotExists(TEntity.Metadata.DiscriminatorAttribute!) | typed : null;

    /// <summary>The attributes of a LastEvaluatedKey: the table key plus, for an index, the index key.</summary>
    public static string[] PageKeyAttributes(DynamoIndexDefinition? index) => DynamoPageKeyAttributes.Of(TEntity.Metadata.Table, index);

    private static (DynamoKeyAttributeDefinition PartitionKey, DynamoKeyAttributeDefinition? SortKey, DynamoIndexDefinition? Index) ResolveIndex(string? indexName)
    {
        var metadata = TEntity.Metadata;
        if (indexName is null)
        {
            return (metadata.Table.PartitionKey, metadata.Table.SortKey, null);
        }

        var index = metadata.Table.Indexes.FirstOrDefault(i => string.Equals(i.IndexName, indexName, StringComparison.Ordinal))
            ?? throw new DynamoInvalidRequestException(
                metadata.EntityName,
                indexName,
                "no such index on this entity; expected one of: " + (metadata.Table.Indexes.Count == 0 ? "(none)" : string.Join(", ", metadata.Table.Indexes.Select(i => i.IndexName))) + ".");
        return (index.PartitionKey, index.SortKey, index);
    }
}
