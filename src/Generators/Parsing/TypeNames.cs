using System.Linq;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Boto3Assist.Generators.Parsing
{
    /// <summary>How the parser names a type for the specs: <c>global::</c>-qualified, with nullable annotations.</summary>
    internal static class TypeNames
    {
        /// <summary>The types <paramref name="type"/> is nested in, outermost first (each emitted as a partial declaration).</summary>
        public static EquatableArray<ContainingTypeSpec> ContainingTypes(INamedTypeSymbol type)
        {
            var containing = new System.Collections.Generic.List<ContainingTypeSpec>();
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                containing.Insert(0, new ContainingTypeSpec(Keyword(outer), outer.Name));
            }

            return containing.ToEquatableArray();
        }

        /// <summary>The namespace of <paramref name="type"/> as written in a <c>namespace</c> declaration; empty for the global one.</summary>
        public static string Namespace(INamedTypeSymbol type) =>
            type.ContainingNamespace is null || type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();

        private static readonly SymbolDisplayFormat NameWithoutGenerics = new SymbolDisplayFormat(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Included,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.None,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

        /// <summary>
        /// The <c>global::</c>-qualified name with nullable annotations; reference types from an oblivious context are
        /// written as nullable, so generated code never claims non-null for them.
        /// </summary>
        public static string Of(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol nullable && nullable.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return Of(nullable.TypeArguments[0]) + "?";
            }

            var suffix = type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated ? "?" : string.Empty;
            if (type is IArrayTypeSymbol array)
            {
                return Of(array.ElementType) + "[" + new string(',', array.Rank - 1) + "]" + suffix;
            }

            if (type is INamedTypeSymbol named && named.IsGenericType && !named.IsTupleType)
            {
                // A type argument whose parameter is constrained notnull (a dictionary key) is never annotated.
                var arguments = named.TypeArguments.Select((argument, i) =>
                    i < named.TypeParameters.Length && named.TypeParameters[i].HasNotNullConstraint
                        ? Of(argument.WithNullableAnnotation(NullableAnnotation.NotAnnotated))
                        : Of(argument));
                return named.ToDisplayString(NameWithoutGenerics) + "<" + string.Join(", ", arguments) + ">" + suffix;
            }

            return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + suffix;
        }

        /// <summary>The name without a nullable annotation.</summary>
        public static string NotNullable(ITypeSymbol type) => Of(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated));

        /// <summary>The declaration keyword of a type: class, struct, record, record struct (readonly prefixed when so).</summary>
        public static string Keyword(INamedTypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Interface)
            {
                return "interface";
            }

            var isStruct = type.TypeKind == TypeKind.Struct;
            var keyword = type.IsRecord ? (isStruct ? "record struct" : "record") : (isStruct ? "struct" : "class");
            return isStruct && type.IsReadOnly ? "readonly " + keyword : keyword;
        }

        /// <summary>The C# literal of a constructor parameter's default value, cast to the parameter type.</summary>
        public static string DefaultLiteral(IParameterSymbol parameter)
        {
            var value = parameter.ExplicitDefaultValue;
            if (value is null)
            {
                return "default";
            }

            var type = Of(parameter.Type);
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            switch (value)
            {
                case string s:
                    return SymbolDisplay.FormatLiteral(s, quote: true);
                case bool b:
                    return b ? "true" : "false";
                case char ch:
                    return SymbolDisplay.FormatLiteral(ch, quote: true);
                case decimal m:
                    return "(" + type + ")(" + m.ToString(invariant) + "m)";
                case double d:
                    return "(" + type + ")(" + d.ToString("R", invariant) + "d)";
                case float f:
                    return "(" + type + ")(" + f.ToString("R", invariant) + "f)";
                default:
                    return "(" + type + ")(" + SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false) + ")";
            }
        }
    }
}
