using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>One nested type an entity stores, with its stored members read as the entity reads them.</summary>
    internal sealed class NestedStoredType
    {
        public NestedStoredType(INamedTypeSymbol type, List<MemberModel> members)
        {
            Type = type;
            Members = members;
        }

        public INamedTypeSymbol Type { get; }

        public List<MemberModel> Members { get; }
    }

    /// <summary>
    /// The nested types an entity stores (as a member, or as the elements of a list or set; map values are not walked),
    /// each once, in the order they are met: what validation checks and what its analyzer reports on.
    /// </summary>
    internal static class NestedStoredTypes
    {
        public static List<NestedStoredType> Of(EntityModel entity, CancellationToken cancellationToken)
        {
            var found = new List<NestedStoredType>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            Walk(entity, entity.Members.Where(m => m.IsMapped && !m.IsIgnored), found, seen, cancellationToken);
            return found;
        }

        /// <summary>
        /// The nested object type a member stores, or null: the member's own type (not a Nullable struct), or the element
        /// type of a list or set (<paramref name="elements"/>).
        /// </summary>
        public static INamedTypeSymbol? NestedOf(MemberModel member, out bool elements)
        {
            elements = false;
            var classification = member.Classification;
            if (classification.Kind == MemberMappingKind.Object && !classification.IsNullableValueType)
            {
                return classification.ValueType as INamedTypeSymbol;
            }

            if ((classification.Kind == MemberMappingKind.List || classification.Kind == MemberMappingKind.Set)
                && classification.Element is { Kind: MemberMappingKind.Object, IsNullableValueType: false } element)
            {
                elements = true;
                return element.ValueType as INamedTypeSymbol;
            }

            return null;
        }

        private static void Walk(EntityModel entity, IEnumerable<MemberModel> members, List<NestedStoredType> found, HashSet<string> seen, CancellationToken cancellationToken)
        {
            foreach (var member in members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (NestedOf(member, out _) is not { } nested || !seen.Add(MemberTypeClassifier.FullName(nested.OriginalDefinition)))
                {
                    continue;
                }

                var nestedMembers = MappedMemberSelector.Select(nested)
                    .Select(m => MemberModel.Read(m.Symbol, m.ConstructorParameter, isMapped: true, entity.NamingPolicy, entity.Conventions))
                    .ToList();
                found.Add(new NestedStoredType(nested, nestedMembers));
                Walk(entity, nestedMembers, found, seen, cancellationToken);
            }
        }
    }
}
