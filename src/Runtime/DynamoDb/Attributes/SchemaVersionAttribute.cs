using System;

// Compiled into the generator and the analyzers too (see DynamoTableAttribute.cs): the default attribute name has one
// definition.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>
/// The version of an entity's stored shape. <c>ToItem</c> writes it to every item (in <see cref="AttributeName"/>);
/// <c>FromItem</c> runs the entity's <see cref="SchemaUpgradeAttribute">upgrade steps</see> on an item written with an
/// older version before mapping it, so items written by older code are read as the current model. An item without the
/// attribute was written before the entity had a version: it is version 1. An item of a version above the entity's
/// (written by newer code during a rolling deploy) is read as it is: no step runs, attributes the entity does not know
/// are ignored. <c>DynamoSchemaMigrator&lt;TEntity&gt;</c> rewrites a table's older items at the current version.
/// See docs/schema-versions.md.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
sealed class SchemaVersionAttribute : Attribute
{
    /// <summary>The attribute that holds the version when none is given: <c>_schema_version</c>.</summary>
    public const string DefaultAttributeName = "_schema_version";

    /// <summary>Creates the attribute.</summary>
    /// <param name="version">The current version of the stored shape: 1 or more; raise it with every breaking change.</param>
    public SchemaVersionAttribute(int version) => Version = version;

    /// <summary>The current version of the stored shape.</summary>
    public int Version { get; }

    /// <summary>The attribute that stores the version (a number). Defaults to <see cref="DefaultAttributeName"/>.</summary>
    public string AttributeName { get; set; } = DefaultAttributeName;
}
