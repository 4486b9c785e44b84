using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.Testing;

/// <summary>
/// The folder where downloaded servers are kept between runs (never inside a repository), and a cross-process lock
/// so that test projects running in parallel do not download or compile the same thing at once.
/// </summary>
internal static class ToolCache
{
    /// <summary><c>$BOTO3ASSIST_CACHE</c>, else <c>$XDG_CACHE_HOME/boto3assist</c>, else <c>~/.cache/boto3assist</c>.</summary>
    public static string DefaultDirectory
    {
        get
        {
            var explicitDir = Environment.GetEnvironmentVariable("BOTO3ASSIST_CACHE");
            if (!string.IsNullOrWhiteSpace(explicitDir))
            {
                return explicitDir;
            }

            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrWhiteSpace(xdg)
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "boto3assist");
        }
    }

    /// <summary>Holds an exclusive lock file in <paramref name="directory"/> until disposed.</summary>
    public static async Task<IDisposable> LockAsync(string directory, string name, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw new TestServerException($"Timed out after {timeout.TotalSeconds:0} s waiting for the lock '{path}' held by another process.", ex);
            }
        }
    }
}
