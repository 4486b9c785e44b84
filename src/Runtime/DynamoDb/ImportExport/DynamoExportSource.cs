using System;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>What to export: a whole table, one index of it, or one partition (of the table or of an index).</summary>
public sealed class DynamoExportSource
{
    private DynamoExportSource(string tableName, string? indexName, string? partitionKeyAttribute, AttributeValue? partitionKeyValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        TableName = tableName;
        IndexName = indexName;
        PartitionKeyAttribute = partitionKeyAttribute;
        PartitionKeyValue = partitionKeyValue;
    }

    /// <summary>The physical table name.</summary>
    public string TableName { get; }

    /// <summary>The index read, or <see langword="null"/> for the table.</summary>
    public string? IndexName { get; }

    /// <summary>The partition key attribute of a partition export.</summary>
    public string? PartitionKeyAttribute { get; }

    /// <summary>The partition key value of a partition export.</summary>
    public AttributeValue? PartitionKeyValue { get; }

    /// <summary>Every item of the table (a scan).</summary>
    /// <param name="tableName">The physical table name (<c>context.TableNames.For&lt;Order&gt;()</c>).</param>
    /// <returns>The source.</returns>
    public static DynamoExportSource Table(string tableName) => new(tableName, null, null, null);

    /// <summary>Every item of an index (a scan of the index: items it projects, sparse indexes only those it holds).</summary>
    /// <param name="tableName">The physical table name.</param>
    /// <param name="indexName">The index.</param>
    /// <returns>The source.</returns>
    public static DynamoExportSource Index(string tableName, string indexName)
    {
        ArgumentException.ThrowIfNullOrEmpty(indexName);
        return new(tableName, indexName, null, null);
    }

    /// <summary>Every item of one partition (a query), of the table or of an index.</summary>
    /// <param name="tableName">The physical table name.</param>
    /// <param name="partitionKeyAttribute">The partition key attribute (of the index, when one is given).</param>
    /// <param name="partitionKeyValue">The partition key, such as <c>"CUSTOMER#c1"</c> from <c>Order.Keys.PartitionKey("c1")</c>.</param>
    /// <param name="indexName">The index, or <see langword="null"/> for the table.</param>
    /// <returns>The source.</returns>
    public static DynamoExportSource Partition(string tableName, string partitionKeyAttribute, string partitionKeyValue, string? indexName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(partitionKeyAttribute);
        ArgumentNullException.ThrowIfNull(partitionKeyValue);
        return new(tableName, indexName, partitionKeyAttribute, new AttributeValue { S = partitionKeyValue });
    }
}
