using System;

// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>
/// Declares a local secondary index: the table's partition key with another sort key built from a template.
/// LSIs can only be created with the table, at most 5 per table.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = true)]
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
sealed class LsiKeyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="indexName">The index name.</param>
    /// <param name="sortKeyTemplate">The template of the index sort key.</param>
    public LsiKeyAttribute(string indexName, string sortKeyTemplate)
    {
        IndexName = indexName;
        SortKeyTemplate = sortKeyTemplate;
    }

    /// <summary>The index name.</summary>
    public string IndexName { get; }

    /// <summary>The template of the index sort key.</summary>
    public string SortKeyTemplate { get; }

    /// <summary>The sort key attribute name when <see cref="SortKeyAttributeName"/> is not set: the index name and this suffix (<c>lsi1_sk</c>).</summary>
    public const string DefaultSortKeySuffix = "_sk";

    /// <summary>The sort key attribute name. Defaults to <c>{indexName}_sk</c>.</summary>
    public string? SortKeyAttributeName { get; set; }

    /// <summary>
    /// The access pattern the index serves (for example <c>"ByProject"</c>), naming the generated code after it
    /// (<c>Keys.ByDate, QueryByDateAsync</c>) instead of after the physical index name. The index itself keeps <see cref="IndexName"/>.
    /// </summary>
    public string? Name { get; set; }
}
