// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>How member names become DynamoDB attribute names.</summary>
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
enum DynamoNamingPolicy
{
    /// <summary>The member name as written (<c>OrderId</c>).</summary>
    AsIs = 0,

    /// <summary>camelCase (<c>orderId</c>).</summary>
    CamelCase = 1,

    /// <summary>snake_case (<c>order_id</c>).</summary>
    SnakeCase = 2,
}
