using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.Testing;

/// <summary>
/// A long-running server process: started, watched until it prints its ready line, and killed with its children
/// when disposed. Keeps the last lines of its output for error messages. Its standard input is a pipe closed at once:
/// a server that inherited the terminal of a test run started as a shell's background job would be stopped (SIGTTIN)
/// by the terminal, and a stopped process cannot notice that its parent is gone.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private const int KeptLines = 60;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _readyLine;

    private ServerProcess(Process process, string readyLine)
    {
        _process = process;
        _readyLine = readyLine;
    }

    public int ProcessId => _process.Id;

    public static ServerProcess Start(ProcessStartInfo info, string readyLine, string toolHint)
    {
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        Process process;
        try
        {
            process = new Process { StartInfo = info, EnableRaisingEvents = true };
            var server = new ServerProcess(process, readyLine);
            process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
            process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
            process.Exited += (_, _) => server._ready.TrySetException(
                new TestServerException($"'{info.FileName}' exited before it was ready. Its last output:{Environment.NewLine}{server.LastOutput}"));
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return server;
        }
        catch (Win32Exception ex)
        {
            throw new TestServerException($"'{info.FileName}' was not found. {toolHint}", ex);
        }
    }

    /// <summary>The last lines the process printed.</summary>
    public string LastOutput
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join(Environment.NewLine, _lastLines);
            }
        }
    }

    /// <summary>Waits for the ready line and returns it (a server may print its port on it).</summary>
    public async Task<string> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var finished = await Task.WhenAny(_ready.Task, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (finished != _ready.Task)
        {
            throw new TestServerException($"'{_process.StartInfo.FileName}' did not become ready within {timeout.TotalSeconds:0} s. Its last output:{Environment.NewLine}{LastOutput}");
        }

        return await _ready.Task.ConfigureAwait(false);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }

        if (line.Contains(_readyLine, StringComparison.Ordinal))
        {
            _ready.TrySetResult(line);
        }
    }
}
