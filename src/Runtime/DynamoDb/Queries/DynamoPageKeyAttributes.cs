using System;
using System.Collections.Generic;
using System.Linq;

namespace Boto3Assist.DynamoDb;

/// <summary>The attributes of a LastEvaluatedKey, which a continuation token must hold: the table key plus, for an index, the index key.</summary>
internal static class DynamoPageKeyAttributes
{
    public static string[] Of(DynamoTableDefinition table, DynamoIndexDefinition? index)
    {
        var names = new List<string> { table.PartitionKey.AttributeName };
        if (table.SortKey is { } sortKey)
        {
            names.Add(sortKey.AttributeName);
        }

        if (index is not null)
        {
            names.Add(index.PartitionKey.AttributeName);
            if (index.SortKey is { } indexSort)
            {
                names.Add(indexSort.AttributeName);
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToArray();
    }
}
