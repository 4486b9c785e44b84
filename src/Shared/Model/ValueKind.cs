using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>What a member's type is, as far as keys and formatting care.</summary>
    internal enum ValueKind
    {
        String,
        Bool,
        Integer,
        Floating,
        Decimal,
        Guid,
        DateTime,
        DateTimeOffset,
        DateOnly,
        TimeOnly,
        TimeSpan,
        Enum,
        Binary,
        Collection,
        Dictionary,
        Complex,
        Unsupported,
    }

    internal static class ValueKinds
    {
        /// <summary>Strips <c>Nullable&lt;T&gt;</c> and reports whether it was there (or the reference type is annotated).</summary>
        public static ITypeSymbol Unwrap(ITypeSymbol type, out bool nullable)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } named)
            {
                nullable = true;
                return named.TypeArguments[0];
            }

            nullable = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
            return type;
        }

        /// <summary>The shared classifier's verdict (the generator uses the same one), folded into the kinds key rules need.</summary>
        public static ValueKind Classify(MemberTypeClassification classification)
        {
            switch (classification.Kind)
            {
                case MemberMappingKind.String: return ValueKind.String;
                case MemberMappingKind.Boolean: return ValueKind.Bool;
                case MemberMappingKind.Number:
                    return classification.Number switch
                    {
                        NumberType.Single or NumberType.Double => ValueKind.Floating,
                        NumberType.Decimal => ValueKind.Decimal,
                        _ => ValueKind.Integer,
                    };
                case MemberMappingKind.Guid: return ValueKind.Guid;
                case MemberMappingKind.DateTime: return ValueKind.DateTime;
                case MemberMappingKind.DateTimeOffset: return ValueKind.DateTimeOffset;
                case MemberMappingKind.DateOnly: return ValueKind.DateOnly;
                case MemberMappingKind.TimeOnly: return ValueKind.TimeOnly;
                case MemberMappingKind.TimeSpan: return ValueKind.TimeSpan;
                case MemberMappingKind.Enum: return ValueKind.Enum;
                case MemberMappingKind.Binary: return ValueKind.Binary;
                case MemberMappingKind.List:
                case MemberMappingKind.Set:
                    return ValueKind.Collection;
                case MemberMappingKind.Map: return ValueKind.Dictionary;
                case MemberMappingKind.Object: return ValueKind.Complex;
                default: return ValueKind.Unsupported;
            }
        }

        /// <summary>Whether <c>{Member:format}</c> is meaningful (the type has <c>ToString(string, IFormatProvider)</c>).</summary>
        public static bool TakesFormat(ValueKind kind) =>
            kind is not (ValueKind.String or ValueKind.Bool or ValueKind.Binary or ValueKind.Collection or ValueKind.Dictionary or ValueKind.Complex or ValueKind.Unsupported);

        public static bool IsDate(ValueKind kind) => kind is ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly;
    }
}
