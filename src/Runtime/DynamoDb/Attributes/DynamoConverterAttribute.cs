using System;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Maps the member with a custom <see cref="IDynamoConverter{T}"/>. The converter must have a public parameterless
/// constructor; the generated code creates it with <c>new()</c>, never through reflection.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class DynamoConverterAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="converterType">A type implementing <see cref="IDynamoConverter{T}"/> for the member's type.</param>
    public DynamoConverterAttribute(Type converterType) => ConverterType = converterType;

    /// <summary>The converter type.</summary>
    public Type ConverterType { get; }
}
