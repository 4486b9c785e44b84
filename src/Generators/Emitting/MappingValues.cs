using System;
using Boto3Assist.Generators.Model;
using Boto3Assist.Shared;
using Boto3Assist.Shared.Declarations;
using Values = Boto3Assist.Generators.EntityGenerator.ValueExpressions;

namespace Boto3Assist.Generators.Emitting
{
    /// <summary>
    /// The C# of one value's read or write in the entity's one mapping, by <see cref="TypeSpec"/>: calls on the runtime's
    /// <c>DynamoItemReader</c> (<c>r</c>) and <c>DynamoItemWriter</c> (<c>w</c>), which read and write both forms of an
    /// item (the SDK's dictionary and DynamoDB JSON). A member write takes the attribute's index in the type's
    /// <c>DynamoAttributeNames</c>, an element write does not; a read is the same for both (the reader is on the value).
    /// </summary>
    internal static class MappingValues
    {
        public const string Mappers = "DynamoMappers";
        private const string Elements = "DynamoElements";
        private const string Declarations = "global::Boto3Assist.DynamoDb.";

        /// <summary>
        /// Writes a non-null value: the member form when <paramref name="index"/> is given (the attribute's index), else the
        /// element form. <paramref name="value"/> has the static type <see cref="TypeSpec.ValueTypeName"/>.
        /// </summary>
        public static string Write(TypeSpec type, MemberSpec? member, string w, string value, string? index, int depth)
        {
            string Call(string method, string arguments = "") => w + "." + method + "(" + (index is null ? string.Empty : index + ", ") + value + arguments + ")";

            if (member?.ConverterField is not null)
            {
                return Call("Converted<" + member.ConverterTargetTypeName + ">", ", " + Mappers + "." + member.ConverterField);
            }

            if (member is not null && member.IsTtl && (type.Kind == MemberMappingKind.DateTime || type.Kind == MemberMappingKind.DateTimeOffset))
            {
                return Call("EpochSeconds");
            }

            switch (type.Kind)
            {
                case MemberMappingKind.String:
                case MemberMappingKind.Guid:
                case MemberMappingKind.DateOnly:
                case MemberMappingKind.TimeOnly:
                case MemberMappingKind.TimeSpan:
                    return Call(type.Kind.ToString());
                case MemberMappingKind.Boolean:
                    return Call(type.BooleanAsNumber ? "BooleanNumber" : "Boolean");
                case MemberMappingKind.Number:
                    switch (type.Number)
                    {
                        case NumberType.Double:
                            return Call("Double");
                        case NumberType.Single:
                            return Call("Single");
                        case NumberType.Decimal:
                            return Call("Decimal");
                        default:
                            return Call("Integer<" + Values.NumberKeyword(type.Number) + ">");
                    }

                case MemberMappingKind.DateTime:
                case MemberMappingKind.DateTimeOffset:
                    return Call(type.Kind.ToString(), Values.DateFormatArgument(type));
                case MemberMappingKind.Enum:
                    {
                        var number = Values.NumberKeyword(type.Number);
                        if (type.EnumBoxedWhenNullable || type.EnumAsNumber)
                        {
                            var method = (type.EnumBoxedWhenNullable ? "BoxedEnumNumber<" : "Integer<") + number + ">";
                            return w + "." + method + "(" + (index is null ? string.Empty : index + ", ") + "(" + number + ")" + value + ")";
                        }

                        return Call("EnumName<" + type.ValueTypeName + ">", Values.EnumCasingArgument(type));
                    }

                case MemberMappingKind.Binary:
                    return type.BinaryFormat == DynamoBinaryFormat.Binary
                        ? Call("Binary")
                        : Call("BinaryText", ", " + Declarations + "DynamoBinaryFormat." + type.BinaryFormat);
                case MemberMappingKind.List:
                case MemberMappingKind.Map:
                    {
                        var element = type.Element!;
                        return Call(type.Kind + "<" + element.TypeName + ">", ", " + ElementWriter(element, depth + 1));
                    }

                case MemberMappingKind.Set:
                    {
                        var element = type.Element!;
                        switch (element.Kind)
                        {
                            case MemberMappingKind.String:
                                return Call("StringSet");
                            case MemberMappingKind.Binary:
                                return Call("BinarySet");
                            default:
                                return Call("NumberSet<" + Values.NumberKeyword(element.Number) + ">");
                        }
                    }

                case MemberMappingKind.Object:
                    return Call("Object<" + type.ValueTypeName + ">", ", " + Mappers + ".Names_" + type.ObjectMapperId + ", " + Mappers + ".Write_" + type.ObjectMapperId);
                default:
                    throw new InvalidOperationException("unsupported kind " + type.Kind);
            }
        }

        /// <summary>Reads the value the reader is on: an attribute <c>r.Next</c> gave, an element or a map value.</summary>
        public static string Read(TypeSpec type, MemberSpec? member, string r, int depth)
        {
            string Call(string method, string arguments = "") => r + "." + method + "(" + arguments + ")";

            if (member?.ConverterField is not null)
            {
                return Call("Converted<" + member.ConverterTargetTypeName + ">", Mappers + "." + member.ConverterField);
            }

            if (member is not null && member.IsTtl && type.Kind == MemberMappingKind.DateTimeOffset)
            {
                return Call("EpochSeconds");
            }

            if (member is not null && member.IsTtl && type.Kind == MemberMappingKind.DateTime)
            {
                return Call("EpochSeconds") + ".UtcDateTime";
            }

            switch (type.Kind)
            {
                case MemberMappingKind.String:
                case MemberMappingKind.Boolean:
                case MemberMappingKind.Guid:
                case MemberMappingKind.DateTime:
                case MemberMappingKind.DateTimeOffset:
                case MemberMappingKind.DateOnly:
                case MemberMappingKind.TimeOnly:
                case MemberMappingKind.TimeSpan:
                    return Call(type.Kind.ToString());
                case MemberMappingKind.Number:
                    return Call("Number<" + Values.NumberKeyword(type.Number) + ">");
                case MemberMappingKind.Enum:
                    return Call((type.EnumAsNumber ? "EnumNumber<" : type.EnumIsFlags ? "EnumFlagNames<" : "EnumName<") + type.ValueTypeName + ">");
                case MemberMappingKind.Binary:
                    {
                        var bytes = type.BinaryFormat == DynamoBinaryFormat.Binary
                            ? Call("Binary")
                            : Call("Binary", Declarations + "DynamoBinaryFormat." + type.BinaryFormat);
                        return type.Binary == BinaryType.ReadOnlyMemory ? "new global::System.ReadOnlyMemory<byte>(" + bytes + ")" : bytes;
                    }

                case MemberMappingKind.List:
                case MemberMappingKind.Map:
                    {
                        var element = type.Element!;
                        var method = type.Kind == MemberMappingKind.Map ? "Map<" : type.Shape == CollectionShape.Array ? "Array<" : "List<";
                        return Call(method + element.TypeName + ">", ElementReader(element, depth + 1) + ", " + (element.IsNullable ? "true" : "false"));
                    }

                case MemberMappingKind.Set:
                    {
                        var element = type.Element!;
                        var set = element.Kind == MemberMappingKind.String ? Call("StringSet")
                            : element.Kind == MemberMappingKind.Binary ? Call("BinarySet")
                            : Call("NumberSet<" + Values.NumberKeyword(element.Number) + ">");

                        // Sets never hold null, but a declared HashSet<string?> needs its own element type.
                        return element.TypeName.EndsWith("?", StringComparison.Ordinal)
                            ? "(" + set + " is { } stored" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ? new global::System.Collections.Generic.HashSet<" + element.TypeName + ">(stored" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture) + ") : null!)"
                            : set;
                    }

                case MemberMappingKind.Object:
                    return Call("Object<" + type.ValueTypeName + ">", Mappers + ".Names_" + type.ObjectMapperId + ", " + Mappers + ".Read_" + type.ObjectMapperId);
                default:
                    throw new InvalidOperationException("unsupported kind " + type.Kind);
            }
        }

        /// <summary>The writer of one non-null element: a runtime element writer when one fits, else a static lambda.</summary>
        private static string ElementWriter(TypeSpec element, int depth)
        {
            var d = depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var value = Values.NonNull(element, "v" + d);
            var write = Write(element, null, "w" + d, value, null, depth);
            if (!element.IsNullableValueType && element.Binary != BinaryType.ReadOnlyMemory && write == "w" + d + "." + PlainMethod(write, d) + "(" + value + ")" && Elements_Writes(PlainMethod(write, d)))
            {
                return Elements + ".Write" + PlainMethod(write, d);
            }

            return "static (ref DynamoItemWriter w" + d + ", " + element.TypeName + " v" + d + ") => " + write;
        }

        /// <summary>The reader of one element: a runtime element reader when one fits, else a static lambda.</summary>
        private static string ElementReader(TypeSpec element, int depth)
        {
            var d = depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var read = Read(element, null, "r" + d, depth);
            var method = PlainMethod(read, d);
            if (!element.IsNullableValueType && read == "r" + d + "." + method + "()" && Elements_Reads(method))
            {
                return Elements + ".Read" + method;
            }

            return "static (ref DynamoItemReader r" + d + ") => " + (element.IsNullableValueType ? "(" + element.TypeName + ")" : string.Empty) + read;
        }

        // "w1.Integer<int>(v1)" gives "Integer<int>".
        private static string PlainMethod(string call, string d)
        {
            var start = call.IndexOf('.') + 1;
            var end = call.IndexOf('(');
            return start > 0 && end > start ? call.Substring(start, end - start) : string.Empty;
        }

        // The element readers and writers the runtime's DynamoElements has (its method names, after Read/Write).
        private static bool Elements_Reads(string method) =>
            method is "String" or "Boolean" or "Guid" or "DateTime" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan" or "Binary"
            || method.StartsWith("Number<", StringComparison.Ordinal);

        private static bool Elements_Writes(string method) =>
            method is "String" or "Boolean" or "Decimal" or "Double" or "Single" or "Guid" or "DateTime" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan" or "Binary"
            || method.StartsWith("Integer<", StringComparison.Ordinal);
    }
}
