using System;

// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>
/// Marks a <c>partial</c> class or record as a DynamoDB entity stored in <see cref="TableName"/>.
/// The source generator emits <c>ToItem</c>, <c>FromItem</c>, <c>ToKey</c>, key builders and a table definition for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
sealed class DynamoTableAttribute : Attribute
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

    /// <summary>The discriminator attribute name when none is given: <c>_type</c>.</summary>
    public const string DefaultDiscriminatorAttribute = "_type";

    /// <summary>The attribute that holds <see cref="EntityType"/>. Defaults to <see cref="DefaultDiscriminatorAttribute"/>.</summary>
    public string DiscriminatorAttribute { get; set; } = DefaultDiscriminatorAttribute;

    /// <summary>Whether the discriminator attribute is written at all. Defaults to <see langword="true"/>.</summary>
    public bool WriteEntityType { get; set; } = true;

    /// <summary>How member names become attribute names when no <see cref="DynamoAttributeAttribute"/> names them.</summary>
    public DynamoNamingPolicy NamingPolicy { get; set; } = DynamoNamingPolicy.AsIs;

    /// <summary>
    /// A name for a key space this entity shares with other entities on purpose: entities of one table naming the same
    /// key space may build keys of the same shape (GitHub users and organizations share the account namespace so that
    /// a name is unique across both), and B3A2001 is not reported between them.
    /// </summary>
    public string? SharedKeySpace { get; set; }
}
