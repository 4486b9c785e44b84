// Compiled into the generator and the analyzers too (src/Shared reads declarations through these very types, so
// defaults and enum values have one definition), under another namespace there so that a project referencing both
// the runtime and a compiler component never sees two types of one name, and internal there.
#if BOTO3ASSIST_COMPILER_COMPONENT
namespace Boto3Assist.Shared.Declarations;
#else
namespace Boto3Assist.DynamoDb;
#endif

/// <summary>How <c>DateTime</c> and <c>DateTimeOffset</c> values are written as text (always in UTC). Every form reads back.</summary>
#if BOTO3ASSIST_COMPILER_COMPONENT
internal
#else
public
#endif
enum DynamoDateTimeFormat
{
    /// <summary>
    /// ISO-8601 round-trip form with 7 fraction digits and <c>Z</c> (<c>2024-05-01T13:45:30.1234560Z</c>): the default,
    /// no tick is lost.
    /// </summary>
    RoundTrip = 0,

    /// <summary>
    /// Milliseconds and <c>Z</c> (<c>2024-05-01T13:45:30.123Z</c>), as DynamoDBContext and JavaScript's
    /// <c>toISOString()</c> (ElectroDB) write dates. Finer digits are dropped when written.
    /// </summary>
    UtcMilliseconds = 1,

    /// <summary>
    /// Python's <c>datetime.isoformat()</c> of a UTC value, as boto3-assist writes dates: microseconds and
    /// <c>+00:00</c> (<c>2024-05-01T13:45:30.123456+00:00</c>), no fraction when the microseconds are 0
    /// (<c>2024-05-01T13:45:30+00:00</c>). The seventh fraction digit is dropped when written.
    /// </summary>
    PythonIsoFormat = 2,
}
