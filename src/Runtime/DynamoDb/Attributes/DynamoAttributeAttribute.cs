using System;

// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>Sets how one member is stored: its attribute name and, for enums, their form.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false, AllowMultiple = false)]
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
sealed class DynamoAttributeAttribute : Attribute
{
    /// <summary>Keeps the member's name (after the naming policy).</summary>
    public DynamoAttributeAttribute()
    {
    }

    /// <summary>Stores the member under <paramref name="name"/>.</summary>
    /// <param name="name">The attribute name.</param>
    public DynamoAttributeAttribute(string name) => Name = name;

    /// <summary>The attribute name, or <see langword="null"/> to derive it from the member name.</summary>
    public string? Name { get; }

    /// <summary>How an enum member is stored. Defaults to its name.</summary>
    public DynamoEnumFormat EnumFormat { get; set; } = DynamoEnumFormat.Name;
}
