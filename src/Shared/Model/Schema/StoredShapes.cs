using System.Collections.Generic;
using System.Threading;
using Boto3Assist.Shared.Declarations;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model.Schema
{
    /// <summary>
    /// The <see cref="StoredShape"/> of an entity, read from the shared <see cref="EntityModel"/>: the same members, attribute
    /// names, classifications and conventions the generator maps, so the schema file describes what ToItem writes.
    /// </summary>
    internal static class StoredShapes
    {
        public static StoredShape Of(EntityModel entity, CancellationToken cancellationToken)
        {
            var keys = new List<StoredKey>();
            var slots = new HashSet<string>(System.StringComparer.Ordinal);
            var keyAttributeOfMember = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var key in entity.Keys)
            {
                var stored = new StoredKey(
                    StoredKey.RoleName(key.Role),
                    key.IndexName,
                    key.AttributeName,
                    key.ScalarType is { } scalar ? scalar.ToString() : "S",
                    key.Member is null ? key.Template?.Source : null);
                if (!slots.Add(stored.Slot))
                {
                    continue; // a duplicate declaration: the first one wins, as in the generator
                }

                keys.Add(stored);
                if (key.IsTableKey && key.Member is not null)
                {
                    keyAttributeOfMember[key.Member.Name] = key.AttributeName;
                }
            }

            keys.Sort((a, b) =>
            {
                var byRole = StoredKey.Order(a.Role).CompareTo(StoredKey.Order(b.Role));
                return byRole != 0 ? byRole : string.CompareOrdinal(a.Index, b.Index);
            });

            var attributes = new List<StoredAttribute>();
            string? ttl = null;
            var visiting = new HashSet<string>(System.StringComparer.Ordinal) { MemberTypeClassifier.FullName(entity.Type.OriginalDefinition) };
            foreach (var member in entity.Members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!member.IsMapped || member.IsIgnored)
                {
                    continue;
                }

                var name = keyAttributeOfMember.TryGetValue(member.Name, out var keyName) ? keyName : member.AttributeName;
                if (member.Ttl is not null)
                {
                    ttl ??= name;
                }

                AddMember(entity, member, name, isEntityMember: true, member.Name, attributes, visiting, cancellationToken);
            }

            attributes.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return new StoredShape(
                MemberTypeClassifier.FullName(entity.Type.OriginalDefinition),
                entity.TableName,
                entity.DiscriminatorAttribute,
                entity.EntityType,
                entity.SchemaVersion?.Version ?? 1,
                entity.SchemaVersion?.AttributeName,
                ttl,
                keys,
                attributes);
        }

        private static void AddMember(EntityModel entity, MemberModel member, string path, bool isEntityMember, string outerMember, List<StoredAttribute> attributes, HashSet<string> visiting, CancellationToken cancellationToken)
        {
            var required = member.IsRequiredOnRead(isEntityMember);
            if (member.Converter is not null)
            {
                var converter = member.Converter.ConstructorArguments.Length > 0 && member.Converter.ConstructorArguments[0].Value is ITypeSymbol type
                    ? MemberTypeClassifier.FullName(type.OriginalDefinition)
                    : "?";
                attributes.Add(new StoredAttribute(path, "converter", required, converter) { Member = outerMember });
                return;
            }

            var classification = member.Classification;
            var typeName = isEntityMember && member.Ttl is not null ? "N" : TypeOf(classification, member.EnumAsNumber, member.Conventions);
            attributes.Add(new StoredAttribute(path, typeName, required) { Member = outerMember });

            // Nested objects store their own attributes: a member's object, a list's or set's objects, a map's object values.
            var nested = classification;
            var suffix = ".";
            if (classification.Kind is MemberMappingKind.List or MemberMappingKind.Set)
            {
                nested = classification.Element!;
                suffix = "[].";
            }
            else if (classification.Kind == MemberMappingKind.Map)
            {
                nested = classification.Element!;
                suffix = "{}.";
            }

            if (nested is not { Kind: MemberMappingKind.Object, ValueType: INamedTypeSymbol nestedType }
                || !visiting.Add(MemberTypeClassifier.FullName(nestedType.OriginalDefinition)))
            {
                return; // not an object, or a cycle: the type is already being described further out
            }

            foreach (var selected in MappedMemberSelector.Select(nestedType))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var nestedMember = MemberModel.Read(selected.Symbol, selected.ConstructorParameter, isMapped: true, entity.NamingPolicy, entity.Conventions);
                AddMember(entity, nestedMember, path + suffix + nestedMember.AttributeName, isEntityMember: false, outerMember, attributes, visiting, cancellationToken);
            }

            visiting.Remove(MemberTypeClassifier.FullName(nestedType.OriginalDefinition));
        }

        /// <summary>The DynamoDB type a value of this classification is written as (what FromItem expects back).</summary>
        internal static string TypeOf(MemberTypeClassification c, bool enumAsNumber, DynamoConventionsAttribute conventions)
        {
            switch (c.Kind)
            {
                case MemberMappingKind.Boolean:
                    return conventions.BooleanFormat == DynamoBooleanFormat.Number ? "N" : "BOOL";
                case MemberMappingKind.Number:
                    return "N";
                case MemberMappingKind.Enum:
                    return enumAsNumber ? "N" : "S";
                case MemberMappingKind.Binary:
                    return conventions.BinaryFormat == DynamoBinaryFormat.Binary ? "B" : "S";
                case MemberMappingKind.List:
                    return "L<" + TypeOf(c.Element!, enumAsNumber, conventions) + ">";
                case MemberMappingKind.Map:
                    return "M<" + TypeOf(c.Element!, enumAsNumber, conventions) + ">";
                case MemberMappingKind.Object:
                    return "M";
                case MemberMappingKind.Set:
                    return c.Element!.Kind == MemberMappingKind.String ? "SS" : c.Element.Kind == MemberMappingKind.Binary ? "BS" : "NS";
                default:
                    return "S";
            }
        }
    }
}
