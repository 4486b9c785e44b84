using System;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace Boto3Assist.Testing;

/// <summary>
/// A test server process listening on 127.0.0.1 only, stopped (with its child processes) when disposed.
/// Test servers accept any credentials; clients use <see cref="Credentials"/>.
/// </summary>
public abstract class LoopbackServer : IAsyncDisposable, IDisposable
{
    private readonly ServerProcess _process;

    private protected LoopbackServer(ServerProcess process, int port)
    {
        _process = process;
        Port = port;
        ServiceUrl = new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>The id of the server process (to watch it, or to prove it is gone).</summary>
    public int ProcessId => _process.ProcessId;

    /// <summary>The port the server listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The endpoint, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri ServiceUrl { get; }

    /// <summary>Placeholder credentials: the local servers accept any.</summary>
    protected static AWSCredentials Credentials => new BasicAWSCredentials("local", "local");

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        _process.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
