// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>How a <c>bool</c> is stored. Either form reads back.</summary>
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
enum DynamoBooleanFormat
{
    /// <summary>A Boolean (<c>BOOL</c>): the default.</summary>
    Bool = 0,

    /// <summary>A Number, <c>1</c> or <c>0</c>, as DynamoDBContext stores a <c>bool</c> (unconfigured or conversion V1).</summary>
    Number = 1,
}
