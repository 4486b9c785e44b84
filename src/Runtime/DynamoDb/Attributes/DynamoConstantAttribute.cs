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
/// An attribute with a fixed String value that <c>ToItem</c> writes into every item of the entity, such as ElectroDB's
/// version attribute: <c>[DynamoConstant("__edb_v__", "1")]</c>. <c>FromItem</c> does not read it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = true)]
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
sealed class DynamoConstantAttribute : Attribute
{
    /// <summary>Writes <paramref name="value"/> under <paramref name="name"/> in every item.</summary>
    /// <param name="name">The attribute name; it must not be the name of a key, member or the discriminator.</param>
    /// <param name="value">The value, stored as <c>S</c>.</param>
    public DynamoConstantAttribute(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The attribute name.</summary>
    public string Name { get; }

    /// <summary>The String value.</summary>
    public string Value { get; }
}
