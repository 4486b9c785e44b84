using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Boto3Assist.Analyzers;
using Boto3Assist.DynamoDb;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Analyzers.Benchmarks;

/// <summary>
/// All Boto3Assist analyzers over 200 entities (20 tables) plus 40 request literals, against the compiler alone on the
/// same compilation. Each operation starts from a fresh clone, so binding is paid in both and the difference is the
/// analyzers' cost.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private CSharpCompilation compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> analyzers;

    [Params(200)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(DynamoTableAttribute).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Amazon.DynamoDBv2.Model.ScanRequest).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Amazon.Runtime.AmazonWebServiceRequest).Assembly.Location));
        var tree = CSharpSyntaxTree.ParseText(EntitySourceGenerator.Generate(Entities), new CSharpParseOptions(LanguageVersion.Latest));
        compilation = CSharpCompilation.Create(
            "Bench",
            new[] { tree },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        analyzers = typeof(DiagnosticIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        // Fail fast if the benchmark does not exercise the rules.
        var diagnostics = RunAnalyzers().GetAwaiter().GetResult();
        if (diagnostics.Length == 0 || compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("benchmark source must compile and produce analyzer diagnostics");
        }
    }

    [Benchmark(Baseline = true)]
    public int CompilerOnly() => compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public async Task<int> CompilerAndAllAnalyzers()
    {
        var clone = compilation.Clone();
        var withAnalyzers = clone.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        return (await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
    }

    private async Task<ImmutableArray<Diagnostic>> RunAnalyzers()
    {
        var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
    }
}
