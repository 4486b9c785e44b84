using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Analyzers.Model
{
    /// <summary>One readable instance member of an entity and how it is stored.</summary>
    internal sealed class MemberModel
    {
        public MemberModel(ISymbol symbol, ITypeSymbol type, string attributeName, bool ignored)
        {
            Symbol = symbol;
            Type = type;
            AttributeName = attributeName;
            IsIgnored = ignored;

            // Computed once: the model is shared by every rule (EntityModelCache).
            Classification = MemberTypeClassifier.Classify(type);
            Kind = ValueKinds.Classify(Classification);
        }

        public ISymbol Symbol { get; }

        public string Name => Symbol.Name;

        public ITypeSymbol Type { get; }

        public ValueKind Kind { get; }

        public bool IsNullable
        {
            get
            {
                ValueKinds.Unwrap(Type, out var nullable);
                return nullable;
            }
        }

        public string AttributeName { get; }

        public bool IsIgnored { get; }

        /// <summary>Stored in the item (readable, settable or a constructor parameter, not ignored): the generator maps it.</summary>
        public bool IsMapped { get; set; }

        public bool EnumAsNumber { get; set; }

        public AttributeData? DynamoAttribute { get; set; }

        public AttributeData? PartitionKey { get; set; }

        public AttributeData? SortKey { get; set; }

        public AttributeData? Ttl { get; set; }

        public AttributeData? Version { get; set; }

        public AttributeData? Converter { get; set; }

        /// <summary>The shared classifier's verdict on the member type (the generator asks the same question).</summary>
        public MemberTypeClassification Classification { get; }

        /// <summary>The DynamoDB scalar type of this member used as a key, or null when keys cannot hold it.</summary>
        public char? KeyScalarType => Classification.KeyAttributeType(EnumAsNumber) is { } type ? type[0] : null;

        /// <summary>Whether a key template placeholder may name this member.</summary>
        public bool IsKeyPlaceholderType => Classification.IsKeyPlaceholderType;
    }
}
