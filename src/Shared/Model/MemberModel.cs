using Boto3Assist.Shared;
using Boto3Assist.Shared.Declarations;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>One readable instance member of an entity and how it is stored.</summary>
    internal sealed partial class MemberModel
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

        /// <summary>
        /// Reads a member's declaration attributes (on the member, or on the record parameter that declares it) and its
        /// attribute name under <paramref name="namingPolicy"/>. Used for entities and nested types alike; nested members
        /// follow the <paramref name="conventions"/> of the entity that stores them (this library's when null).
        /// </summary>
        public static MemberModel Read(ISymbol symbol, IParameterSymbol? parameter, bool isMapped, DynamoNamingPolicy namingPolicy, DynamoConventionsAttribute? conventions = null)
        {
            conventions ??= new DynamoConventionsAttribute();
            AttributeData? dynamoAttribute = null, partition = null, sort = null, ttl = null, version = null, converter = null;
            var ignored = false;
            var attributes = parameter is null ? symbol.GetAttributes() : symbol.GetAttributes().AddRange(parameter.GetAttributes());
            foreach (var attribute in attributes)
            {
                if (DeclaredAttributes.Is(attribute, DeclaredAttributes.Ignore))
                {
                    ignored = true;
                }
                else if (DeclaredAttributes.Is(attribute, DeclaredAttributes.DynamoAttribute))
                {
                    dynamoAttribute ??= attribute;
                }
                else if (DeclaredAttributes.Is(attribute, DeclaredAttributes.PartitionKey))
                {
                    partition ??= attribute;
                }
                else if (DeclaredAttributes.Is(attribute, DeclaredAttributes.SortKey))
                {
                    sort ??= attribute;
                }
                else if (DeclaredAttributes.Is(attribute, DeclaredAttributes.Ttl))
                {
                    ttl ??= attribute;
                }
                else if (DeclaredAttributes.Is(attribute, DeclaredAttributes.Version))
                {
                    version ??= attribute;
                }
                else if (DeclaredAttributes.Is(attribute, DeclaredAttributes.Converter))
                {
                    converter ??= attribute;
                }
            }

            var declared = dynamoAttribute is null ? null : DeclaredAttributes.Attribute(dynamoAttribute);
            var type = symbol is IPropertySymbol property ? property.Type : ((IFieldSymbol)symbol).Type;
            return new MemberModel(symbol, type, declared?.Name ?? AttributeNaming.Apply(namingPolicy, symbol.Name), ignored)
            {
                IsMapped = isMapped,
                IsComputed = isMapped && parameter is null && MappedMemberSelector.IsStoredComputedProperty(symbol),
                ConstructorParameter = parameter,
                // The member's own EnumFormat wins over the conventions' (its default, Name, counts only when written).
                EnumAsNumber = dynamoAttribute is not null && DeclaredAttributes.HasNamed(dynamoAttribute, nameof(DynamoAttributeAttribute.EnumFormat))
                    ? declared!.EnumFormat == DynamoEnumFormat.Number
                    : conventions.EnumFormat == DynamoEnumFormat.Number,
                Conventions = conventions,
                DynamoAttribute = dynamoAttribute,
                PartitionKey = partition,
                SortKey = sort,
                Ttl = ttl,
                Version = version,
                Converter = converter,
            };
        }

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

        /// <summary>A computed property stored from its getter (<c>[DynamoAttribute]</c> or <c>[Ttl]</c>): written, never read back.</summary>
        public bool IsComputed { get; set; }

        /// <summary>The parameter of the constructor FromItem calls that sets this member, if any.</summary>
        public IParameterSymbol? ConstructorParameter { get; set; }

        public bool EnumAsNumber { get; set; }

        /// <summary>The write conventions of the entity (see <c>[DynamoConventions]</c>); <see cref="EnumAsNumber"/> already applies the member's own enum format.</summary>
        public DynamoConventionsAttribute Conventions { get; set; } = new DynamoConventionsAttribute();

        public AttributeData? DynamoAttribute { get; set; }

        public AttributeData? PartitionKey { get; set; }

        public AttributeData? SortKey { get; set; }

        public AttributeData? Ttl { get; set; }

        public AttributeData? Version { get; set; }

        public AttributeData? Converter { get; set; }

        /// <summary>The shared classifier's verdict on the member type (the generator asks the same question).</summary>
        public MemberTypeClassification Classification { get; }

        /// <summary>The DynamoDB scalar type of this member used as a key, or null when keys cannot hold it.</summary>
        public char? KeyScalarType => Classification.Kind == MemberMappingKind.Binary && Conventions.BinaryFormat != DynamoBinaryFormat.Binary
            ? 'S' // bytes stored as hex or base64 text
            : Classification.KeyAttributeType(EnumAsNumber) is { } type ? type[0] : null;

        /// <summary>Whether a key template placeholder may name this member.</summary>
        public bool IsKeyPlaceholderType => Classification.IsKeyPlaceholderType;
    }
}
