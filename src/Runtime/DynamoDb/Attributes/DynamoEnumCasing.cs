// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>The casing of an enum stored by name.</summary>
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
enum DynamoEnumCasing
{
    /// <summary>The name as declared (<c>PendingReview</c>).</summary>
    AsDeclared = 0,

    /// <summary>
    /// The name in lower case (<c>pendingreview</c>), as boto3-assist models often store enum values. Names are read
    /// in any casing either way.
    /// </summary>
    LowerCase = 1,
}
