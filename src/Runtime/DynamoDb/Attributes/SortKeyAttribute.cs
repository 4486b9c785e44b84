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
/// Declares the table's sort key.
/// On a type: a key template such as <c>"ORDER#{OrderDate:yyyy-MM-dd}#{OrderId}"</c> stored in <see cref="AttributeName"/> (default <c>sk</c>).
/// On a property: that property's own attribute is the sort key.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
sealed class SortKeyAttribute : Attribute
{
    /// <summary>Makes the annotated property the sort key.</summary>
    public SortKeyAttribute()
    {
    }

    /// <summary>Builds the sort key from a template of literals and <c>{Member}</c> or <c>{Member:format}</c> placeholders.</summary>
    /// <param name="template">The key template.</param>
    public SortKeyAttribute(string template) => Template = template;

    /// <summary>The key template, or <see langword="null"/> when the attribute is on a property.</summary>
    public string? Template { get; }

    /// <summary>The attribute name of a template key when <see cref="AttributeName"/> is not set: <c>sk</c>.</summary>
    public const string DefaultAttributeName = "sk";

    /// <summary>The attribute name of the key. Defaults to <c>sk</c> for a template, the member's attribute name for a property.</summary>
    public string? AttributeName { get; set; }
}
