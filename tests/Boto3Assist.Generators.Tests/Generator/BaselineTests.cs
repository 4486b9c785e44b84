using Boto3Assist.Generators.Tests.Infrastructure;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>
/// The generated files for representative models, compared with Baselines/&lt;Test&gt;/&lt;HintName&gt;.txt.
/// Set BOTO3ASSIST_UPDATE_BASELINES=1 to rewrite the baselines after an intended change, then review the diff.
/// </summary>
public class BaselineTests
{
    [Fact]
    public void OrdersSingleTable() => Verify(nameof(OrdersSingleTable), ModelSources.With("Orders.cs"));

    [Fact]
    public void MemberKeyClassicTable() => Verify(nameof(MemberKeyClassicTable), ModelSources.With("ClassicUser.cs"));

    [Fact]
    public void RecordConstructorEnumNumbersConverter() => Verify(nameof(RecordConstructorEnumNumbersConverter), ModelSources.With("Records.cs", "AllTypes.cs"), onlyHints: "Product");

    [Fact]
    public void ClientConventions() => Verify(nameof(ClientConventions), ModelSources.With("Conventions.cs"));

    [Fact]
    public void AllTypes() => Verify(nameof(AllTypes), ModelSources.With("AllTypes.cs"));

    [Fact]
    public void SchemaVersions() => Verify(nameof(SchemaVersions), ModelSources.With("SchemaVersions.cs"), onlyHints: "VersionedCustomer");

    private static void Verify(string testName, string[] sources, string? onlyHints = null)
    {
        var output = GeneratorHarness.Run(sources).AssertCompilesCleanly();
        var generated = output.Sources
            .Where(s => onlyHints is null || s.Key.Contains("." + onlyHints + ".", StringComparison.Ordinal))
            .ToDictionary(s => s.Key, s => s.Value);
        Assert.NotEmpty(generated);

        var directory = Path.Combine(ModelSources.ProjectDirectory(), "Baselines", testName);
        if (Environment.GetEnvironmentVariable("BOTO3ASSIST_UPDATE_BASELINES") == "1")
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            foreach (var (hint, text) in generated)
            {
                File.WriteAllText(Path.Combine(directory, hint + ".txt"), text);
            }

            return;
        }

        Assert.True(Directory.Exists(directory), $"No baselines for {testName}: run with BOTO3ASSIST_UPDATE_BASELINES=1 to create them.");
        var expectedFiles = Directory.GetFiles(directory, "*.txt").Select(Path.GetFileName).Select(f => f![..^4]).OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(expectedFiles, generated.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (hint, text) in generated)
        {
            var expected = File.ReadAllText(Path.Combine(directory, hint + ".txt")).Replace("\r\n", "\n");
            if (expected != text)
            {
                var expectedLines = expected.Split('\n');
                var actualLines = text.Split('\n');
                var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
                Assert.Fail($"{hint} differs from its baseline at line {line + 1}:\n  expected: {expectedLines.ElementAtOrDefault(line)}\n  actual:   {actualLines.ElementAtOrDefault(line)}\n(BOTO3ASSIST_UPDATE_BASELINES=1 rewrites the baselines.)");
            }
        }
    }
}
