// The one reading of a polymorphic base: a class with [DynamoDerivedType(typeof(Dog))] attributes whose derived
// [DynamoTable] entities are read and written through it. The generator emits the base's dispatching members from it
// and rule B3A0016 reports its blockers, so the two agree on what a hierarchy means.
using System.Collections.Generic;
using System.Threading;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>One <c>[DynamoDerivedType]</c> of a base: the derived type and its entity model (null when it is not an entity).</summary>
    internal sealed class DerivedTypeModel
    {
        public DerivedTypeModel(INamedTypeSymbol type, EntityModel? entity, bool isDefault, AttributeData attribute)
        {
            Type = type;
            Entity = entity;
            IsDefault = isDefault;
            Attribute = attribute;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>The derived type's entity model; null when it has no <c>[DynamoTable]</c>.</summary>
        public EntityModel? Entity { get; }

        /// <summary>Items with no discriminator are read as this type.</summary>
        public bool IsDefault { get; }

        public AttributeData Attribute { get; }

        /// <summary>How many base types lie between this type and <c>object</c> (the generated type switch tests the deepest first).</summary>
        public int Depth
        {
            get
            {
                var depth = 0;
                for (var current = Type.BaseType; current is not null; current = current.BaseType)
                {
                    depth++;
                }

                return depth;
            }
        }
    }

    /// <summary>A class with <c>[DynamoDerivedType]</c>s, its derived entities, and why no code can be generated for it.</summary>
    internal sealed class PolymorphicBaseModel
    {
        public const string DerivedTypeAttribute = DeclaredAttributes.Namespace + ".DynamoDerivedTypeAttribute";

        /// <summary>The rule that reports a bad hierarchy.</summary>
        public const string RuleId = "B3A0016";

        private PolymorphicBaseModel(INamedTypeSymbol type)
        {
            Type = type;
        }

        public INamedTypeSymbol Type { get; }

        public string Name => Type.Name;

        /// <summary>The derived types, in declaration order.</summary>
        public List<DerivedTypeModel> Derived { get; } = new List<DerivedTypeModel>();

        /// <summary>Why no code can be generated for the base; empty when it can. Each is reported as B3A0016.</summary>
        public List<GenerationBlocker> Blockers { get; } = new List<GenerationBlocker>();

        /// <summary>The discriminator attribute the derived entities share (valid when there are no blockers).</summary>
        public string? DiscriminatorAttribute => Derived.Count > 0 ? Derived[0].Entity?.DiscriminatorAttribute : null;

        /// <summary>True when <paramref name="type"/> carries <c>[DynamoDerivedType]</c>: its generated members hide nothing of ours, derived entities hide its.</summary>
        public static bool IsPolymorphicBase(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (DeclaredAttributes.Is(attribute, DerivedTypeAttribute))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="type"/> is a base the generator emits members for (no blockers): the entities
        /// deriving from it then declare theirs <c>new</c>. A blocked base gets nothing, so they must not.
        /// </summary>
        public static bool IsGeneratedBase(INamedTypeSymbol type)
            => IsPolymorphicBase(type) && TryRead(type, CancellationToken.None) is { Blockers.Count: 0 };

        /// <summary>The model of a base, or null when <paramref name="type"/> has no <c>[DynamoDerivedType]</c>.</summary>
        public static PolymorphicBaseModel? TryRead(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var model = new PolymorphicBaseModel(type);
            foreach (var attribute in type.GetAttributes())
            {
                if (!DeclaredAttributes.Is(attribute, DerivedTypeAttribute))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var isDefault = false;
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "IsDefault" && named.Value.Value is bool value)
                    {
                        isDefault = value;
                    }
                }

                if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol derived)
                {
                    model.Add("a [DynamoDerivedType] does not name a type", type);
                    continue;
                }

                model.Derived.Add(new DerivedTypeModel(derived, EntityModel.TryRead(derived, cancellationToken), isDefault, attribute));
            }

            if (model.Derived.Count == 0 && model.Blockers.Count == 0)
            {
                return null;
            }

            model.FindBlockers();
            return model;
        }

        private void Add(string reason, ISymbol symbol) => Blockers.Add(new GenerationBlocker(RuleId, reason, symbol));

        private void FindBlockers()
        {
            if (Type.TypeKind != TypeKind.Class || Type.IsSealed || Type.IsStatic)
            {
                Add("it is not a class that can be derived from", Type);
                return;
            }

            if (Type.IsGenericType)
            {
                Add("it is generic", Type);
            }

            if (!EntityEligibility.IsPartial(Type))
            {
                Add("it is not partial", Type);
            }

            if (MappedMemberSelector.FindAttribute(Type, DeclaredAttributes.DynamoTable) is not null)
            {
                Add("it has [DynamoTable] itself; a polymorphic base declares no table: its derived types do", Type);
            }

            var seenTypes = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var seenDiscriminators = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var defaults = 0;
            EntityModel? first = null;
            foreach (var derived in Derived)
            {
                var name = derived.Type.Name;
                if (!seenTypes.Add(derived.Type))
                {
                    Add("'" + name + "' is declared twice with [DynamoDerivedType]", derived.Type);
                    continue;
                }

                if (!DerivesFrom(derived.Type, Type))
                {
                    Add("'" + name + "' does not derive from '" + Type.Name + "'", derived.Type);
                    continue;
                }

                if (derived.Entity is not { } entity)
                {
                    Add("'" + name + "' is not a [DynamoTable] entity", derived.Type);
                    continue;
                }

                if (entity.Blockers.Count > 0)
                {
                    Add("no code is generated for its derived entity '" + name + "' (see its own errors)", derived.Type);
                    continue;
                }

                foreach (var generated in EntityEligibility.YieldingMemberNames)
                {
                    if (EntityEligibility.GeneratedName(derived.Type, generated) != generated)
                    {
                        Add("its derived entity '" + name + "' has a member named " + generated + ", which the base's generated " + generated + " would hide", derived.Type);
                    }
                }

                if (entity.DiscriminatorAttribute is null)
                {
                    Add("'" + name + "' writes no discriminator (WriteEntityType = false), so its items cannot be told apart", derived.Type);
                    continue;
                }

                if (seenDiscriminators.TryGetValue(entity.EntityType, out var other))
                {
                    Add("'" + name + "' and '" + other + "' both store the discriminator value '" + entity.EntityType + "'", derived.Type);
                }
                else
                {
                    seenDiscriminators[entity.EntityType] = name;
                }

                if (derived.IsDefault && ++defaults == 2)
                {
                    Add("more than one derived type is IsDefault", derived.Type);
                }

                if (first is null)
                {
                    first = entity;
                    continue;
                }

                var difference = LayoutDifference(first, entity);
                if (difference is not null)
                {
                    Add("'" + name + "' " + difference + " than '" + first.Name + "'; types read through one base share one table layout", derived.Type);
                }
            }
        }

        /// <summary>How <paramref name="entity"/>'s table layout differs from <paramref name="first"/>'s, or null when it does not.</summary>
        private static string? LayoutDifference(EntityModel first, EntityModel entity)
        {
            if (!string.Equals(first.TableName, entity.TableName, System.StringComparison.Ordinal))
            {
                return "is stored in table '" + entity.TableName + "', another table";
            }

            if (!string.Equals(first.TablePartitionKey?.AttributeName, entity.TablePartitionKey?.AttributeName, System.StringComparison.Ordinal))
            {
                return "has partition key attribute '" + entity.TablePartitionKey?.AttributeName + "', another one";
            }

            if (!string.Equals(first.TableSortKey?.AttributeName, entity.TableSortKey?.AttributeName, System.StringComparison.Ordinal))
            {
                return "has sort key attribute '" + (entity.TableSortKey?.AttributeName ?? "(none)") + "', another one";
            }

            if (!string.Equals(first.DiscriminatorAttribute, entity.DiscriminatorAttribute, System.StringComparison.Ordinal))
            {
                return "stores its discriminator in '" + entity.DiscriminatorAttribute + "', another attribute";
            }

            return null;
        }

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
