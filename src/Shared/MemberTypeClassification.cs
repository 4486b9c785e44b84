// Shared by the generator and the analyzers (linked into both): the one place that decides whether a member type maps,
// how, and if not, why. The generator skips an entity with an unsupported member; the analyzers report the same reason.
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared
{
    /// <summary>What <see cref="MemberTypeClassifier"/> found for one type.</summary>
    internal sealed class MemberTypeClassification
    {
        internal MemberTypeClassification(
            MemberMappingKind kind,
            ITypeSymbol type,
            ITypeSymbol valueType,
            bool isNullable,
            bool isNullableValueType,
            NumberType number,
            BinaryType binary,
            CollectionShape shape,
            MemberTypeClassification? element,
            string? unsupportedReason)
        {
            Kind = kind;
            Type = type;
            ValueType = valueType;
            IsNullable = isNullable;
            IsNullableValueType = isNullableValueType;
            Number = number;
            Binary = binary;
            Shape = shape;
            Element = element;
            UnsupportedReason = unsupportedReason;
        }

        public MemberMappingKind Kind { get; }

        /// <summary>The type as declared, nullable annotation included.</summary>
        public ITypeSymbol Type { get; }

        /// <summary>The type with <c>Nullable&lt;T&gt;</c> removed (the <c>T</c>), otherwise <see cref="Type"/>.</summary>
        public ITypeSymbol ValueType { get; }

        /// <summary>True for <c>Nullable&lt;T&gt;</c>, reference types annotated <c>?</c> and reference types in an oblivious context.</summary>
        public bool IsNullable { get; }

        public bool IsNullableValueType { get; }

        /// <summary>For <see cref="MemberMappingKind.Number"/>, the numeric type; for enums, the underlying type.</summary>
        public NumberType Number { get; }

        public BinaryType Binary { get; }

        public CollectionShape Shape { get; }

        /// <summary>The element of a list or set, the value of a map.</summary>
        public MemberTypeClassification? Element { get; }

        /// <summary>Why the type cannot be mapped, or null when it can.</summary>
        public string? UnsupportedReason { get; }

        public bool IsSupported => Kind != MemberMappingKind.Unsupported;

        /// <summary>True when the type may appear in a key template placeholder (a scalar: no collection, object or binary).</summary>
        public bool IsKeyPlaceholderType
        {
            get
            {
                switch (Kind)
                {
                    case MemberMappingKind.String:
                    case MemberMappingKind.Boolean:
                    case MemberMappingKind.Number:
                    case MemberMappingKind.Guid:
                    case MemberMappingKind.DateTime:
                    case MemberMappingKind.DateTimeOffset:
                    case MemberMappingKind.DateOnly:
                    case MemberMappingKind.TimeOnly:
                    case MemberMappingKind.TimeSpan:
                    case MemberMappingKind.Enum:
                        return true;
                    default:
                        return false;
                }
            }
        }

        /// <summary>
        /// The DynamoDB key type ("S", "N" or "B") when a member of this type is itself a table key
        /// (<c>[PartitionKey]</c> on a property); null when it cannot be a key (bool, collections, objects).
        /// </summary>
        /// <param name="enumAsNumber">Whether an enum member is stored as a number.</param>
        public string? KeyAttributeType(bool enumAsNumber)
        {
            switch (Kind)
            {
                case MemberMappingKind.Number:
                    return "N";
                case MemberMappingKind.Enum:
                    return enumAsNumber ? "N" : "S";
                case MemberMappingKind.Binary:
                    return "B";
                case MemberMappingKind.String:
                case MemberMappingKind.Guid:
                case MemberMappingKind.DateTime:
                case MemberMappingKind.DateTimeOffset:
                case MemberMappingKind.DateOnly:
                case MemberMappingKind.TimeOnly:
                case MemberMappingKind.TimeSpan:
                    return "S";
                default:
                    return null;
            }
        }
    }
}
