// Shared by the generator and the analyzers: which members of an entity or nested type are mapped, and which
// constructor FromItem calls.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared
{
    /// <summary>One mapped member (a property or field) of an entity or nested type.</summary>
    internal sealed class MappedMember
    {
        internal MappedMember(ISymbol symbol, ITypeSymbol type, IParameterSymbol? constructorParameter, bool canAssign, bool isRequired, bool isComputed = false)
        {
            IsComputed = isComputed;
            Symbol = symbol;
            Type = type;
            ConstructorParameter = constructorParameter;
            CanAssign = canAssign;
            IsRequired = isRequired;
        }

        /// <summary>The property or field.</summary>
        public ISymbol Symbol { get; }

        public string Name => Symbol.Name;

        public ITypeSymbol Type { get; }

        /// <summary>The parameter of the chosen constructor that sets this member, if any.</summary>
        public IParameterSymbol? ConstructorParameter { get; }

        /// <summary>True when generated code can assign the member in an object initializer (set or init accessor).</summary>
        public bool CanAssign { get; }

        /// <summary>A C# 11 <c>required</c> member.</summary>
        public bool IsRequired { get; }

        /// <summary>
        /// A computed property (a getter with a body, no setter) stored on purpose with <c>[DynamoAttribute]</c> or
        /// <c>[Ttl]</c>: ToItem writes its value, FromItem does not read it back (the getter recomputes it).
        /// </summary>
        public bool IsComputed { get; }

        /// <summary>True when [DynamoConverter] is on the member (or its primary-constructor parameter).</summary>
        public bool HasConverter => MappedMemberSelector.FindAttribute(this, MappedMemberSelector.DynamoConverterAttribute) is not null;
    }

    /// <summary>
    /// Selects mapped members: public instance properties (not indexers) and fields with a public getter, declared on the
    /// type or inherited, that generated code can set (a public or internal set/init accessor, or a parameter of the
    /// chosen constructor), minus <c>[DynamoIgnore]</c>. Get-only computed properties are not mapped (they may still be
    /// used in key templates) unless <c>[DynamoAttribute]</c> or <c>[Ttl]</c> asks to store them: then they are written
    /// and never read back (<see cref="MappedMember.IsComputed"/>).
    /// </summary>
    internal static class MappedMemberSelector
    {
        public const string DynamoIgnoreAttribute = "Boto3Assist.DynamoDb.DynamoIgnoreAttribute";
        public const string DynamoConverterAttribute = "Boto3Assist.DynamoDb.DynamoConverterAttribute";
        public const string DynamoAttributeAttribute = "Boto3Assist.DynamoDb.DynamoAttributeAttribute";
        public const string TtlAttribute = "Boto3Assist.DynamoDb.TtlAttribute";

        /// <summary>The mapped members of <paramref name="type"/>, most-derived first, in declaration order.</summary>
        public static ImmutableArray<MappedMember> Select(INamedTypeSymbol type)
        {
            var constructor = FindConstructor(type);
            var builder = ImmutableArray.CreateBuilder<MappedMember>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var symbol in ReadableMembers(type))
            {
                if (!seen.Add(symbol.Name))
                {
                    continue;
                }

                var memberType = symbol is IPropertySymbol p ? p.Type : ((IFieldSymbol)symbol).Type;
                var parameter = constructor is null ? null : MatchingParameter(constructor, symbol.Name, memberType);
                bool canAssign;
                bool isRequired;
                if (symbol is IPropertySymbol property)
                {
                    canAssign = property.SetMethod is not null && MemberTypeClassifier.IsAccessibleFromGeneratedCode(property.SetMethod.DeclaredAccessibility);
                    isRequired = property.IsRequired;
                }
                else
                {
                    var field = (IFieldSymbol)symbol;
                    canAssign = !field.IsReadOnly;
                    isRequired = field.IsRequired;
                }

                var isComputed = !canAssign && parameter is null && IsStoredComputedProperty(symbol);
                if (!canAssign && parameter is null && !isComputed)
                {
                    continue;
                }

                var member = new MappedMember(symbol, memberType, parameter, canAssign, isRequired, isComputed);
                if (FindAttribute(member, DynamoIgnoreAttribute) is not null)
                {
                    continue;
                }

                builder.Add(member);
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// Readable members that hold state yet are not stored, because generated code cannot set them: a property whose
        /// setter is private or protected, a get-only auto-property, or a readonly field, none of them a parameter of the
        /// chosen constructor nor marked <c>[DynamoIgnore]</c>. Computed properties (<c>=&gt; ...</c>) hold no state of
        /// their own and are not listed.
        /// </summary>
        public static IEnumerable<ISymbol> UnstoredMembers(INamedTypeSymbol type)
        {
            var stored = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in Select(type))
            {
                stored.Add(member.Name);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var symbol in ReadableMembers(type))
            {
                if (!seen.Add(symbol.Name) || stored.Contains(symbol.Name) || FindAttribute(symbol, DynamoIgnoreAttribute) is not null)
                {
                    continue;
                }

                if (symbol is IFieldSymbol || (symbol is IPropertySymbol property && (property.SetMethod is not null || IsAutoProperty(property))))
                {
                    yield return symbol;
                }
            }
        }

        /// <summary>
        /// Public readable instance properties and fields of the type and its bases (most-derived first), used both for
        /// mapping and for resolving key template placeholders.
        /// </summary>
        public static IEnumerable<ISymbol> ReadableMembers(INamedTypeSymbol type)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member.IsStatic || member.IsImplicitlyDeclared && member is IFieldSymbol || member.DeclaredAccessibility != Accessibility.Public)
                    {
                        continue;
                    }

                    if (member is IPropertySymbol property)
                    {
                        if (property.IsIndexer || property.GetMethod is null || property.GetMethod.DeclaredAccessibility != Accessibility.Public
                            || property.Name == "EqualityContract")
                        {
                            continue;
                        }

                        yield return property;
                    }
                    else if (member is IFieldSymbol field && !field.IsConst && field.AssociatedSymbol is null)
                    {
                        yield return field;
                    }
                }
            }
        }

        /// <summary>A readable member usable in a key template placeholder, or null.</summary>
        public static ISymbol? FindPlaceholderMember(INamedTypeSymbol type, string name)
        {
            foreach (var member in ReadableMembers(type))
            {
                if (member.Name == name)
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>
        /// The constructor FromItem calls: the public (or internal) parameterless one; otherwise the single accessible
        /// constructor with the most parameters whose parameters all match members by name (case-insensitive) and type
        /// (e.g. a record's primary constructor). Null when there is none or the choice is ambiguous.
        /// </summary>
        public static IMethodSymbol? FindConstructor(INamedTypeSymbol type)
        {
            if (type.IsAbstract || type.IsStatic || type.TypeKind == TypeKind.Interface)
            {
                return null;
            }

            var candidates = type.InstanceConstructors
                .Where(c => MemberTypeClassifier.IsAccessibleFromGeneratedCode(c.DeclaredAccessibility) && !IsCopyConstructor(type, c))
                .ToList();
            var parameterless = candidates.FirstOrDefault(c => c.Parameters.Length == 0);
            if (parameterless is not null)
            {
                return parameterless;
            }

            IMethodSymbol? best = null;
            var ambiguous = false;
            foreach (var candidate in candidates)
            {
                if (!candidate.Parameters.All(p => MatchingMember(type, p) is not null))
                {
                    continue;
                }

                if (best is null || candidate.Parameters.Length > best.Parameters.Length)
                {
                    best = candidate;
                    ambiguous = false;
                }
                else if (candidate.Parameters.Length == best.Parameters.Length)
                {
                    ambiguous = true;
                }
            }

            return ambiguous ? null : best;
        }

        /// <summary>
        /// The attribute of <paramref name="attributeFullName"/> on the member, or, for a record's primary-constructor
        /// property, on its parameter (where <c>[Attr]</c> without <c>property:</c> lands).
        /// </summary>
        public static AttributeData? FindAttribute(MappedMember member, string attributeFullName)
        {
            var onMember = FindAttribute(member.Symbol, attributeFullName);
            if (onMember is not null)
            {
                return onMember;
            }

            return member.ConstructorParameter is null ? null : FindAttribute(member.ConstructorParameter, attributeFullName);
        }

        public static AttributeData? FindAttribute(ISymbol symbol, string attributeFullName)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } cls && MemberTypeClassifier.FullName(cls) == attributeFullName)
                {
                    return attribute;
                }
            }

            return null;
        }

        // An auto-property has a compiler-made backing field (visible for source and same-assembly symbols only, which is
        // where a user can act on the diagnostic anyway).
        /// <summary>A property with a getter body and no setter, marked to be stored (<c>[DynamoAttribute]</c> or <c>[Ttl]</c>).</summary>
        public static bool IsStoredComputedProperty(ISymbol symbol) =>
            symbol is IPropertySymbol { SetMethod: null } property
            && !IsAutoProperty(property)
            && (FindAttribute(property, DynamoAttributeAttribute) is not null || FindAttribute(property, TtlAttribute) is not null);

        private static bool IsAutoProperty(IPropertySymbol property)
        {
            foreach (var member in property.ContainingType.GetMembers())
            {
                if (member is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsCopyConstructor(INamedTypeSymbol type, IMethodSymbol constructor) =>
            constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type.WithNullableAnnotation(NullableAnnotation.None), type.WithNullableAnnotation(NullableAnnotation.None));

        private static ISymbol? MatchingMember(INamedTypeSymbol type, IParameterSymbol parameter)
        {
            foreach (var member in ReadableMembers(type))
            {
                var memberType = member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type;
                if (string.Equals(member.Name, parameter.Name, StringComparison.OrdinalIgnoreCase) && SameType(memberType, parameter.Type))
                {
                    return member;
                }
            }

            return null;
        }

        private static IParameterSymbol? MatchingParameter(IMethodSymbol constructor, string memberName, ITypeSymbol memberType)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (string.Equals(parameter.Name, memberName, StringComparison.OrdinalIgnoreCase) && SameType(memberType, parameter.Type))
                {
                    return parameter;
                }
            }

            return null;
        }

        private static bool SameType(ITypeSymbol a, ITypeSymbol b) =>
            SymbolEqualityComparer.Default.Equals(a, b);
    }
}
