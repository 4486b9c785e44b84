using Boto3Assist.Generators.Polymorphism;
using Boto3Assist.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>The polymorphic base pipeline is cached after unrelated edits, and follows an edit of a derived entity in another file.</summary>
public class PolymorphicBaseIncrementalityTests
{
    private const string Base = """
        using Boto3Assist.DynamoDb;
        namespace Zoo;
        [DynamoDerivedType(typeof(Dog))]
        [DynamoDerivedType(typeof(Cat))]
        public abstract partial class Animal { public string Name { get; set; } = ""; }
        """;

    private const string Derived = """
        using Boto3Assist.DynamoDb;
        namespace Zoo;
        [DynamoTable("zoo", EntityType = "Dog")] [PartitionKey("A#{Name}")] public sealed partial class Dog : Animal { }
        [DynamoTable("zoo", EntityType = "Cat")] [PartitionKey("A#{Name}")] public sealed partial class Cat : Animal { }
        """;

    private const string Other = "namespace Zoo; public static class Unrelated { public static int X() => 1; }";

    [Fact]
    public void An_unrelated_edit_leaves_the_base_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(Base, Derived, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Other.Replace("=> 1", "=> 2"), GeneratorHarness.ParseOptions, path: "Model2.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var outputs = result.TrackedSteps[PolymorphicBaseParser.TrackingName].SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void A_derived_entitys_new_discriminator_reaches_the_base()
    {
        var compilation = GeneratorHarness.CreateCompilation(Base, Derived, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.ElementAt(1),
            CSharpSyntaxTree.ParseText(Derived.Replace("EntityType = \"Cat\"", "EntityType = \"Feline\""), GeneratorHarness.ParseOptions, path: "Model1.cs"));
        var run = driver.RunGenerators(edited).GetRunResult();

        var outputs = run.Results.Single().TrackedSteps[PolymorphicBaseParser.TrackingName].SelectMany(s => s.Outputs).ToList();
        Assert.Contains(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
        var source = run.Results.Single().GeneratedSources.Single(s => s.HintName == "Zoo.Animal.DynamoPolymorphic.g.cs").SourceText.ToString();
        Assert.Contains("case \"Feline\":", source, StringComparison.Ordinal);
    }
}
