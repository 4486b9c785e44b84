using System.Collections.Immutable;
using System.Reflection;
using Boto3Assist.Analyzers.Rules;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Boto3Assist.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>
/// The generator and the analyzers read the model once (src/Shared): an entity the generator skips always carries an
/// error from the analyzers, and an entity it generates never carries B3A0014. A failure of the generator itself is
/// reported as B3A9001 naming the entity and the exception.
/// </summary>
public class SkippedEntityReportTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(EntityEligibilityAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    [Theory]
    [MemberData(nameof(RobustnessTests.Cases), MemberType = typeof(RobustnessTests))]
    public async Task A_skipped_entity_always_has_an_analyzer_error_and_a_generated_one_never_has_B3A0014(string name, string source, bool? generates)
    {
        var output = GeneratorHarness.Run(RobustnessTests.Usings + source);
        var diagnostics = await output.OutputCompilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("B3A", StringComparison.Ordinal)).ToList();

        Assert.Empty(output.GeneratorDiagnostics);
        if (generates == false)
        {
            Assert.True(errors.Count > 0, name + ": the generator emitted nothing, yet no analyzer reported an error");
        }
        else if (generates == true)
        {
            Assert.True(errors.All(d => d.Id != "B3A0014"), name + ": generated, yet " + string.Join("; ", errors));
        }
    }

    [Theory]
    [InlineData("[DynamoTable(\"t\")] public partial class A { [PartitionKey, DynamoConverter(typeof(C))] public int Id { get; set; } }", "member 'Id' is the partition key and has a [DynamoConverter]")]
    [InlineData("[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class A { public string Id { get; set; } = \"\"; [Ttl, DynamoConverter(typeof(C))] public long Id2 { get; set; } }", "[Ttl] member 'Id2' has a [DynamoConverter]")]
    public async Task A_converter_on_a_key_or_ttl_member_is_reported_as_B3A0014(string entity, string reason)
    {
        const string converter = " public class C : IDynamoConverter<int>, IDynamoConverter<long> { public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(int v) => new(); int IDynamoConverter<int>.FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue v) => 0; public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(long v) => new(); long IDynamoConverter<long>.FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue v) => 0; }";
        var output = GeneratorHarness.Run(RobustnessTests.Usings + entity + converter);
        var diagnostics = await output.OutputCompilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(output.Sources);
        var reported = Assert.Single(diagnostics, d => d.Id == "B3A0014");
        Assert.Contains("No code is generated for 'A' because " + reason, reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_emitter_is_reported_as_B3A9001_naming_the_entity_and_the_exception()
    {
        var compilation = GeneratorHarness.CreateCompilation(RobustnessTests.Usings + "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class Order { public string Id { get; set; } = \"\"; }");
        var driver = CSharpGeneratorDriver.Create(new ThrowingEmitterGenerator()).RunGenerators(compilation);

        var result = driver.GetRunResult();
        Assert.Empty(result.GeneratedTrees);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("B3A9001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'Order'", message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: emitter bug", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parser_failure_carries_the_entity_and_its_location()
    {
        var compilation = GeneratorHarness.CreateCompilation(RobustnessTests.Usings + "[DynamoTable(\"t\")][PartitionKey(\"P#{Id}\")] public partial class Order { public string Id { get; set; } = \"\"; }");
        var type = compilation.GetTypeByMetadataName("Order")!;

        var failure = EntityGenerator.Parser.Failed(type, new ArgumentException("parser bug")).Failure!;

        Assert.Equal("Order", failure.EntityName);
        Assert.Equal("ArgumentException: parser bug", failure.Exception);
        Assert.Equal(type.Locations[0].SourceSpan, failure.Location!.ToLocation().SourceSpan);
    }

    [Fact]
    public void B3A9001_has_its_docs_page_and_help_link()
    {
        var descriptor = GeneratorDiagnostics.InternalError;
        Assert.EndsWith("/docs/diagnostics/B3A9001.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Boto3Assist.Generators.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var page = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "B3A9001.md"));
        Assert.StartsWith("# B3A9001: " + descriptor.Title, page, StringComparison.Ordinal);
    }

    /// <summary>The entity pipeline with an emitter that throws, as a bug in the real one would.</summary>
    private sealed class ThrowingEmitterGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var specs = context.SyntaxProvider
                .ForAttributeWithMetadataName("Boto3Assist.DynamoDb.DynamoTableAttribute", static (node, _) => true, static (ctx, ct) => EntityGenerator.Parser.Parse(ctx, ct))
                .Where(static r => r.Spec is not null)
                .Select(static (r, _) => r.Spec!);
            context.RegisterSourceOutput(specs, static (spc, spec) => SourceOutput.Add(spc, spec, spec.HintName, static _ => throw new InvalidOperationException("emitter bug")));
        }
    }
}
