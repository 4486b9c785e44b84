using Boto3Assist.Generators.Common;

namespace Boto3Assist.Generators.Model
{
    /// <summary>
    /// What the lifecycle file of an entity holds (<c>IDynamoEntity&lt;T&gt;.Lifecycle</c>): its timestamp members and the
    /// validation checks of the entity and of the nested types it stores. Null in a <see cref="ParseResult"/> when the
    /// entity declares none, and then no file is written.
    /// </summary>
    /// <param name="Namespace">The namespace, empty for the global namespace.</param>
    /// <param name="ContainingTypes">Outer types, outermost first.</param>
    /// <param name="Keyword">The declaration keyword.</param>
    /// <param name="Name">The type name.</param>
    /// <param name="TypeName">The type, <c>global::</c>-qualified.</param>
    /// <param name="HintName">The generated file name.</param>
    /// <param name="FieldsName">The generated field descriptors class (the timestamps are built from its fields).</param>
    /// <param name="CreatedAtMember">The [CreatedAt] member, or null.</param>
    /// <param name="UpdatedAtMember">The [UpdatedAt] member, or null.</param>
    /// <param name="EntityValidator">The method checking the entity, or null when it has no checks.</param>
    /// <param name="Validators">One method per type with checks (the entity's among them).</param>
    internal sealed record LifecycleSpec(
        string Namespace,
        EquatableArray<ContainingTypeSpec> ContainingTypes,
        string Keyword,
        string Name,
        string TypeName,
        string HintName,
        string FieldsName,
        string? CreatedAtMember,
        string? UpdatedAtMember,
        string? EntityValidator,
        EquatableArray<ValidatorSpec> Validators);

    /// <summary>The generated checks of one type.</summary>
    /// <param name="MethodName">The method name (<c>Validate_Self</c>, <c>Validate_1</c>...).</param>
    /// <param name="TypeName">The checked type, <c>global::</c>-qualified.</param>
    /// <param name="Checks">One call per rule, in member declaration order.</param>
    internal sealed record ValidatorSpec(string MethodName, string TypeName, EquatableArray<ValidationCheckSpec> Checks);

    /// <summary>One call of <c>DynamoValidate</c>: <c>DynamoValidate.{Method}(errors, "{Member}", value.{Member}, {Arguments})</c>.</summary>
    /// <param name="Method">The check: Required, RangeInteger, StringLength, ..., Nested, Elements.</param>
    /// <param name="MemberName">The C# member name.</param>
    /// <param name="Arguments">The remaining arguments as C# expressions (named where optional).</param>
    internal sealed record ValidationCheckSpec(string Method, string MemberName, EquatableArray<string> Arguments);
}
