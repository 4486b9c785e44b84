using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Declares the table's partition key.
/// On a type: a key template such as <c>"CUSTOMER#{CustomerId}"</c> stored in <see cref="AttributeName"/> (default <c>pk</c>).
/// On a property: that property's own attribute is the partition key.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class PartitionKeyAttribute : Attribute
{
    /// <summary>Makes the annotated property the partition key.</summary>
    public PartitionKeyAttribute()
    {
    }

    /// <summary>Builds the partition key from a template of literals and <c>{Member}</c> or <c>{Member:format}</c> placeholders.</summary>
    /// <param name="template">The key template.</param>
    public PartitionKeyAttribute(string template) => Template = template;

    /// <summary>The key template, or <see langword="null"/> when the attribute is on a property.</summary>
    public string? Template { get; }

    /// <summary>The attribute name of the key. Defaults to <c>pk</c> for a template, the member's attribute name for a property.</summary>
    public string? AttributeName { get; set; }
}
