using System.Collections;
using System.Reflection;
using Boto3Assist.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>The pipeline is cached: unrelated edits re-run nothing downstream of the parser.</summary>
public class IncrementalityTests
{
    private const string Model = """
        using System.Collections.Generic;
        using Boto3Assist.DynamoDb;
        namespace Shop;
        [DynamoTable("orders")]
        [PartitionKey("C#{CustomerId}")]
        [GsiKey("g", "S#{Status}")]
        public partial class Order
        {
            public string CustomerId { get; set; } = "";
            public string? Status { get; set; }
            public List<Line> Lines { get; set; } = new();
            public int Compute() => 1;
        }
        public class Line { public string Sku { get; set; } = ""; }
        """;

    private const string Other = "namespace Shop; public static class Unrelated { public static int X() => 1; }";

    [Fact]
    public void An_edit_in_another_file_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(Model, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Other.Replace("=> 1", "=> 2"), GeneratorHarness.ParseOptions, path: "Model1.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAll(result, EntityGenerator.EntitySpecTrackingName, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(result, EntityGenerator.GeneratedEntityTrackingName, IncrementalStepRunReason.Cached);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_edit_in_the_model_file_that_changes_no_spec_is_unchanged_downstream()
    {
        var compilation = GeneratorHarness.CreateCompilation(Model, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText(Model.Replace("=> 1", "=> 42"), GeneratorHarness.ParseOptions, path: "Model0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAll(result, EntityGenerator.EntitySpecTrackingName, IncrementalStepRunReason.Unchanged);
        AssertAll(result, EntityGenerator.GeneratedEntityTrackingName, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_change_to_the_model_regenerates()
    {
        var compilation = GeneratorHarness.CreateCompilation(Model, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText(Model.Replace("public int Compute", "public int Added { get; set; } public int Compute"), GeneratorHarness.ParseOptions, path: "Model0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAll(result, EntityGenerator.EntitySpecTrackingName, IncrementalStepRunReason.Modified);
        Assert.Contains("Added", result.GeneratedSources.Single(s => s.HintName == "Shop.Order.DynamoEntity.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Specs_hold_no_symbols_syntax_or_compilation()
    {
        var compilation = GeneratorHarness.CreateCompilation(ModelSources.With("Orders.cs", "AllTypes.cs", "Records.cs", "ClassicUser.cs"));
        var result = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();

        var specs = result.TrackedSteps[EntityGenerator.GeneratedEntityTrackingName].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.NotEmpty(specs);
        foreach (var spec in specs)
        {
            AssertPlainData(spec, spec.GetType().Name, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private static void AssertAll(GeneratorRunResult result, string step, params IncrementalStepRunReason[] reasons)
    {
        var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Contains(o.Reason, reasons));
    }

    private static void AssertPlainData(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol || value is SyntaxNode || value is Location || value is Compilation || value is SemanticModel, path + " holds " + value.GetType());
        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                AssertPlainData(item, path + "[" + i++ + "]", seen);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.Name == "EqualityContract")
            {
                continue;
            }

            AssertPlainData(property.GetValue(value), path + "." + property.Name, seen);
        }
    }
}
