using Boto3Assist.Generators.Common;

namespace Boto3Assist.Generators.Model
{
    /// <summary>One part of a parsed key template: a literal or a placeholder.</summary>
    /// <param name="Text">The literal text, or the member name of a placeholder.</param>
    /// <param name="IsPlaceholder">A <c>{Member}</c> placeholder.</param>
    /// <param name="Format">The format after the colon.</param>
    internal sealed record KeySegmentSpec(string Text, bool IsPlaceholder, string? Format);

    /// <summary>A member a key is built from, as a key builder parameter.</summary>
    /// <param name="MemberName">The member.</param>
    /// <param name="ParameterName">The camelCase parameter name (escaped with @ when a keyword).</param>
    /// <param name="Type">The member's type; parameters use its non-nullable <see cref="TypeSpec.ValueTypeName"/>.</param>
    internal sealed record KeyParameterSpec(string MemberName, string ParameterName, TypeSpec Type);

    /// <summary>A key attribute of the table or an index.</summary>
    /// <param name="AttributeName">The attribute name.</param>
    /// <param name="Template">The template text, or null for a member key.</param>
    /// <param name="Segments">The parsed template (empty for a member key).</param>
    /// <param name="Parameters">The distinct members it is built from, in template order (the member itself for a member key).</param>
    /// <param name="KeyType">The scalar type (templates always build strings).</param>
    /// <param name="Delimiters">The characters a string placeholder's value may not contain (empty for a member key).</param>
    internal sealed record KeySpec(
        string AttributeName,
        string? Template,
        EquatableArray<KeySegmentSpec> Segments,
        EquatableArray<KeyParameterSpec> Parameters,
        KeyScalarType KeyType,
        string Delimiters)
    {
        public bool IsMemberKey => Template is null;
    }

    /// <summary>The DynamoDB scalar type of a key attribute.</summary>
    internal enum KeyScalarType
    {
        /// <summary>S.</summary>
        String,

        /// <summary>N.</summary>
        Number,

        /// <summary>B.</summary>
        Binary,
    }

    /// <summary>A secondary index.</summary>
    /// <param name="IndexName">The index name.</param>
    /// <param name="ClassName">The nested class in <c>Keys</c> (PascalCase of the access-pattern name, else of the index name).</param>
    /// <param name="IsNamedForAccessPattern">Named by <c>Name</c> (<c>ByProject</c>): the query methods are <c>Query{ClassName}Async</c>.</param>
    /// <param name="IsLocal">A local secondary index (its partition key is the table's).</param>
    /// <param name="PartitionKey">The GSI partition key; null for an LSI.</param>
    /// <param name="SortKey">The sort key, if any.</param>
    internal sealed record IndexSpec(string IndexName, string ClassName, bool IsNamedForAccessPattern, bool IsLocal, KeySpec? PartitionKey, KeySpec? SortKey);
}
