using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Boto3Assist.Generators.Schema;
using Boto3Assist.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>The shape of the project's entities in a generated file, only in the update build (docs/schema-file.md).</summary>
public class SchemaFileGeneratorTests
{
    private const string Models =
        """
        using Boto3Assist.DynamoDb;
        namespace Shop
        {
            [DynamoTable("shop")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public int Total { get; init; }
                public partial class Line { }
            }

            [DynamoTable("shop")]
            public partial class NoKey { public string Id { get; init; } = ""; }
        }
        """;

    [Fact]
    public void Adds_nothing_unless_the_update_build_asks()
    {
        Assert.Empty(Run(updateSchema: null).GeneratedTrees);
        Assert.Empty(Run(updateSchema: "false").GeneratedTrees);
    }

    [Fact]
    public void Update_build_gets_the_file_text_of_every_generated_entity_between_the_markers()
    {
        var result = Run(updateSchema: "True");
        var source = Assert.Single(result.Results.Single().GeneratedSources);
        Assert.Equal(SchemaFileGenerator.HintName, source.HintName);
        var text = source.SourceText.ToString();
        var start = text.IndexOf(SchemaFileGenerator.StartMarker + "\n", StringComparison.Ordinal) + SchemaFileGenerator.StartMarker.Length + 1;
        var json = text.Substring(start, text.LastIndexOf("#endif", StringComparison.Ordinal) - start);

        // NoKey has a model error (no partition key): no code, nothing stored, not in the file.
        Assert.Equal(
            """
            {
              "format": 1,
              "entities": [
                {
                  "entity": "Shop.Order",
                  "table": "shop",
                  "discriminator": { "attribute": "_type", "value": "Order" },
                  "schemaVersion": 1,
                  "keys": [
                    { "role": "partition", "attribute": "pk", "type": "S", "template": "ORDER#{Id}" }
                  ],
                  "attributes": [
                    { "name": "Id", "type": "S", "required": false },
                    { "name": "Total", "type": "N", "required": true }
                  ]
                }
              ]
            }

            """,
            json);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Generated_file_compiles_to_nothing()
    {
        var compilation = GeneratorHarness.CreateCompilation(Models);
        Driver("true").RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generated = Assert.Single(output.SyntaxTrees, t => t.FilePath.EndsWith(SchemaFileGenerator.HintName, StringComparison.Ordinal));
        Assert.Empty(generated.GetDiagnostics());
        Assert.Empty(generated.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>());
    }

    private static GeneratorDriverRunResult Run(string? updateSchema) =>
        Driver(updateSchema).RunGenerators(GeneratorHarness.CreateCompilation(Models)).GetRunResult();

    private static GeneratorDriver Driver(string? updateSchema) =>
        CSharpGeneratorDriver.Create(
            new[] { new SchemaFileGenerator().AsSourceGenerator() },
            parseOptions: GeneratorHarness.ParseOptions,
            optionsProvider: new TestOptionsProvider(updateSchema is null
                ? ImmutableDictionary<string, string>.Empty
                : ImmutableDictionary<string, string>.Empty.Add(SchemaFileGenerator.UpdateSchemaOption, updateSchema)));

    private sealed class TestOptionsProvider(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(ImmutableDictionary<string, string>.Empty);

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
