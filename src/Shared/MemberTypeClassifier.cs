// Shared by the generator and the analyzers (linked into both): the one place that decides whether a member type maps,
// how, and if not, why. The generator skips an entity with an unsupported member; the analyzers report the same reason.
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared
{
    /// <summary>
    /// Classifies member types for DynamoDB mapping. Pure function of the symbol; never throws.
    /// </summary>
    internal static class MemberTypeClassifier
    {
        public const string DynamoConverterInterface = "Boto3Assist.DynamoDb.IDynamoConverter`1";

        /// <summary>Classifies <paramref name="type"/> (a member, element or map value type).</summary>
        public static MemberTypeClassification Classify(ITypeSymbol type) => Classify(type, asElement: false);

        /// <summary>
        /// The first reason, found depth-first through nested objects, lists and maps, why <paramref name="type"/> cannot be
        /// mapped completely, prefixed with the member path (<c>Lines[].Sku: ...</c>); null when everything maps.
        /// Guards against cycles (a type that contains itself maps fine).
        /// </summary>
        public static string? FindUnsupportedReason(ITypeSymbol type) =>
            FindUnsupportedReason(Classify(type), string.Empty, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

        /// <summary>True for the TTL member types: DateTimeOffset, DateTime or an integer type, nullable or not.</summary>
        public static bool IsTtlType(ITypeSymbol type)
        {
            var c = Classify(type);
            return c.Kind == MemberMappingKind.DateTimeOffset
                || c.Kind == MemberMappingKind.DateTime
                || (c.Kind == MemberMappingKind.Number && IsIntegral(c.Number));
        }

        /// <summary>True for the optimistic-locking version member types: an integer type, nullable or not.</summary>
        public static bool IsVersionType(ITypeSymbol type)
        {
            var c = Classify(type);
            return c.Kind == MemberMappingKind.Number && IsIntegral(c.Number);
        }

        public static bool IsIntegral(NumberType number) =>
            number != NumberType.None && number != NumberType.Single && number != NumberType.Double && number != NumberType.Decimal;

        /// <summary>
        /// Whether <paramref name="converterType"/> can convert members of <paramref name="memberType"/>: a concrete,
        /// non-generic type with a public parameterless constructor implementing <c>IDynamoConverter&lt;T&gt;</c> where
        /// T is the member type (nullable annotations ignored) or, for <c>Nullable&lt;T&gt;</c>, its T.
        /// </summary>
        public static bool IsConverterFor(ITypeSymbol? converterType, ITypeSymbol memberType, out string? reason)
        {
            reason = null;
            if (converterType is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error)
            {
                reason = "the converter type cannot be resolved";
                return false;
            }

            if (named.IsAbstract || named.TypeKind == TypeKind.Interface || named.IsUnboundGenericType || named.TypeParameters.Length > 0)
            {
                reason = $"converter '{named.Name}' must be a concrete, non-generic type";
                return false;
            }

            if (named.TypeKind != TypeKind.Struct
                && !named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && IsAccessibleFromGeneratedCode(c.DeclaredAccessibility)))
            {
                reason = $"converter '{named.Name}' needs a public parameterless constructor";
                return false;
            }

            var target = ConverterTarget(memberType);
            foreach (var i in named.AllInterfaces)
            {
                if (FullName(i.OriginalDefinition) == DynamoConverterInterface
                    && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.None), target))
                {
                    return true;
                }
            }

            reason = $"converter '{named.Name}' does not implement IDynamoConverter<{target.ToDisplayString()}>";
            return false;
        }

        /// <summary>The T a converter for <paramref name="memberType"/> must implement IDynamoConverter&lt;T&gt; for.</summary>
        public static ITypeSymbol ConverterTarget(ITypeSymbol memberType)
        {
            if (memberType is INamedTypeSymbol n && n.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return n.TypeArguments[0].WithNullableAnnotation(NullableAnnotation.None);
            }

            return memberType.WithNullableAnnotation(NullableAnnotation.None);
        }

        /// <summary>The metadata name with its namespace, e.g. <c>System.Collections.Generic.List`1</c>.</summary>
        public static string FullName(ITypeSymbol type)
        {
            var ns = type.ContainingNamespace;
            var prefix = ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString() + ".";
            var containing = type.ContainingType is null ? string.Empty : FullName(type.ContainingType).Substring(prefix.Length) + "+";
            return prefix + containing + type.MetadataName;
        }

        internal static bool IsAccessibleFromGeneratedCode(Accessibility accessibility) =>
            accessibility == Accessibility.Public || accessibility == Accessibility.Internal || accessibility == Accessibility.ProtectedOrInternal;

        private static MemberTypeClassification Classify(ITypeSymbol type, bool asElement)
        {
            var isNullableValueType = false;
            var valueType = type;
            if (type is INamedTypeSymbol nt && nt.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && nt.TypeArguments.Length == 1)
            {
                isNullableValueType = true;
                valueType = nt.TypeArguments[0];
            }

            var isNullable = isNullableValueType || (type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated);

            MemberTypeClassification Make(MemberMappingKind kind, NumberType number = NumberType.None, BinaryType binary = BinaryType.None, CollectionShape shape = CollectionShape.None, MemberTypeClassification? element = null) =>
                new MemberTypeClassification(kind, type, valueType, isNullable, isNullableValueType, number, binary, shape, element, null);

            MemberTypeClassification Unsupported(string reason) =>
                new MemberTypeClassification(MemberMappingKind.Unsupported, type, valueType, isNullable, isNullableValueType, NumberType.None, BinaryType.None, CollectionShape.None, null, reason);

            var display = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            switch (valueType.TypeKind)
            {
                case TypeKind.Error:
                    return Unsupported($"type '{display}' cannot be resolved");
                case TypeKind.TypeParameter:
                    return Unsupported($"type parameter '{display}' cannot be mapped (generic members are not supported)");
                case TypeKind.Dynamic:
                case TypeKind.Pointer:
                case TypeKind.FunctionPointer:
                case TypeKind.Delegate:
                case TypeKind.Interface when !(valueType is INamedTypeSymbol { IsGenericType: true }):
                    return Unsupported($"type '{display}' cannot be stored in DynamoDB");
            }

            switch (valueType.SpecialType)
            {
                case SpecialType.System_String: return Make(MemberMappingKind.String);
                case SpecialType.System_Boolean: return Make(MemberMappingKind.Boolean);
                case SpecialType.System_Byte: return Make(MemberMappingKind.Number, NumberType.Byte);
                case SpecialType.System_SByte: return Make(MemberMappingKind.Number, NumberType.SByte);
                case SpecialType.System_Int16: return Make(MemberMappingKind.Number, NumberType.Int16);
                case SpecialType.System_UInt16: return Make(MemberMappingKind.Number, NumberType.UInt16);
                case SpecialType.System_Int32: return Make(MemberMappingKind.Number, NumberType.Int32);
                case SpecialType.System_UInt32: return Make(MemberMappingKind.Number, NumberType.UInt32);
                case SpecialType.System_Int64: return Make(MemberMappingKind.Number, NumberType.Int64);
                case SpecialType.System_UInt64: return Make(MemberMappingKind.Number, NumberType.UInt64);
                case SpecialType.System_Single: return Make(MemberMappingKind.Number, NumberType.Single);
                case SpecialType.System_Double: return Make(MemberMappingKind.Number, NumberType.Double);
                case SpecialType.System_Decimal: return Make(MemberMappingKind.Number, NumberType.Decimal);
                case SpecialType.System_DateTime: return Make(MemberMappingKind.DateTime);
                case SpecialType.System_Object: return Unsupported("type 'object' cannot be mapped (its shape is unknown at compile time)");
                case SpecialType.System_Char: return Unsupported("type 'char' is not supported (use string)");
                case SpecialType.System_IntPtr:
                case SpecialType.System_UIntPtr:
                    return Unsupported($"type '{display}' is not supported (use int or long)");
            }

            if (valueType is IArrayTypeSymbol array)
            {
                if (array.Rank != 1)
                {
                    return Unsupported($"multi-dimensional array '{display}' is not supported (use an array of arrays or a list)");
                }

                if (array.ElementType.SpecialType == SpecialType.System_Byte)
                {
                    return Make(MemberMappingKind.Binary, binary: BinaryType.ByteArray);
                }

                return ClassifyList(array.ElementType, CollectionShape.Array, Make, Unsupported, display);
            }

            if (valueType.TypeKind == TypeKind.Enum)
            {
                var underlying = (valueType as INamedTypeSymbol)?.EnumUnderlyingType;
                var number = underlying is null ? NumberType.Int32 : Classify(underlying).Number;
                return Make(MemberMappingKind.Enum, number);
            }

            if (valueType is not INamedTypeSymbol named)
            {
                return Unsupported($"type '{display}' cannot be stored in DynamoDB");
            }

            var fullName = FullName(named.OriginalDefinition);
            switch (fullName)
            {
                case "System.Guid": return Make(MemberMappingKind.Guid);
                case "System.DateTimeOffset": return Make(MemberMappingKind.DateTimeOffset);
                case "System.DateOnly": return Make(MemberMappingKind.DateOnly);
                case "System.TimeOnly": return Make(MemberMappingKind.TimeOnly);
                case "System.TimeSpan": return Make(MemberMappingKind.TimeSpan);
                case "System.ReadOnlyMemory`1":
                    return named.TypeArguments[0].SpecialType == SpecialType.System_Byte
                        ? Make(MemberMappingKind.Binary, binary: BinaryType.ReadOnlyMemory)
                        : Unsupported($"type '{display}' is not supported (only ReadOnlyMemory<byte>)");
                case "System.Collections.Generic.List`1": return ClassifyList(named.TypeArguments[0], CollectionShape.List, Make, Unsupported, display);
                case "System.Collections.Generic.IList`1": return ClassifyList(named.TypeArguments[0], CollectionShape.IList, Make, Unsupported, display);
                case "System.Collections.Generic.ICollection`1": return ClassifyList(named.TypeArguments[0], CollectionShape.ICollection, Make, Unsupported, display);
                case "System.Collections.Generic.IEnumerable`1": return ClassifyList(named.TypeArguments[0], CollectionShape.IEnumerable, Make, Unsupported, display);
                case "System.Collections.Generic.IReadOnlyList`1": return ClassifyList(named.TypeArguments[0], CollectionShape.IReadOnlyList, Make, Unsupported, display);
                case "System.Collections.Generic.IReadOnlyCollection`1": return ClassifyList(named.TypeArguments[0], CollectionShape.IReadOnlyCollection, Make, Unsupported, display);
                case "System.Collections.Generic.HashSet`1": return ClassifySet(named.TypeArguments[0], CollectionShape.HashSet, asElement, Make, Unsupported, display);
                case "System.Collections.Generic.ISet`1": return ClassifySet(named.TypeArguments[0], CollectionShape.ISet, asElement, Make, Unsupported, display);
                case "System.Collections.Generic.IReadOnlySet`1": return ClassifySet(named.TypeArguments[0], CollectionShape.IReadOnlySet, asElement, Make, Unsupported, display);
                case "System.Collections.Generic.Dictionary`2": return ClassifyMap(named, CollectionShape.Dictionary, Make, Unsupported, display);
                case "System.Collections.Generic.IDictionary`2": return ClassifyMap(named, CollectionShape.IDictionary, Make, Unsupported, display);
                case "System.Collections.Generic.IReadOnlyDictionary`2": return ClassifyMap(named, CollectionShape.IReadOnlyDictionary, Make, Unsupported, display);
            }

            if (named.TypeKind == TypeKind.Interface)
            {
                return Unsupported($"interface '{display}' cannot be mapped (declare a concrete type, List<T>, HashSet<T> or Dictionary<string, T>)");
            }

            var ns = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal) || ns == "Microsoft" || ns.StartsWith("Microsoft.", System.StringComparison.Ordinal))
            {
                return Unsupported($"type '{display}' is not supported (use a converter: [DynamoConverter(typeof(...))])");
            }

            return ClassifyObject(named, Make, Unsupported, display);
        }

        private delegate MemberTypeClassification MakeClassification(MemberMappingKind kind, NumberType number = NumberType.None, BinaryType binary = BinaryType.None, CollectionShape shape = CollectionShape.None, MemberTypeClassification? element = null);

        private delegate MemberTypeClassification MakeUnsupported(string reason);

        private static MemberTypeClassification ClassifyList(ITypeSymbol elementType, CollectionShape shape, MakeClassification make, MakeUnsupported unsupported, string display)
        {
            var element = Classify(elementType, asElement: true);
            if (!element.IsSupported)
            {
                return unsupported($"'{display}': element {element.UnsupportedReason}");
            }

            return make(MemberMappingKind.List, shape: shape, element: element);
        }

        private static MemberTypeClassification ClassifySet(ITypeSymbol elementType, CollectionShape shape, bool asElement, MakeClassification make, MakeUnsupported unsupported, string display)
        {
            if (asElement)
            {
                return unsupported($"set '{display}' inside a list or map is not supported (DynamoDB cannot store an empty set; use a list)");
            }

            var element = Classify(elementType, asElement: true);
            var ok = (element.Kind == MemberMappingKind.String && !element.IsNullableValueType)
                || (element.Kind == MemberMappingKind.Number && !element.IsNullableValueType)
                || (element.Kind == MemberMappingKind.Binary && element.Binary == BinaryType.ByteArray);
            if (!ok)
            {
                return unsupported($"set '{display}' is not supported (sets hold strings, numbers or byte arrays only; use a list)");
            }

            return make(MemberMappingKind.Set, shape: shape, element: element);
        }

        private static MemberTypeClassification ClassifyMap(INamedTypeSymbol named, CollectionShape shape, MakeClassification make, MakeUnsupported unsupported, string display)
        {
            if (named.TypeArguments[0].SpecialType != SpecialType.System_String)
            {
                return unsupported($"dictionary '{display}' is not supported (map keys must be strings)");
            }

            var value = Classify(named.TypeArguments[1], asElement: true);
            if (!value.IsSupported)
            {
                return unsupported($"'{display}': value {value.UnsupportedReason}");
            }

            return make(MemberMappingKind.Map, shape: shape, element: value);
        }

        private static MemberTypeClassification ClassifyObject(INamedTypeSymbol named, MakeClassification make, MakeUnsupported unsupported, string display)
        {
            if (named.TypeKind != TypeKind.Class && named.TypeKind != TypeKind.Struct)
            {
                return unsupported($"type '{display}' cannot be stored in DynamoDB");
            }

            if (named.IsAnonymousType || named.IsTupleType)
            {
                return unsupported($"type '{display}' is not supported (declare a class or record)");
            }

            if (named.IsAbstract || named.IsStatic)
            {
                return unsupported($"abstract type '{display}' cannot be created when reading (declare a concrete type)");
            }

            if (named.IsGenericType)
            {
                return unsupported($"generic type '{display}' is not supported as a nested object (declare a non-generic class or record)");
            }

            if (!IsAccessibleFromGeneratedCode(named.DeclaredAccessibility) && named.ContainingType is null)
            {
                return unsupported($"type '{display}' must be public or internal");
            }

            if (MappedMemberSelector.FindConstructor(named) is null)
            {
                return unsupported($"type '{display}' has no usable constructor (a public parameterless one, or one public constructor whose parameters all match members)");
            }

            return make(MemberMappingKind.Object);
        }

        private static string? FindUnsupportedReason(MemberTypeClassification c, string path, HashSet<ITypeSymbol> visiting)
        {
            switch (c.Kind)
            {
                case MemberMappingKind.Unsupported:
                    return path.Length == 0 ? c.UnsupportedReason : path + ": " + c.UnsupportedReason;
                case MemberMappingKind.List:
                    return FindUnsupportedReason(c.Element!, path + "[]", visiting);
                case MemberMappingKind.Map:
                    return FindUnsupportedReason(c.Element!, path + "{}", visiting);
                case MemberMappingKind.Object:
                    var type = (INamedTypeSymbol)c.ValueType;
                    if (!visiting.Add(type.WithNullableAnnotation(NullableAnnotation.None)))
                    {
                        return null;
                    }

                    foreach (var member in MappedMemberSelector.Select(type))
                    {
                        if (member.HasConverter)
                        {
                            continue;
                        }

                        var prefix = path.Length == 0 ? member.Name : path + "." + member.Name;
                        var reason = FindUnsupportedReason(Classify(member.Type), prefix, visiting);
                        if (reason is not null)
                        {
                            return reason;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }
    }
}
