using System;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.Testing;

/// <summary>
/// Fetches one npm package with <c>npm pack</c> and unpacks it into the tool cache, once per machine.
/// <c>npm pack</c> downloads the tarball alone, without installing the package's dependencies.
/// </summary>
internal static class NpmPackage
{
    /// <summary>Returns the unpacked <c>package/</c> folder of <paramref name="packageSpec"/> (such as <c>name@1.2.3</c>).</summary>
    public static async Task<string> EnsureUnpackedAsync(string cacheDirectory, string packageSpec, string npmExecutable, CancellationToken cancellationToken)
    {
        var folderName = new string(packageSpec.Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '-' ? c : '_').ToArray());
        var target = Path.Combine(cacheDirectory, folderName);
        var marker = Path.Combine(target, ".complete");
        if (File.Exists(marker))
        {
            return Path.Combine(target, "package");
        }

        using (await ToolCache.LockAsync(cacheDirectory, folderName, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false))
        {
            if (File.Exists(marker))
            {
                return Path.Combine(target, "package");
            }

            var work = Path.Combine(cacheDirectory, folderName + ".tmp-" + Environment.ProcessId);
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }

            Directory.CreateDirectory(work);
            var output = await ExternalTool.RunAsync(
                npmExecutable,
                new[] { "pack", packageSpec, "--silent" },
                work,
                $"to download the npm package {packageSpec}",
                TimeSpan.FromMinutes(5),
                cancellationToken).ConfigureAwait(false);
            var tarball = Directory.GetFiles(work, "*.tgz").FirstOrDefault()
                ?? throw new TestServerException($"'npm pack {packageSpec}' produced no tarball. Its output:{Environment.NewLine}{output}");

            await using (var file = File.OpenRead(tarball))
            await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
            {
                await TarFile.ExtractToDirectoryAsync(gzip, work, overwriteFiles: true, cancellationToken).ConfigureAwait(false);
            }

            File.Delete(tarball);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(work, target);
            await File.WriteAllTextAsync(marker, packageSpec, cancellationToken).ConfigureAwait(false);
            return Path.Combine(target, "package");
        }
    }
}
