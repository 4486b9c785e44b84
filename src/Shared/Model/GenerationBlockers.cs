// Every reason the generator cannot emit an entity, decided once from the shared model. The generator emits nothing for
// an entity with a blocker and treats anything else it cannot handle as its own bug (an internal-error diagnostic); the
// analyzers report each blocker. So an entity is never skipped in silence.
using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>Finds the <see cref="GenerationBlocker"/>s of an <see cref="EntityModel"/>.</summary>
    internal static class GenerationBlockers
    {
        // The rules that describe a blocker precisely; anything else is B3A0014 "no code is generated".
        internal const string NotGenerated = "B3A0014";
        private const string NotPartial = "B3A0001";
        private const string MissingPartitionKey = "B3A0002";
        private const string DuplicateKey = "B3A0003";
        private const string InvalidName = "B3A0004";
        private const string DuplicateAttributeName = "B3A0005";
        private const string UnsupportedMemberType = "B3A0007";
        private const string InvalidKeyTemplate = "B3A0009";
        private const string InvalidConverter = "B3A0010";
        private const string InvalidAttributeName = "B3A0012";
        private const string KeyTypeNotScalar = "B3A1001";
        private const string UnknownPlaceholder = "B3A1006";
        private const string FormatOnUnformattableMember = "B3A1013";
        private const string TtlMemberType = "B3A3001";
        private const string MultipleTtlMembers = "B3A3003";
        private const string VersionMemberType = "B3A3004";
        private const string MultipleVersionMembers = "B3A3005";

        /// <summary>The blockers, in a stable order; empty when code can be generated.</summary>
        public static IReadOnlyList<GenerationBlocker> Find(EntityModel entity, CancellationToken cancellationToken)
        {
            var found = new List<GenerationBlocker>();
            void Add(string rule, string reason, ISymbol? symbol = null) => found.Add(new GenerationBlocker(rule, reason, symbol ?? entity.Type));

            if (EntityEligibility.Check(entity.Type) is { } ineligible)
            {
                Add(ineligible.IsMissingPartial ? NotPartial : NotGenerated, ineligible.Reason);
                return found;
            }

            if (string.IsNullOrEmpty(entity.TableName))
            {
                Add(InvalidName, "it has no table name");
            }

            if (entity.DiscriminatorAttribute is { Length: 0 })
            {
                Add(InvalidAttributeName, "its discriminator attribute name is empty");
            }

            CheckConstants(entity, Add);
            SchemaVersionChecks.Problems(entity).ForEach(problem => Add(SchemaVersionChecks.InvalidRule, problem.Reason, problem.Symbol));
            if (UndefinedConvention(entity.Conventions) is { } undefined)
            {
                Add(NotGenerated, "its [DynamoConventions] " + undefined + " is not a defined value");
            }

            CheckKeys(entity, Add);
            CheckMembers(entity, Add, cancellationToken);
            foreach (var collection in ItemCollectionModel.Read(entity))
            {
                collection.Problems.ForEach(problem => Add(NotGenerated, problem));
            }

            return found;
        }

        /// <summary>The first setting of <paramref name="conventions"/> that holds no defined member of its enum, or null.</summary>
        private static string? UndefinedConvention(Boto3Assist.Shared.Declarations.DynamoConventionsAttribute conventions)
        {
            if (!Enum.IsDefined(typeof(Boto3Assist.Shared.Declarations.DynamoConventionPreset), conventions.Preset))
            {
                return "preset";
            }

            if (!Enum.IsDefined(typeof(Boto3Assist.Shared.Declarations.DynamoDateTimeFormat), conventions.DateTimeFormat))
            {
                return "DateTimeFormat";
            }

            if (!Enum.IsDefined(typeof(Boto3Assist.Shared.Declarations.DynamoEnumFormat), conventions.EnumFormat))
            {
                return "EnumFormat";
            }

            if (!Enum.IsDefined(typeof(Boto3Assist.Shared.Declarations.DynamoEnumCasing), conventions.EnumCasing))
            {
                return "EnumCasing";
            }

            if (!Enum.IsDefined(typeof(Boto3Assist.Shared.Declarations.DynamoBooleanFormat), conventions.BooleanFormat))
            {
                return "BooleanFormat";
            }

            return Enum.IsDefined(typeof(Boto3Assist.Shared.Declarations.DynamoBinaryFormat), conventions.BinaryFormat) ? null : "BinaryFormat";
        }

        /// <summary>[DynamoConstant]s: a name and a value each, and a name no other attribute of the item has (B3A0014).</summary>
        private static void CheckConstants(EntityModel entity, Action<string, string, ISymbol?> add)
        {
            if (entity.Constants.Count == 0)
            {
                return;
            }

            var taken = new HashSet<string>(StoredAttributeNames(entity), StringComparer.Ordinal);
            foreach (var constant in entity.Constants)
            {
                if (string.IsNullOrEmpty(constant.Name))
                {
                    add(NotGenerated, "a [DynamoConstant] has an empty attribute name", null);
                }
                else if (constant.Value is null)
                {
                    add(NotGenerated, "the [DynamoConstant] '" + constant.Name + "' has no string value", null);
                }
                else if (!taken.Add(constant.Name))
                {
                    add(NotGenerated, "the [DynamoConstant] '" + constant.Name + "' would be stored under the name of another attribute of the item", null);
                }
            }
        }

        private static void CheckKeys(EntityModel entity, Action<string, string, ISymbol?> add)
        {
            int partitions = 0, sorts = 0;
            var indexes = new HashSet<string>(StringComparer.Ordinal);
            var indexAttributes = new HashSet<AttributeData>();
            foreach (var key in entity.Keys)
            {
                partitions += key.Role == KeyRole.TablePartition ? 1 : 0;
                sorts += key.Role == KeyRole.TableSort ? 1 : 0;
                if (key.IndexName is not null && indexAttributes.Add(key.Attribute))
                {
                    if (key.IndexName.Length == 0)
                    {
                        add(InvalidName, "an index has no name", null);
                    }
                    else if (!indexes.Add(key.IndexName))
                    {
                        add(NotGenerated, "index '" + key.IndexName + "' is declared twice", null);
                    }
                }

                if (key.AttributeName.Length == 0)
                {
                    add(InvalidAttributeName, "the " + key.Description + " has an empty attribute name", null);
                }

                if (key.Member is { } member)
                {
                    CheckMemberKey(key, member, add);
                }
                else if (key.Template is not { IsValid: true } template)
                {
                    add(InvalidKeyTemplate, "the " + key.Description + " template is missing or invalid", null);
                }
                else
                {
                    foreach (var placeholder in template.Placeholders)
                    {
                        var named = entity.FindMember(placeholder.Text);
                        if (named is null)
                        {
                            add(UnknownPlaceholder, "the " + key.Description + " names no member '" + placeholder.Text + "'", null);
                        }
                        else if (!named.IsKeyPlaceholderType)
                        {
                            add(KeyTypeNotScalar, "member '" + named.Name + "' of the " + key.Description + " cannot be written into a key", named.Symbol);
                        }
                        else if (named.Kind == ValueKind.String && !KeyTextFormat.TryParse(placeholder.Format, out _))
                        {
                            add(FormatOnUnformattableMember, "string member '" + named.Name + "' of the " + key.Description + " has the format '" + placeholder.Format + "' (lower, upper and raw are the string formats)", named.Symbol);
                        }
                    }
                }
            }

            if (partitions == 0)
            {
                add(MissingPartitionKey, "it has no partition key", null);
            }
            else if (partitions > 1 || sorts > 1)
            {
                add(DuplicateKey, "it declares more than one partition key or sort key", null);
            }
        }

        private static void CheckMemberKey(KeyModel key, MemberModel member, Action<string, string, ISymbol?> add)
        {
            if (member.Converter is not null)
            {
                add(NotGenerated, "member '" + member.Name + "' is the " + key.Description + " and has a [DynamoConverter]: a key is written by the key builders, which do not run converters; remove the converter or make the key a template over another member", member.Symbol);
            }
            else if (member.Ttl is not null)
            {
                add(NotGenerated, "member '" + member.Name + "' is both the " + key.Description + " and the [Ttl] member", member.Symbol);
            }
            else if (member.KeyScalarType is null)
            {
                add(KeyTypeNotScalar, "member '" + member.Name + "' is the " + key.Description + " but is not a string, number or binary type", member.Symbol);
            }
        }

        private static void CheckMembers(EntityModel entity, Action<string, string, ISymbol?> add, CancellationToken cancellationToken)
        {
            int ttls = 0, versions = 0;
            var attributeNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in entity.Members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!member.IsMapped)
                {
                    continue;
                }

                ttls += member.Ttl is null ? 0 : 1;
                versions += member.Version is null ? 0 : 1;
                if (member.Ttl is not null && !MemberTypeClassifier.IsTtlType(member.Type))
                {
                    add(TtlMemberType, "[Ttl] member '" + member.Name + "' is not a date or an integer", member.Symbol);
                }

                if (member.Version is not null && !MemberTypeClassifier.IsVersionType(member.Type))
                {
                    add(VersionMemberType, "[DynamoVersion] member '" + member.Name + "' is not an integer", member.Symbol);
                }

                // A member key is stored under the key's attribute name, checked with the keys.
                var isMemberKey = member.PartitionKey is not null || member.SortKey is not null;
                if (!isMemberKey && member.AttributeName.Length == 0)
                {
                    add(InvalidAttributeName, "member '" + member.Name + "' has an empty attribute name", member.Symbol);
                }

                CheckValue(member, member.Name, add, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), entity.NamingPolicy);
            }

            if (ttls > 1)
            {
                add(MultipleTtlMembers, "it has more than one [Ttl] member", null);
            }

            if (versions > 1)
            {
                add(MultipleVersionMembers, "it has more than one [DynamoVersion] member", null);
            }

            foreach (var name in StoredAttributeNames(entity))
            {
                if (name.Length > 0 && !attributeNames.Add(name))
                {
                    add(DuplicateAttributeName, "two values would be stored under attribute '" + name + "'", null);
                }
            }
        }

        /// <summary>A member's converter or type, and the members of the nested types it stores, recursively.</summary>
        private static void CheckValue(MemberModel member, string path, Action<string, string, ISymbol?> add, HashSet<ITypeSymbol> visiting, Boto3Assist.Shared.Declarations.DynamoNamingPolicy namingPolicy)
        {
            if (member.Converter is not null)
            {
                var converter = member.Converter.ConstructorArguments.Length > 0 ? member.Converter.ConstructorArguments[0].Value as ITypeSymbol : null;
                if (!MemberTypeClassifier.IsConverterFor(converter, member.Type, out var reason))
                {
                    add(path.IndexOf('.') < 0 ? InvalidConverter : NotGenerated, "the converter of '" + path + "' is invalid: " + reason, member.Symbol);
                }
                else if (member.Ttl is not null)
                {
                    add(NotGenerated, "[Ttl] member '" + path + "' has a [DynamoConverter]; TTL is always stored as epoch seconds", member.Symbol);
                }

                return;
            }

            if (path.IndexOf('.') < 0 && MemberTypeClassifier.FindUnsupportedReason(member.Type) is { } unsupported)
            {
                add(UnsupportedMemberType, "member '" + path + "' cannot be stored: " + unsupported, member.Symbol);
                return;
            }

            foreach (var nested in NestedObjectTypes(MemberTypeClassifier.Classify(member.Type)))
            {
                if (!visiting.Add(nested.WithNullableAnnotation(NullableAnnotation.None)))
                {
                    continue;
                }

                var mapped = MappedMemberSelector.Select(nested);
                foreach (var nestedMember in mapped)
                {
                    var model = MemberModel.Read(nestedMember.Symbol, nestedMember.ConstructorParameter, isMapped: true, namingPolicy);
                    var nestedPath = path + "." + nestedMember.Name;
                    if (model.AttributeName.Length == 0)
                    {
                        add(NotGenerated, "member '" + nestedPath + "' has an empty attribute name", nestedMember.Symbol);
                    }

                    CheckValue(model, nestedPath, add, visiting, namingPolicy);
                }
            }
        }

        /// <summary>The object types a value stores directly or as list elements and map values.</summary>
        private static IEnumerable<INamedTypeSymbol> NestedObjectTypes(MemberTypeClassification classification)
        {
            for (var c = classification; c is not null; c = c.Element)
            {
                if (c.Kind == MemberMappingKind.Object && c.ValueType is INamedTypeSymbol named)
                {
                    yield return named;
                }
            }
        }

        /// <summary>Every attribute name an item of the entity holds: members (key members under their key name), keys, discriminator.</summary>
        internal static IEnumerable<string> StoredAttributeNames(EntityModel entity)
        {
            foreach (var member in entity.Members)
            {
                if (member.IsMapped && member.PartitionKey is null && member.SortKey is null)
                {
                    yield return member.AttributeName;
                }
            }

            // The table keys once each (a second declaration is a blocker of its own), every index key.
            var tableRoles = new HashSet<KeyRole>();
            foreach (var key in entity.Keys)
            {
                if (!key.IsTableKey || tableRoles.Add(key.Role))
                {
                    yield return key.AttributeName;
                }
            }

            if (entity.DiscriminatorAttribute is { Length: > 0 } discriminator)
            {
                yield return discriminator;
            }
        }
    }
}
