// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>The write conventions of another DynamoDB client, for tables that client shares: see <c>docs/adopting-existing-tables.md</c>.</summary>
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
enum DynamoConventionPreset
{
    /// <summary>This library's own: ISO round-trip dates, enums by name as declared, <c>BOOL</c>, <c>B</c>.</summary>
    None = 0,

    /// <summary>
    /// The AWS SDK for .NET's DynamoDBContext (conversion V1, unconfigured, and what V2 reads): dates with milliseconds
    /// and <c>Z</c>, enums as numbers, <c>bool</c> as <c>N</c> 1/0, bytes as <c>B</c>.
    /// </summary>
    DynamoDbContext = 1,

    /// <summary>
    /// The Python library boto3-assist: dates as Python's <c>isoformat()</c> (<c>+00:00</c>), enums by name in lower
    /// case, <c>BOOL</c>, bytes as hex text. Pair it with <c>NamingPolicy = DynamoNamingPolicy.SnakeCase</c> and
    /// <c>{Member:lower}</c> key placeholders.
    /// </summary>
    Boto3Assist = 2,

    /// <summary>
    /// ElectroDB (JavaScript): dates with milliseconds and <c>Z</c> (<c>toISOString()</c>), enums by name as declared,
    /// <c>BOOL</c>, bytes as <c>B</c>. Pair it with <c>DiscriminatorAttribute = "__edb_e__"</c>, the entity name as
    /// <c>EntityType</c>, <c>[DynamoConstant("__edb_v__", "1")]</c> and <c>{Member:lower}</c> key placeholders.
    /// </summary>
    ElectroDb = 3,
}
