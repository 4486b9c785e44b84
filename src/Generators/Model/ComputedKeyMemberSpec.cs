using Boto3Assist.Generators.Common;

namespace Boto3Assist.Generators.Model
{
    /// <summary>A stored member a computed key member reads, as a parameter.</summary>
    /// <param name="MemberName">The member.</param>
    /// <param name="ParameterName">Its camelCase parameter name (the same as a key builder's).</param>
    /// <param name="TypeName">Its declared type, <c>global::</c>-qualified.</param>
    internal sealed record ComputedSourceSpec(string MemberName, string ParameterName, string TypeName);

    /// <summary>A get-only member of the table key computed from stored members, recomputed by a static helper.</summary>
    /// <param name="MemberName">The computed member (<c>SortNumber</c>).</param>
    /// <param name="TypeName">Its type, <c>global::</c>-qualified.</param>
    /// <param name="HelperName">The static helper beside the entity that recomputes it.</param>
    /// <param name="Sources">The stored members it reads, in order of first use.</param>
    /// <param name="Body">Its expression with each member it reads replaced by that member's parameter.</param>
    /// <param name="Usings">The using directives of the file declaring it, so the expression binds as it does there.</param>
    internal sealed record ComputedKeyMemberSpec(string MemberName, string TypeName, string HelperName, EquatableArray<ComputedSourceSpec> Sources, string Body, EquatableArray<string> Usings);
}
