using Boto3Assist.Generators.Common;

namespace Boto3Assist.Generators.Model
{
    /// <summary>A type that contains the entity (all partial), outermost first.</summary>
    /// <param name="Keyword">class, struct, record, record struct, interface.</param>
    /// <param name="Name">The type name.</param>
    internal sealed record ContainingTypeSpec(string Keyword, string Name);

    /// <summary>
    /// Everything the emitter needs for one <c>[DynamoTable]</c> type. Built by the parser from symbols, holds only
    /// strings, enums, bools and equatable arrays, so it is cached between runs and reusable by other generators
    /// (the repository generator).
    /// </summary>
    /// <param name="Namespace">The namespace, empty for the global namespace.</param>
    /// <param name="ContainingTypes">Outer types, outermost first.</param>
    /// <param name="Keyword">The declaration keyword: class, struct, record, record struct (readonly prefixed when so).</param>
    /// <param name="Name">The type name.</param>
    /// <param name="TypeName">The type, <c>global::</c>-qualified.</param>
    /// <param name="HintName">The generated file name.</param>
    /// <param name="TableName">The table name.</param>
    /// <param name="EntityType">The discriminator value.</param>
    /// <param name="DiscriminatorAttribute">The discriminator attribute, or null when not written.</param>
    /// <param name="Shape">The members and constructor.</param>
    /// <param name="PartitionKey">The table partition key.</param>
    /// <param name="SortKey">The table sort key.</param>
    /// <param name="Indexes">GSIs then LSIs, in declaration order.</param>
    /// <param name="TtlAttribute">The TTL attribute name.</param>
    /// <param name="VersionAttribute">The version attribute name.</param>
    /// <param name="NestedTypes">Every nested object type reachable from the members, once each.</param>
    /// <param name="Converters">Converter fields: (field name, converter type), once per converter type.</param>
    /// <param name="HidesInherited">A base type is itself an entity (or declares Keys, Fields, ToItem...): generated members are declared <c>new</c>.</param>
    /// <param name="KeysName">The generated key builders class: <c>Keys</c>, or <c>DynamoKeys</c> when the entity has a member named Keys.</param>
    /// <param name="FieldsName">The generated field descriptors class: <c>Fields</c> or <c>DynamoFields</c>.</param>
    /// <param name="MetadataName">The generated metadata property: <c>Metadata</c> or <c>DynamoMetadata</c> (the interface's Metadata is then implemented explicitly).</param>
    /// <param name="IsValueType">The entity is a struct (or record struct).</param>
    /// <param name="Constants">The [DynamoConstant] attributes ToItem writes, in declaration order.</param>
    /// <param name="IsPublic">The entity and every type containing it are public: code generated beside it (the repository extensions) may be public too.</param>
    internal sealed record EntitySpec(
        string Namespace,
        EquatableArray<ContainingTypeSpec> ContainingTypes,
        string Keyword,
        string Name,
        string TypeName,
        string HintName,
        string TableName,
        string EntityType,
        string? DiscriminatorAttribute,
        ObjectSpec Shape,
        KeySpec PartitionKey,
        KeySpec? SortKey,
        EquatableArray<IndexSpec> Indexes,
        string? TtlAttribute,
        string? VersionAttribute,
        EquatableArray<ObjectSpec> NestedTypes,
        EquatableArray<ConverterSpec> Converters,
        bool HidesInherited,
        string KeysName,
        string FieldsName,
        string MetadataName,
        bool IsValueType,
        bool IsPublic,
        EquatableArray<ConstantSpec> Constants)
    {
        /// <summary>
        /// Members of the table key computed from stored members (<c>SortNumber =&gt; ... Number</c>): the repository
        /// methods get overloads that take those members instead (<see cref="Repositories.ComputedKeyOverloads"/>).
        /// </summary>
        public EquatableArray<ComputedKeyMemberSpec> ComputedKeyMembers { get; init; } = EquatableArray<ComputedKeyMemberSpec>.Empty;

        /// <summary>The <c>[DynamoItemCollection]</c>s of this parent entity (<see cref="Collections.ItemCollectionEmitter"/>).</summary>
        public EquatableArray<ItemCollectionSpec> ItemCollections { get; init; } = EquatableArray<ItemCollectionSpec>.Empty;

        /// <summary>The entity's <c>[SchemaVersion]</c> and upgrade steps; null when it is not versioned (<see cref="Emitting.SchemaVersionEmitter"/>).</summary>
        public SchemaVersionSpec? SchemaVersion { get; init; }

        /// <summary>The distinct members of the table key, partition key first, in template order (the parameters of <c>Keys.PrimaryKey</c>).</summary>
        public System.Collections.Generic.List<KeyParameterSpec> PrimaryKeyParameters()
        {
            var result = new System.Collections.Generic.List<KeyParameterSpec>();
            foreach (var key in SortKey is null ? new[] { PartitionKey } : new[] { PartitionKey, SortKey })
            {
                foreach (var parameter in key.Parameters)
                {
                    if (!result.Exists(r => r.MemberName == parameter.MemberName))
                    {
                        result.Add(parameter);
                    }
                }
            }

            return result;
        }
    }

    /// <summary>A converter instance held in a static field of the generated mappers.</summary>
    /// <param name="FieldName">The field name.</param>
    /// <param name="TypeName">The converter type.</param>
    internal sealed record ConverterSpec(string FieldName, string TypeName);

    /// <summary>An attribute with a fixed String value written by ToItem (<c>[DynamoConstant]</c>).</summary>
    /// <param name="Name">The attribute name.</param>
    /// <param name="Value">The value.</param>
    internal sealed record ConstantSpec(string Name, string Value);
}
