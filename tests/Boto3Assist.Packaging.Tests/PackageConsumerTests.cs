using System.IO.Compression;

namespace Boto3Assist.Packaging.Tests;

[Collection(PackageFeedCollection.Name)]
public sealed class PackageConsumerTests(PackageFeedFixture feed)
{
    [Fact]
    public void Package_carries_runtime_generator_and_analyzers()
    {
        var package = Path.Combine(feed.FeedDirectory, $"Boto3Assist.{feed.Version}.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net8.0/Boto3Assist.dll", entries);
        Assert.Contains("lib/net10.0/Boto3Assist.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Boto3Assist.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Boto3Assist.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Boto3Assist.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/Boto3Assist.targets", entries);

        // The Roslyn components must not become dependencies of the user's application.
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.DoesNotContain("id=\"Microsoft.CodeAnalysis", text, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Boto3Assist.Generators", text, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Boto3Assist.Analyzers", text, StringComparison.Ordinal);
        Assert.Contains("id=\"AWSSDK.DynamoDBv2\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generator_runs_for_a_package_consumer()
    {
        var consumer = feed.PrepareConsumer(Path.Combine(AppContext.BaseDirectory, "Consumer"), "consumer");
        var (code, output) = await DotnetCli.RunAsync("dotnet", $"run -c Release -p:Boto3AssistVersion={feed.Version}",
            consumer,
            TimeSpan.FromMinutes(5),
            // The consumer targets net8.0 (the oldest framework we ship); this machine may only have a newer runtime.
            new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" });
        Assert.True(code == 0, output);
        Assert.Contains("pk=CUSTOMER#c1", output, StringComparison.Ordinal);
        Assert.Contains("sk=ORDER#2024-05-01#o1", output, StringComparison.Ordinal);
        Assert.Contains("prefix=ORDER#2024-05-01#", output, StringComparison.Ordinal);
        Assert.Contains("table=shop", output, StringComparison.Ordinal);
        Assert.Contains("roundtrip=ok", output, StringComparison.Ordinal);
    }
}
