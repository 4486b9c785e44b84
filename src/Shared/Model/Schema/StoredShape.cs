using System.Collections.Generic;

namespace Boto3Assist.Shared.Model.Schema
{
    /// <summary>
    /// What one entity leaves in a table: the attributes its items hold (with the DynamoDB type the mapping writes and
    /// whether FromItem needs them), its keys with their templates, discriminator, TTL and schema version. Items written
    /// under one shape can be read under another only if the difference is not a <see cref="SchemaChange.IsBreaking"/> one.
    /// Built from the shared <see cref="EntityModel"/> (<see cref="StoredShapes.Of"/>) or read from dynamo-schema.json.
    /// </summary>
    internal sealed class StoredShape
    {
        public StoredShape(string entity, string? table, string? discriminatorAttribute, string discriminatorValue, int schemaVersion, string? schemaVersionAttribute, string? ttlAttribute, IReadOnlyList<StoredKey> keys, IReadOnlyList<StoredAttribute> attributes)
        {
            Entity = entity;
            Table = table;
            DiscriminatorAttribute = discriminatorAttribute;
            DiscriminatorValue = discriminatorValue;
            SchemaVersion = schemaVersion;
            SchemaVersionAttribute = schemaVersionAttribute;
            TtlAttribute = ttlAttribute;
            Keys = keys;
            Attributes = attributes;
        }

        /// <summary>The entity's CLR type with its namespace (<c>Shop.Orders.Order</c>): what identifies it in the file.</summary>
        public string Entity { get; }

        public string? Table { get; }

        /// <summary>The attribute holding the entity type, or null when the entity type is not written.</summary>
        public string? DiscriminatorAttribute { get; }

        public string DiscriminatorValue { get; }

        /// <summary>The <c>[SchemaVersion]</c>; 1 without one.</summary>
        public int SchemaVersion { get; }

        /// <summary>The attribute that stores the version; null when the entity has no <c>[SchemaVersion]</c>.</summary>
        public string? SchemaVersionAttribute { get; }

        public string? TtlAttribute { get; }

        /// <summary>Table keys, then index keys, in <see cref="StoredKey.Order"/>.</summary>
        public IReadOnlyList<StoredKey> Keys { get; }

        /// <summary>Every stored member attribute (nested ones by path), ordinal by <see cref="StoredAttribute.Path"/>.</summary>
        public IReadOnlyList<StoredAttribute> Attributes { get; }

        /// <summary>The 1-based line of the entity in the file it was read from; 0 when built from the model.</summary>
        public int Line { get; set; }
    }

    /// <summary>One attribute a member writes: <c>total</c>, or a nested one by path (<c>shipping.city</c>, <c>lines[].sku</c>).</summary>
    internal sealed class StoredAttribute
    {
        public StoredAttribute(string path, string type, bool required, string? converter = null)
        {
            Path = path;
            Type = type;
            Required = required;
            Converter = converter;
        }

        public string Path { get; }

        /// <summary>
        /// The DynamoDB type as the mapping writes it: S, N, B, BOOL, SS, NS, BS, M, L; lists and maps name their element
        /// (<c>L&lt;N&gt;</c>, <c>M&lt;S&gt;</c>); a converted member is <c>converter</c> (see <see cref="Converter"/>).
        /// </summary>
        public string Type { get; }

        /// <summary>FromItem fails when the attribute is absent (a non-nullable member without a default).</summary>
        public bool Required { get; }

        /// <summary>The <c>[DynamoConverter]</c> type of a converted member (what it writes is up to the converter).</summary>
        public string? Converter { get; }

        /// <summary>The C# member that writes the attribute (the outermost one for a nested path); not stored in the file.</summary>
        public string? Member { get; set; }

        public string Describe() => Converter is null ? Type : Type + " (" + Converter + ")";
    }

    /// <summary>One key attribute: a table key or an index key, built from a template or a member's own value.</summary>
    internal sealed class StoredKey
    {
        public StoredKey(string role, string? index, string attribute, string type, string? template)
        {
            Role = role;
            Index = index;
            Attribute = attribute;
            Type = type;
            Template = template;
        }

        /// <summary><c>partition</c>, <c>sort</c>, <c>gsi-partition</c>, <c>gsi-sort</c> or <c>lsi-sort</c>.</summary>
        public string Role { get; }

        /// <summary>The index name, null for a table key.</summary>
        public string? Index { get; }

        public string Attribute { get; }

        /// <summary>S, N or B.</summary>
        public string Type { get; }

        /// <summary>The key template as written, null for a member-level key.</summary>
        public string? Template { get; }

        public bool IsTableKey => Index is null;

        /// <summary>Identifies the key across versions: its role and index.</summary>
        public string Slot => SlotOf(Role, Index);

        public static string SlotOf(string role, string? index) => index is null ? role : role + ":" + index;

        /// <summary>How messages name it: "partition key", "sort key of index 'gsi1'".</summary>
        public string Description => Role switch
        {
            "partition" => "partition key",
            "sort" => "sort key",
            "gsi-partition" => "partition key of index '" + Index + "'",
            "gsi-sort" => "sort key of index '" + Index + "'",
            _ => "sort key of local index '" + Index + "'",
        };

        /// <summary>Sort rank of a role: table keys first.</summary>
        public static int Order(string role) => role switch
        {
            "partition" => 0,
            "sort" => 1,
            "gsi-partition" => 2,
            "gsi-sort" => 3,
            _ => 4,
        };

        public static string RoleName(KeyRole role) => role switch
        {
            KeyRole.TablePartition => "partition",
            KeyRole.TableSort => "sort",
            KeyRole.GsiPartition => "gsi-partition",
            KeyRole.GsiSort => "gsi-sort",
            _ => "lsi-sort",
        };
    }
}
