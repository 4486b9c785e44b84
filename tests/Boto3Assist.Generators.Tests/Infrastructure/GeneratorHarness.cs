using System.Collections.Immutable;
using System.Reflection;
using Boto3Assist.DynamoDb;
using Boto3Assist.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Boto3Assist.Generators.Tests.Infrastructure;

/// <summary>What one generator run produced.</summary>
public sealed record GeneratorOutput(
    CSharpCompilation InputCompilation,
    Compilation OutputCompilation,
    GeneratorDriverRunResult RunResult,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The entity files (*.DynamoEntity.g.cs) by hint name; other outputs of the generator (repositories) are left out.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        RunResult.Results.SelectMany(r => r.GeneratedSources).Where(s => s.HintName.EndsWith(".DynamoEntity.g.cs", StringComparison.Ordinal))
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Errors and warnings of the compilation including the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Fails with the generated code shown when the output does not compile cleanly.</summary>
    public GeneratorOutput AssertCompilesCleanly()
    {
        var exceptions = RunResult.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()).ToList();
        Assert.True(exceptions.Count == 0, "The generator threw: " + string.Join("\n", exceptions));
        Assert.Empty(GeneratorDiagnostics);
        var diagnostics = CompilationDiagnostics;
        if (diagnostics.Count > 0)
        {
            var text = string.Join("\n", diagnostics.Select(d => d.ToString()));
            var sources = string.Join("\n\n", Sources.Select(s => "// ==== " + s.Key + "\n" + Numbered(s.Value)));
            Assert.Fail("The generated code does not compile cleanly:\n" + text + "\n\n" + sources);
        }

        return this;
    }

    private static string Numbered(string source) =>
        string.Join("\n", source.Split('\n').Select((line, i) => (i + 1).ToString().PadLeft(4) + " " + line));
}

/// <summary>
/// Runs <see cref="EntityGenerator"/> with <see cref="CSharpGeneratorDriver"/> over in-memory sources, against the real
/// Boto3Assist runtime and AWS SDK assemblies, and loads the result to execute it.
/// </summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratedModels",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Model{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new EntityGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorOutput Run(params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutput(compilation, output, driver.GetRunResult(), diagnostics);
    }

    /// <summary>Emits the output compilation and loads it in a collectible context.</summary>
    public static Assembly Load(GeneratorOutput output)
    {
        using var stream = new MemoryStream();
        var result = output.OutputCompilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true);
        return context.LoadFromStream(stream);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(IDynamoEntity<>).Assembly.Location);
        paths.Add(typeof(Amazon.DynamoDBv2.Model.AttributeValue).Assembly.Location);
        paths.Add(typeof(Amazon.Runtime.AmazonServiceException).Assembly.Location);
        // The test assembly itself is on the list: leave it out, its Models/ would clash with the sources under test.
        paths.RemoveAll(p => Path.GetFileName(p) == typeof(GeneratorHarness).Assembly.GetName().Name + ".dll");
        return paths.Distinct().Where(File.Exists).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }
}
