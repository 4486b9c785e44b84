using System.Diagnostics;
using System.Net.NetworkInformation;

namespace Boto3Assist.Runtime.Tests.Testing;

/// <summary>What the server-process tests look at: a process's standard input, and whether a server is really gone.</summary>
internal static class ServerProcessChecks
{
    /// <summary>What file descriptor 0 of a process points at (Linux /proc), such as <c>pipe:[1234]</c> or <c>/dev/pts/0</c>.</summary>
    public static string StandardInputOf(int processId) =>
        new FileInfo($"/proc/{processId}/fd/0").LinkTarget ?? throw new InvalidOperationException($"/proc/{processId}/fd/0 is not a link.");

    /// <summary>Waits (up to <paramref name="timeout"/>) until the process has exited and nothing listens on the port.</summary>
    public static async Task<bool> GoneAsync(int processId, int port, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (!limit.IsCancellationRequested)
        {
            if (!IsRunning(processId) && !IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Any(e => e.Port == port))
            {
                return true;
            }

            await Task.Delay(100, CancellationToken.None);
        }

        return false;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
