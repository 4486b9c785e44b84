using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;

namespace Boto3Assist.Generators.Polymorphism
{
    /// <summary>One derived entity of a polymorphic base, as the emitter needs it.</summary>
    /// <param name="TypeName">The derived type, <c>global::</c>-qualified.</param>
    /// <param name="Name">The derived type's name.</param>
    /// <param name="ParameterName">The camelCase parameter of <c>Match</c>/<c>Switch</c> for it.</param>
    /// <param name="EntityType">Its discriminator value.</param>
    /// <param name="Depth">How far below <c>object</c> it lies (the type switch tests the deepest first).</param>
    internal sealed record DerivedTypeSpec(string TypeName, string Name, string ParameterName, string EntityType, int Depth);

    /// <summary>Everything the emitter needs for a class with <c>[DynamoDerivedType]</c>s; strings, ints and equatable arrays only.</summary>
    /// <param name="Namespace">The namespace, empty for the global namespace.</param>
    /// <param name="ContainingTypes">Outer types, outermost first.</param>
    /// <param name="Keyword">class or record.</param>
    /// <param name="Name">The base's name.</param>
    /// <param name="TypeName">The base, <c>global::</c>-qualified.</param>
    /// <param name="HintName">The generated file name.</param>
    /// <param name="DiscriminatorAttribute">The discriminator attribute the derived entities share.</param>
    /// <param name="Derived">The derived entities in declaration order.</param>
    /// <param name="DefaultTypeName">The type items without discriminator are read as, or null.</param>
    internal sealed record PolymorphicBaseSpec(
        string Namespace,
        EquatableArray<ContainingTypeSpec> ContainingTypes,
        string Keyword,
        string Name,
        string TypeName,
        string HintName,
        string DiscriminatorAttribute,
        EquatableArray<DerivedTypeSpec> Derived,
        string? DefaultTypeName);
}
