using System.Text.RegularExpressions;

namespace Boto3Assist.Packaging.Tests;

/// <summary>
/// The analyzers must run in a real build of a package consumer: samples/BadModels (deliberately bad models) is
/// built against the packed Boto3Assist and must report exactly the diagnostics listed in its expected-diagnostics.txt.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class BadModelsConsumerTests(PackageFeedFixture feed)
{
    [Fact]
    public async Task Analyzers_report_the_expected_diagnostics_in_a_package_consumer_build()
    {
        var source = Path.Combine(RepositoryPaths.Root, "samples", "BadModels");
        var consumer = feed.PrepareConsumer(source, "bad-models");
        var project = Directory.GetFiles(consumer, "*.csproj").Single();
        var text = File.ReadAllText(project);
        text = ProjectReference().Replace(text, string.Empty);
        text = text.Replace("</Project>", $"""
              <ItemGroup>
                <PackageReference Include="Boto3Assist" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal);
        File.WriteAllText(project, text);

        var (_, output) = await DotnetCli.RunAsync("dotnet", "build -c Release --no-incremental", consumer, TimeSpan.FromMinutes(5));

        var reported = Reported().Matches(output)
            .Select(m => $"{m.Groups["id"].Value} {Path.GetRelativePath(consumer, m.Groups["file"].Value).Replace('\\', '/')}:{m.Groups["line"].Value}")
            .ToHashSet();
        var expected = File.ReadAllLines(Path.Combine(source, "expected-diagnostics.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet();

        Assert.NotEmpty(expected);
        var missing = expected.Except(reported).OrderBy(x => x, StringComparer.Ordinal).ToList();
        var unexpected = reported.Except(expected).OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0, $"missing:\n{string.Join('\n', missing)}\nunexpected:\n{string.Join('\n', unexpected)}\nbuild output:\n{output}");
    }

    [GeneratedRegex(@"<ProjectReference[^>]*/>\s*")]
    private static partial Regex ProjectReference();

    [GeneratedRegex(@"^(?<file>/[^(\s]+\.cs)\((?<line>\d+),\d+\): (?:warning|error|info) (?<id>B3A\d{4})", RegexOptions.Multiline)]
    private static partial Regex Reported();
}
