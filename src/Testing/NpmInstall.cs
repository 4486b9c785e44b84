using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.Testing;

/// <summary>
/// Installs npm packages with their dependencies (<c>npm install --prefix</c>) into the tool cache, once per machine.
/// Used for servers that need their dependencies (fauxqs) and for other clients the tests run (ElectroDB);
/// <see cref="NpmPackage"/> fetches a lone tarball instead.
/// </summary>
internal static class NpmInstall
{
    /// <summary>Returns the prefix folder whose <c>node_modules</c> holds <paramref name="packageSpec"/> (such as <c>name@1.2.3</c>).</summary>
    public static Task<string> EnsureInstalledAsync(string cacheDirectory, string packageSpec, string npmExecutable, CancellationToken cancellationToken) =>
        EnsureInstalledAsync(cacheDirectory, new[] { packageSpec }, npmExecutable, cancellationToken);

    /// <summary>
    /// Returns the prefix folder whose <c>node_modules</c> holds every one of <paramref name="packageSpecs"/>, installed
    /// together (one folder per set of specs).
    /// </summary>
    public static async Task<string> EnsureInstalledAsync(string cacheDirectory, string[] packageSpecs, string npmExecutable, CancellationToken cancellationToken)
    {
        var packageSpec = string.Join(" ", packageSpecs);
        var folderName = "npm-install-" + new string(string.Join("+", packageSpecs).Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '+' ? c : '_').ToArray());
        var target = Path.Combine(cacheDirectory, folderName);
        var marker = Path.Combine(target, ".complete");
        if (File.Exists(marker))
        {
            return target;
        }

        using (await ToolCache.LockAsync(cacheDirectory, folderName, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false))
        {
            if (File.Exists(marker))
            {
                return target;
            }

            var work = Path.Combine(cacheDirectory, folderName + ".tmp-" + Environment.ProcessId);
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }

            Directory.CreateDirectory(work);

            // --ignore-scripts: nothing from the registry runs at install time; --omit=dev keeps the folder small.
            await ExternalTool.RunAsync(
                npmExecutable,
                new[] { "install" }.Concat(packageSpecs).Concat(new[] { "--prefix", work, "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error" }).ToArray(),
                work,
                $"to install the npm package {packageSpec}",
                TimeSpan.FromMinutes(5),
                cancellationToken).ConfigureAwait(false);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(work, target);
            await File.WriteAllTextAsync(marker, packageSpec, cancellationToken).ConfigureAwait(false);
            return target;
        }
    }
}
