using Boto3Assist.Testing;

namespace Boto3Assist.Runtime.Tests.Infrastructure;

/// <summary>
/// One DynamoDB Local and one fauxqs for the whole test run, started on first use and stopped when the test process
/// exits. Test classes run in parallel against them and keep apart by using their own table, queue and bucket names.
/// </summary>
public static class SharedServers
{
    private static readonly Lazy<Task<DynamoDbLocal>> DynamoDb = new(() => StartAndStopOnExit(() => DynamoDbLocal.StartAsync()));

    private static readonly Lazy<Task<FauxqsServer>> Fauxqs = new(() => StartAndStopOnExit(() => FauxqsServer.StartAsync()));

    public static Task<DynamoDbLocal> DynamoDbAsync() => DynamoDb.Value;

    public static Task<FauxqsServer> FauxqsAsync() => Fauxqs.Value;

    private static async Task<T> StartAndStopOnExit<T>(Func<Task<T>> start)
        where T : IDisposable
    {
        var server = await start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    }
}
