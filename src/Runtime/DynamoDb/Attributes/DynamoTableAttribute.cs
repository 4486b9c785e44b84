using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Marks a <c>partial</c> class or record as a DynamoDB entity stored in <see cref="TableName"/>.
/// The source generator emits <c>ToItem</c>, <c>FromItem</c>, <c>ToKey</c>, key builders and a table definition for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
public sealed class DynamoTableAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="tableName">The DynamoDB table name (3 to 255 characters of <c>[A-Za-z0-9_.-]</c>). Overridable at run time.</param>
    public DynamoTableAttribute(string tableName) => TableName = tableName;

    /// <summary>The DynamoDB table name.</summary>
    public string TableName { get; }

    /// <summary>
    /// The entity type name written to every item (the discriminator for single-table design).
    /// Defaults to the CLR type name.
    /// </summary>
    public string? EntityType { get; set; }

    /// <summary>The attribute that holds <see cref="EntityType"/>. Defaults to <c>_type</c>.</summary>
    public string DiscriminatorAttribute { get; set; } = "_type";

    /// <summary>Whether the discriminator attribute is written at all. Defaults to <see langword="true"/>.</summary>
    public bool WriteEntityType { get; set; } = true;

    /// <summary>How member names become attribute names when no <see cref="DynamoAttributeAttribute"/> names them.</summary>
    public DynamoNamingPolicy NamingPolicy { get; set; } = DynamoNamingPolicy.AsIs;
}
