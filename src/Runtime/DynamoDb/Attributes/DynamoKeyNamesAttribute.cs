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
/// The key attribute names of a table's entities, declared once: on an entity, or on the assembly for every entity in
/// it (an entity's own declaration wins; a key's own <c>AttributeName</c> wins over both). Published single-table
/// designs call them <c>PK</c>, <c>SK</c>, <c>GSI1PK</c>, <c>GSI1SK</c>:
/// <code>[assembly: DynamoKeyNames(PartitionKey = "PK", SortKey = "SK", IndexPartitionKey = "{index}PK", IndexSortKey = "{index}SK")]</code>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
sealed class DynamoKeyNamesAttribute : Attribute
{
    /// <summary>The placeholder of the index name in <see cref="IndexPartitionKey"/> and <see cref="IndexSortKey"/>.</summary>
    public const string IndexPlaceholder = "{index}";

    /// <summary>The partition key attribute of template keys. Defaults to <c>pk</c>.</summary>
    public string? PartitionKey { get; set; }

    /// <summary>The sort key attribute of template keys. Defaults to <c>sk</c>.</summary>
    public string? SortKey { get; set; }

    /// <summary>The partition key attribute of each GSI, <c>{index}</c> standing for the index name. Defaults to <c>{index}_pk</c>.</summary>
    public string? IndexPartitionKey { get; set; }

    /// <summary>The sort key attribute of each GSI and LSI, <c>{index}</c> standing for the index name. Defaults to <c>{index}_sk</c>.</summary>
    public string? IndexSortKey { get; set; }

    /// <summary>The attribute name an index key gets from a pattern such as <c>{index}PK</c>.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="indexName">The index name.</param>
    /// <returns>The attribute name.</returns>
    public static string ForIndex(string pattern, string indexName) => pattern.Replace(IndexPlaceholder, indexName);
}
