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
/// Declares a global secondary index whose key attributes are built from templates.
/// When any placeholder of the index's key is <see langword="null"/>, the index attributes are left out of the item (a sparse index).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = true)]
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
sealed class GsiKeyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="indexName">The index name.</param>
    /// <param name="partitionKeyTemplate">The template of the index partition key.</param>
    /// <param name="sortKeyTemplate">The template of the index sort key, if the index has one.</param>
    public GsiKeyAttribute(string indexName, string partitionKeyTemplate, string? sortKeyTemplate = null)
    {
        IndexName = indexName;
        PartitionKeyTemplate = partitionKeyTemplate;
        SortKeyTemplate = sortKeyTemplate;
    }

    /// <summary>The index name.</summary>
    public string IndexName { get; }

    /// <summary>The template of the index partition key.</summary>
    public string PartitionKeyTemplate { get; }

    /// <summary>The template of the index sort key, or <see langword="null"/>.</summary>
    public string? SortKeyTemplate { get; }

    /// <summary>The partition key attribute name when <see cref="PartitionKeyAttributeName"/> is not set: the index name and this suffix (<c>gsi1_pk</c>).</summary>
    public const string DefaultPartitionKeySuffix = "_pk";

    /// <summary>The sort key attribute name when <see cref="SortKeyAttributeName"/> is not set: the index name and this suffix (<c>gsi1_sk</c>).</summary>
    public const string DefaultSortKeySuffix = "_sk";

    /// <summary>The partition key attribute name. Defaults to <c>{indexName}_pk</c>.</summary>
    public string? PartitionKeyAttributeName { get; set; }

    /// <summary>The sort key attribute name. Defaults to <c>{indexName}_sk</c>.</summary>
    public string? SortKeyAttributeName { get; set; }

    /// <summary>
    /// The access pattern the index serves (for example <c>"ByProject"</c>), naming the generated code after it
    /// (<c>Keys.ByProject, QueryByProjectAsync</c>) instead of after the physical index name. The index itself keeps <see cref="IndexName"/>.
    /// </summary>
    public string? Name { get; set; }
}
