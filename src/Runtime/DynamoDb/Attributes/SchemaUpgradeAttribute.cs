using System;

// Compiled into the generator and the analyzers too (see DynamoTableAttribute.cs).
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>
/// Marks a <c>static void</c> method of a <see cref="SchemaVersionAttribute">versioned</see> entity as the step that
/// upgrades a stored item from <see cref="FromVersion"/> to the next version. The method takes the stored item
/// (<c>Dictionary&lt;string, AttributeValue&gt;</c>) and changes it in place: rename, convert, fill in. On read, the
/// steps from the item's version up to the entity's run in order before the item is mapped, on a copy of the item
/// read. The method must be <c>static void Name(Dictionary&lt;string, AttributeValue&gt; item)</c>, one per version from 1
/// to the entity's version - 1 (analyzer rules B3A5006 and B3A5007); an exception it throws becomes a
/// <c>DynamoMappingException</c> naming the step.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
sealed class SchemaUpgradeAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="fromVersion">The version of the items this step reads; it leaves them at <paramref name="fromVersion"/> + 1.</param>
    public SchemaUpgradeAttribute(int fromVersion) => FromVersion = fromVersion;

    /// <summary>The version of the items this step reads.</summary>
    public int FromVersion { get; }
}
