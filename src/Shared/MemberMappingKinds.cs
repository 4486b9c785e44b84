// Shared by the generator and the analyzers (linked into both), so they agree on which member types map and how.
namespace Boto3Assist.Shared
{
    /// <summary>How a member type is stored in DynamoDB.</summary>
    internal enum MemberMappingKind
    {
        /// <summary>The type cannot be mapped; see <see cref="MemberTypeClassification.UnsupportedReason"/>.</summary>
        Unsupported = 0,

        /// <summary>string: <c>S</c>.</summary>
        String,

        /// <summary>bool: <c>BOOL</c>.</summary>
        Boolean,

        /// <summary>Any integer type, float, double or decimal: <c>N</c>. See <see cref="MemberTypeClassification.Number"/>.</summary>
        Number,

        /// <summary>Guid: <c>S</c> ("D" format).</summary>
        Guid,

        /// <summary>DateTime: <c>S</c> (ISO-8601 UTC, "O").</summary>
        DateTime,

        /// <summary>DateTimeOffset: <c>S</c> (ISO-8601 UTC, "O").</summary>
        DateTimeOffset,

        /// <summary>DateOnly: <c>S</c> (yyyy-MM-dd).</summary>
        DateOnly,

        /// <summary>TimeOnly: <c>S</c> (HH:mm:ss.fffffff).</summary>
        TimeOnly,

        /// <summary>TimeSpan: <c>S</c> (invariant "c").</summary>
        TimeSpan,

        /// <summary>An enum: <c>S</c> (name) or <c>N</c> (number), chosen per member.</summary>
        Enum,

        /// <summary>byte[] or ReadOnlyMemory&lt;byte&gt;: <c>B</c>. See <see cref="MemberTypeClassification.Binary"/>.</summary>
        Binary,

        /// <summary>An array or list-like collection: <c>L</c>. See <see cref="MemberTypeClassification.Element"/>.</summary>
        List,

        /// <summary>A set of strings, numbers or byte arrays: <c>SS</c>, <c>NS</c> or <c>BS</c>.</summary>
        Set,

        /// <summary>A dictionary with string keys: <c>M</c>. The value type is <see cref="MemberTypeClassification.Element"/>.</summary>
        Map,

        /// <summary>A nested class, record or struct: <c>M</c>, mapped member by member.</summary>
        Object,

        /// <summary>Stored by the member's [DynamoConverter] (the type itself is not classified).</summary>
        Converter,
    }

    /// <summary>The numeric CLR type of a <see cref="MemberMappingKind.Number"/> member (or an enum's underlying type).</summary>
    internal enum NumberType
    {
        None = 0,
        Byte,
        SByte,
        Int16,
        UInt16,
        Int32,
        UInt32,
        Int64,
        UInt64,
        Single,
        Double,
        Decimal,
    }

    /// <summary>The CLR form of a <see cref="MemberMappingKind.Binary"/> member.</summary>
    internal enum BinaryType
    {
        None = 0,
        ByteArray,
        ReadOnlyMemory,
    }

    /// <summary>The declared collection type of a list, set or map member; decides what FromItem creates.</summary>
    internal enum CollectionShape
    {
        None = 0,
        Array,
        List,
        IList,
        ICollection,
        IEnumerable,
        IReadOnlyList,
        IReadOnlyCollection,
        HashSet,
        ISet,
        IReadOnlySet,
        Dictionary,
        IDictionary,
        IReadOnlyDictionary,
    }
}
