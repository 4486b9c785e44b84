namespace Boto3Assist.Packaging.Tests;

/// <summary>
/// Copies the repository (sources only) to a temporary folder and packs Boto3Assist and Boto3Assist.Testing there once
/// per run into a local folder feed, with a version of its own so the NuGet cache never serves an older build.
/// Consumers restore from that folder plus the machine's usual sources. Working on a copy keeps these builds from
/// rewriting assemblies that other test projects of the same run have loaded.
/// </summary>
public sealed class PackageFeedFixture : IAsyncLifetime
{
    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    public string WorkDirectory { get; } = Directory.CreateTempSubdirectory("boto3assist-packaging-").FullName;

    public string FeedDirectory => Path.Combine(WorkDirectory, "feed");

    /// <summary>The private copy of the repository that packing and publishing build in.</summary>
    public string RepositoryCopy => Path.Combine(WorkDirectory, "repo");

    public async Task InitializeAsync()
    {
        foreach (var entry in new[] { "src", "samples", "build", "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md", ".editorconfig" })
        {
            var source = Path.Combine(RepositoryPaths.Root, entry);
            if (Directory.Exists(source))
            {
                CopyDirectory(source, Path.Combine(RepositoryCopy, entry));
            }
            else
            {
                File.Copy(source, Path.Combine(RepositoryCopy, entry));
            }
        }

        var (code, output) = await DotnetCli.RunAsync("bash", $"build/pack.sh \"{FeedDirectory}\" {Version}", RepositoryCopy, TimeSpan.FromMinutes(8));
        Assert.True(code == 0, "packing failed:\n" + output);
    }

    /// <summary>Copies a consumer folder next to a nuget.config that adds the local feed, and returns its path.</summary>
    public string PrepareConsumer(string sourceDirectory, string name)
    {
        var target = Path.Combine(WorkDirectory, name);
        CopyDirectory(sourceDirectory, target);
        File.WriteAllText(Path.Combine(target, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="boto3assist-local" value="{FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        // Keep the consumer out of the repository's Directory.Build.props / Directory.Packages.props.
        File.WriteAllText(Path.Combine(target, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(target, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        return target;
    }

    public Task DisposeAsync()
    {
        // The unique test version must not pile up in the machine's package cache.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "boto3assist", "boto3assist.testing" })
        {
            var dir = Path.Combine(cache, id, Version);
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        Directory.Delete(WorkDirectory, recursive: true);
        return Task.CompletedTask;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj" or "node_modules" or "BenchmarkDotNet.Artifacts"))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "package feed";
}
