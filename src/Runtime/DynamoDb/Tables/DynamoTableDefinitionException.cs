using System;
using System.Collections.Generic;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Thrown when table definitions cannot be reconciled: entities sharing a table disagree on its shape (a key attribute
/// with two types, one index name with different keys, two TTL attributes), or an existing table does not match the
/// definition. Names the table, the entities involved and the attribute or index in question.
/// </summary>
public sealed class DynamoTableDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="tableName">The table.</param>
    /// <param name="entities">The entities (or definitions) that disagree; empty when the disagreement is with an existing table.</param>
    /// <param name="attributeName">The attribute or index the disagreement is about, if any.</param>
    /// <param name="message">The full explanation.</param>
    public DynamoTableDefinitionException(string tableName, IReadOnlyList<string> entities, string? attributeName, string message)
        : base(message)
    {
        TableName = tableName;
        Entities = entities;
        AttributeName = attributeName;
    }

    /// <summary>The table.</summary>
    public string TableName { get; }

    /// <summary>The entities (or definitions) that disagree; empty when the disagreement is with an existing table.</summary>
    public IReadOnlyList<string> Entities { get; }

    /// <summary>The attribute or index the disagreement is about, if any.</summary>
    public string? AttributeName { get; }
}
