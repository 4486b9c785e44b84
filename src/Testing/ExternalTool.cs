using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.Testing;

/// <summary>Runs a short-lived command (npm, javac) to completion and turns every failure into a <see cref="TestServerException"/>.</summary>
internal static class ExternalTool
{
    public static async Task<string> RunAsync(string fileName, string[] arguments, string workingDirectory, string whatFor, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new TestServerException($"'{fileName}' did not start ({whatFor}).");
        }
        catch (Win32Exception ex)
        {
            throw new TestServerException($"'{fileName}' was not found; it is needed {whatFor}. Install it or put it on PATH.", ex);
        }

        using (process)
        {
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeoutSource.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new TestServerException($"'{fileName} {string.Join(' ', arguments)}' ({whatFor}) did not finish within {timeout.TotalSeconds:0} s.");
            }

            string text;
            lock (output)
            {
                text = output.ToString();
            }

            if (process.ExitCode != 0)
            {
                throw new TestServerException($"'{fileName} {string.Join(' ', arguments)}' ({whatFor}) failed with exit code {process.ExitCode}:{Environment.NewLine}{text}");
            }

            return text;
        }
    }
}
