using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Boto3Assist.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Tests;

/// <summary>
/// Runs every analyzer over samples/BadModels in memory (fast; the packaging tests also build it for real) and
/// compares with samples/BadModels/expected-diagnostics.txt, so the sample, its list and the rules stay in step.
/// </summary>
public class BadModelsSampleTests
{
    [Fact]
    public async Task Analyzers_report_exactly_the_expected_diagnostics_of_the_sample()
    {
        var root = Path.Combine(FindRepoRoot(), "samples", "BadModels");
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var implicitUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading.Tasks;",
            parseOptions,
            path: "ImplicitUsings.g.cs");
        var trees = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parseOptions, path: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Append(implicitUsings)
            .ToArray();
        var compilation = CSharpCompilation.Create(
            "BadModels",
            trees,
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var analyzers = typeof(DiagnosticIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        // The committed dynamo-schema.json, as the Boto3Assist targets pass it (B3A5008, B3A5009).
        var schemaFile = Path.Combine(root, "dynamo-schema.json");
        var additionalFiles = ImmutableArray.Create<AdditionalText>(new FileText(schemaFile));
        var options = new AnalyzerOptions(additionalFiles, new GlobalOptionsProvider(new Dictionary<string, string> { ["boto3assist.max_gsi_count"] = "3" }));
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        var actual = diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}")
            .Distinct()
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToArray();
        var expected = File.ReadAllLines(Path.Combine(root, "expected-diagnostics.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, actual);

        // Every rule is demonstrated by the sample.
        var ids = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.Equal(ids.OrderBy(x => x), expected.Select(l => l.Split(' ')[0]).Distinct().OrderBy(x => x));
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Boto3Assist.Generators.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(Path));
    }

    private sealed class GlobalOptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
