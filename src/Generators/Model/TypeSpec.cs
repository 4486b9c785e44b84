using Boto3Assist.Shared;
using Boto3Assist.Shared.Declarations;

namespace Boto3Assist.Generators.Model
{
    /// <summary>
    /// How one type (a member, list element or map value) is stored. Built from <see cref="MemberTypeClassifier"/>;
    /// holds names only, never symbols.
    /// </summary>
    /// <param name="Kind">The mapping kind.</param>
    /// <param name="TypeName">The declared type, <c>global::</c>-qualified, nullable annotation included (oblivious references are annotated).</param>
    /// <param name="ValueTypeName">The type without <c>Nullable&lt;T&gt;</c> and without <c>?</c>.</param>
    /// <param name="IsNullable">Null is a legal value (Nullable&lt;T&gt;, annotated or oblivious reference).</param>
    /// <param name="IsNullableValueType">A <c>Nullable&lt;T&gt;</c>.</param>
    /// <param name="IsValueType">The value type (<see cref="ValueTypeName"/>) is a struct; otherwise null can occur at run time whatever the annotation.</param>
    /// <param name="Number">The numeric type (for enums the underlying type).</param>
    /// <param name="Binary">byte[] or ReadOnlyMemory&lt;byte&gt;.</param>
    /// <param name="Shape">The declared collection type.</param>
    /// <param name="Element">The element of a list or set, the value of a map.</param>
    /// <param name="ObjectMapperId">For a nested object: the id of its <see cref="ObjectSpec"/>.</param>
    /// <param name="EnumAsNumber">For enums (also as elements): stored as a number.</param>
    /// <param name="EnumIsFlags">For enums: the enum has [Flags], so its stored name may be several names joined by commas.</param>
    /// <param name="DateFormat">For DateTime and DateTimeOffset: the text form written (the entity's conventions).</param>
    /// <param name="EnumCasing">For enums stored by name: the casing written.</param>
    /// <param name="BooleanAsNumber">For bool: stored as N 1/0 instead of BOOL.</param>
    /// <param name="BinaryFormat">For bytes: B, or hex or base64 text in an S.</param>
    /// <param name="EnumBoxedWhenNullable">For a nullable enum stored by number: written as M {"value__": N} (DynamoDBContext's form).</param>
    internal sealed record TypeSpec(
        MemberMappingKind Kind,
        string TypeName,
        string ValueTypeName,
        bool IsNullable,
        bool IsNullableValueType,
        bool IsValueType,
        NumberType Number,
        BinaryType Binary,
        CollectionShape Shape,
        TypeSpec? Element,
        string? ObjectMapperId,
        bool EnumAsNumber,
        bool EnumIsFlags,
        DynamoDateTimeFormat DateFormat = DynamoDateTimeFormat.RoundTrip,
        DynamoEnumCasing EnumCasing = DynamoEnumCasing.AsDeclared,
        bool BooleanAsNumber = false,
        DynamoBinaryFormat BinaryFormat = DynamoBinaryFormat.Binary,
        bool EnumBoxedWhenNullable = false);
}
