using System;
using Boto3Assist.Generators.Emitting;
using Boto3Assist.Generators.Model;
using Boto3Assist.Shared;
using Boto3Assist.Shared.Declarations;
using Microsoft.CodeAnalysis.CSharp;

namespace Boto3Assist.Generators
{
    public sealed partial class EntityGenerator
    {
        /// <summary>The C# expression that writes a member key's value as an AttributeValue (for <c>Keys</c>), by <see cref="TypeSpec"/>, and the literals the emitters share.</summary>
        internal static class ValueExpressions
        {
            // The runtime's helpers, through the aliases every generated entity file declares (GeneratedAliases).
            public const string Writer = GeneratedAliases.Writer;
            public const string Reader = GeneratedAliases.Reader;
            public const string Errors = GeneratedAliases.Errors;
            public const string AttributeValue = "global::Amazon.DynamoDBv2.Model.AttributeValue";
            public const string Item = "global::System.Collections.Generic.Dictionary<string, " + AttributeValue + ">";
            public const string ReadOnlyItem = "global::System.Collections.Generic.IReadOnlyDictionary<string, " + AttributeValue + ">";
            public const string Mappers = Emitting.MappingValues.Mappers;
            public const string DeclarationsNamespace = "global::Boto3Assist.DynamoDb.";

            public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

            /// <summary>
            /// Writes the non-null value of a member key (a scalar: DynamoDB keys are S, N or B), as the entity's writer does.
            /// <paramref name="value"/> has the static type <see cref="TypeSpec.ValueTypeName"/>.
            /// </summary>
            public static string Write(TypeSpec type, string value, string entity, string attribute, MemberSpec? member)
            {
                if (member?.ConverterField is not null)
                {
                    return Writer + ".Converted<" + member.ConverterTargetTypeName + ">(" + value + ", " + Mappers + "." + member.ConverterField + ", " + entity + ", " + attribute + ")";
                }

                if (member is not null && member.IsTtl && (type.Kind == MemberMappingKind.DateTime || type.Kind == MemberMappingKind.DateTimeOffset))
                {
                    return Writer + ".EpochSeconds(" + value + ")";
                }

                switch (type.Kind)
                {
                    case MemberMappingKind.String:
                        return Writer + ".String(" + value + ")";
                    case MemberMappingKind.Boolean:
                        return Writer + (type.BooleanAsNumber ? ".BooleanNumber(" : ".Boolean(") + value + ")";
                    case MemberMappingKind.Number:
                        switch (type.Number)
                        {
                            case NumberType.Double:
                                return Writer + ".Double(" + value + ", " + entity + ", " + attribute + ")";
                            case NumberType.Single:
                                return Writer + ".Single(" + value + ", " + entity + ", " + attribute + ")";
                            case NumberType.Decimal:
                                return Writer + ".Decimal(" + value + ")";
                            default:
                                return Writer + ".Integer<" + NumberKeyword(type.Number) + ">(" + value + ")";
                        }

                    case MemberMappingKind.Guid:
                        return Writer + ".Guid(" + value + ")";
                    case MemberMappingKind.DateTime:
                        return Writer + ".DateTime(" + value + DateFormatArgument(type) + ")";
                    case MemberMappingKind.DateTimeOffset:
                        return Writer + ".DateTimeOffset(" + value + DateFormatArgument(type) + ")";
                    case MemberMappingKind.DateOnly:
                        return Writer + ".DateOnly(" + value + ")";
                    case MemberMappingKind.TimeOnly:
                        return Writer + ".TimeOnly(" + value + ")";
                    case MemberMappingKind.TimeSpan:
                        return Writer + ".TimeSpan(" + value + ")";
                    case MemberMappingKind.Enum:
                        if (type.EnumBoxedWhenNullable)
                        {
                            return Writer + ".BoxedEnumNumber<" + NumberKeyword(type.Number) + ">((" + NumberKeyword(type.Number) + ")" + value + ")";
                        }

                        return type.EnumAsNumber
                            ? Writer + ".Integer<" + NumberKeyword(type.Number) + ">((" + NumberKeyword(type.Number) + ")" + value + ")"
                            : Writer + ".EnumName<" + type.ValueTypeName + ">(" + value + ", " + entity + ", " + attribute + EnumCasingArgument(type) + ")";
                    case MemberMappingKind.Binary:
                        return type.BinaryFormat == DynamoBinaryFormat.Binary
                            ? Writer + ".Binary(" + value + ")"
                            : Writer + ".BinaryText(" + value + ", " + DeclarationsNamespace + "DynamoBinaryFormat." + type.BinaryFormat + ")";
                    default:
                        throw new InvalidOperationException("unsupported kind " + type.Kind);
                }
            }

            /// <summary>The DynamoDB type FromItem expects, for "expected X, found Y" messages.</summary>
            public static string Expected(TypeSpec type, MemberSpec? member)
            {
                if (member?.ConverterField is not null)
                {
                    return "a value for " + member.ConverterTypeName;
                }

                if (member is not null && member.IsTtl)
                {
                    return "N";
                }

                switch (type.Kind)
                {
                    case MemberMappingKind.Boolean:
                        return type.BooleanAsNumber ? "N" : "BOOL";
                    case MemberMappingKind.Number:
                        return "N";
                    case MemberMappingKind.Enum:
                        return type.EnumAsNumber ? "N" : "S";
                    case MemberMappingKind.Binary:
                        return type.BinaryFormat == DynamoBinaryFormat.Binary ? "B" : "S";
                    case MemberMappingKind.List:
                        return "L";
                    case MemberMappingKind.Map:
                    case MemberMappingKind.Object:
                        return "M";
                    case MemberMappingKind.Set:
                        return type.Element!.Kind == MemberMappingKind.String ? "SS" : type.Element.Kind == MemberMappingKind.Binary ? "BS" : "NS";
                    default:
                        return "S";
                }
            }

            /// <summary>", DynamoDateTimeFormat.X" when the conventions write dates other than the default way; else nothing.</summary>
            public static string DateFormatArgument(TypeSpec type) =>
                type.DateFormat == DynamoDateTimeFormat.RoundTrip ? string.Empty : ", " + DeclarationsNamespace + "DynamoDateTimeFormat." + type.DateFormat;

            /// <summary>", DynamoEnumCasing.X" when enum names are not written as declared; else nothing.</summary>
            public static string EnumCasingArgument(TypeSpec type) =>
                type.EnumCasing == DynamoEnumCasing.AsDeclared ? string.Empty : ", " + DeclarationsNamespace + "DynamoEnumCasing." + type.EnumCasing;

            /// <summary>Adapts a value known to be non-null to its non-nullable type.</summary>
            public static string NonNull(TypeSpec type, string value)
            {
                if (type.IsNullableValueType)
                {
                    return value + ".GetValueOrDefault()";
                }

                return type.IsValueType ? value : value + "!";
            }

            public static string NumberKeyword(NumberType number)
            {
                switch (number)
                {
                    case NumberType.Byte: return "byte";
                    case NumberType.SByte: return "sbyte";
                    case NumberType.Int16: return "short";
                    case NumberType.UInt16: return "ushort";
                    case NumberType.UInt32: return "uint";
                    case NumberType.Int64: return "long";
                    case NumberType.UInt64: return "ulong";
                    case NumberType.Single: return "float";
                    case NumberType.Double: return "double";
                    case NumberType.Decimal: return "decimal";
                    default: return "int";
                }
            }
        }
    }
}
