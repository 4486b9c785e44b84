// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>How an enum value is stored.</summary>
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
enum DynamoEnumFormat
{
    /// <summary>As its name, a String (<c>S</c>).</summary>
    Name = 0,

    /// <summary>As its underlying number, a Number (<c>N</c>).</summary>
    Number = 1,
}
