// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>How bytes (<c>byte[]</c>, <c>ReadOnlyMemory&lt;byte&gt;</c>) are stored.</summary>
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
enum DynamoBinaryFormat
{
    /// <summary>A Binary (<c>B</c>): the default.</summary>
    Binary = 0,

    /// <summary>
    /// Lower-case hex text in a String (<c>S "000102ff"</c>), as boto3-assist stores bytes. Read from <c>B</c> too, and
    /// from hex text in either case.
    /// </summary>
    Hex = 1,

    /// <summary>Base64 text in a String (<c>S "AAEC/w=="</c>). Read from <c>B</c> too.</summary>
    Base64 = 2,
}
