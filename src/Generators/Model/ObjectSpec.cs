using Boto3Assist.Generators.Common;

namespace Boto3Assist.Generators.Model
{
    /// <summary>The shape of an entity or nested type: its members and how to construct it.</summary>
    /// <param name="MapperId">A C# identifier unique per type within one entity, naming its Read_/Write_ methods.</param>
    /// <param name="TypeName">The type, <c>global::</c>-qualified.</param>
    /// <param name="Name">The CLR name, used in error messages.</param>
    /// <param name="ConstructorParameterCount">Parameters of the constructor FromItem calls (0 for an object initializer only).</param>
    /// <param name="Members">The mapped members.</param>
    /// <param name="RequiredMemberNames">Every C# <c>required</c> member (mapped or not), set to <c>default!</c> when creating a defaults instance.</param>
    internal sealed record ObjectSpec(
        string MapperId,
        string TypeName,
        string Name,
        int ConstructorParameterCount,
        EquatableArray<MemberSpec> Members,
        EquatableArray<string> RequiredMemberNames)
    {
        /// <summary>The members FromItem reads: all but the computed ones, whose getters recompute them.</summary>
        public System.Collections.Generic.List<MemberSpec> ReadMembers() => System.Linq.Enumerable.ToList(System.Linq.Enumerable.Where(Members, m => !m.IsComputed));
    }
}
