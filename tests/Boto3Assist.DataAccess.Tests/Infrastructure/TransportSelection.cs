using System.Runtime.CompilerServices;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Infrastructure;

/// <summary>
/// Every test of this project runs on both transports: <c>test.sh</c> runs the project a second time with
/// <c>BOTO3ASSIST_TEST_TRANSPORT=Http</c>, which makes every <see cref="DynamoDataAccessOptions"/> the tests create (and
/// so every <see cref="DynamoDataContext"/>) use the HTTP transport unless a test chooses one itself.
/// </summary>
internal static class TransportSelection
{
    public const string Variable = "BOTO3ASSIST_TEST_TRANSPORT";

    /// <summary>The transport of this run.</summary>
    public static DynamoTransportKind Current => DynamoDataAccessOptions.DefaultTransport;

    [ModuleInitializer]
    internal static void Select()
    {
        var chosen = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(chosen))
        {
            DynamoDataAccessOptions.DefaultTransport = Enum.Parse<DynamoTransportKind>(chosen, ignoreCase: true);
        }
    }
}
