using System.Collections.Immutable;
using Boto3Assist.Analyzers.Rules;
using Boto3Assist.Generators.Streams;
using Boto3Assist.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>
/// A [DynamoStreamHandler] partial class gets a dispatcher that registers every entity of its table with exactly the
/// handler methods it declares (a polymorphic base's method taking its derived entities), ignores what Ignore lists,
/// and surfaces the rest; a malformed handler gets nothing (B3A5005 says why) and the output still compiles.
/// </summary>
public class StreamHandlerGeneratorTests
{
    private const string HintName = "Shop.Streams.ShopStreamHandler.DynamoStreamHandler.g.cs";

    private const string Entities = """
        using Boto3Assist.DynamoDb;

        namespace Shop;

        [DynamoTable("shop", EntityType = "Customer")]
        [PartitionKey("CUSTOMER#{CustomerId}")]
        public partial class Customer
        {
            public string CustomerId { get; set; } = "";
            public string Name { get; set; } = "";
        }

        [DynamoTable("shop", EntityType = "Order")]
        [PartitionKey("CUSTOMER#{CustomerId}")]
        [SortKey("ORDER#{OrderId}")]
        public partial class Order
        {
            public string CustomerId { get; set; } = "";
            public string OrderId { get; set; } = "";
            public string Status { get; set; } = "";
        }

        [DynamoTable("shop", EntityType = "Audit")]
        [PartitionKey("AUDIT#{Id}")]
        public partial class AuditEntry
        {
            public string Id { get; set; } = "";
        }

        [DynamoDerivedType(typeof(Dog))]
        [DynamoDerivedType(typeof(Cat))]
        public abstract partial class Pet
        {
            public string Name { get; set; } = "";
        }

        [DynamoTable("shop", EntityType = "Dog")]
        [PartitionKey("PET#{Name}")]
        public sealed partial class Dog : Pet
        {
        }

        [DynamoTable("shop", EntityType = "Cat")]
        [PartitionKey("PET#{Name}")]
        public sealed partial class Cat : Pet
        {
        }

        [DynamoTable("other", EntityType = "Elsewhere")]
        [PartitionKey("E#{Id}")]
        public partial class Elsewhere
        {
            public string Id { get; set; } = "";
        }
        """;

    private const string Handler = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Boto3Assist.DynamoDb;

        namespace Shop.Streams;

        [DynamoStreamHandler("shop", Ignore = new[] { typeof(AuditEntry) })]
        public sealed partial class ShopStreamHandler
        {
            private readonly List<string> _log;

            public ShopStreamHandler(List<string> log) => _log = log;

            private Task OnInsertAsync(Order order, DynamoStreamRecord record, CancellationToken cancellationToken) =>
                order.OrderId == "o2" ? throw new InvalidOperationException("o2 cannot be handled") : Log("insert order " + order.OrderId + " " + order.Status);

            private Task OnModifyAsync(Order before, Order after, IReadOnlyList<string> changed, DynamoStreamRecord record, CancellationToken cancellationToken) =>
                Log("modify order " + before.Status + ">" + after.Status + " [" + string.Join(",", changed) + "]");

            private Task OnRemoveAsync(Customer customer, DynamoStreamRecord record, CancellationToken cancellationToken) => Log("remove customer " + customer.Name);

            private Task OnInsertAsync(Pet pet, DynamoStreamRecord record, CancellationToken cancellationToken) => Log("insert pet " + pet.GetType().Name + " " + pet.Name);

            private Task OnInsertAsync(Cat cat, DynamoStreamRecord record, CancellationToken cancellationToken) => Log("insert cat " + cat.Name);

            private Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken) => Log("unknown " + unknown.Reason + " " + unknown.EntityType);

            private void OnFailure(DynamoStreamRecord record, Exception error) => _log.Add("failed " + record.SequenceNumber + " " + error.GetType().Name);

            private Task Log(string line)
            {
                _log.Add(line);
                return Task.CompletedTask;
            }
        }

        public static class Probe
        {
            public static string Run()
            {
                var log = new List<string>();
                var handler = new ShopStreamHandler(log);
                var json = "{\"Records\":["
                    + Insert("1", "{\"_type\":{\"S\":\"Order\"},\"pk\":{\"S\":\"CUSTOMER#c1\"},\"sk\":{\"S\":\"ORDER#o1\"},\"CustomerId\":{\"S\":\"c1\"},\"OrderId\":{\"S\":\"o1\"},\"Status\":{\"S\":\"NEW\"}}") + ","
                    + "{\"eventID\":\"2\",\"eventName\":\"MODIFY\",\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":\"CUSTOMER#c1\"}},\"SequenceNumber\":\"2\","
                    + "\"OldImage\":{\"_type\":{\"S\":\"Order\"},\"CustomerId\":{\"S\":\"c1\"},\"OrderId\":{\"S\":\"o1\"},\"Status\":{\"S\":\"NEW\"}},"
                    + "\"NewImage\":{\"_type\":{\"S\":\"Order\"},\"CustomerId\":{\"S\":\"c1\"},\"OrderId\":{\"S\":\"o1\"},\"Status\":{\"S\":\"PAID\"}}}},"
                    + Insert("3", "{\"_type\":{\"S\":\"Dog\"},\"Name\":{\"S\":\"rex\"}}") + ","
                    + Insert("4", "{\"_type\":{\"S\":\"Cat\"},\"Name\":{\"S\":\"tom\"}}") + ","
                    + Insert("5", "{\"_type\":{\"S\":\"Audit\"},\"Id\":{\"S\":\"a1\"}}") + ","
                    + Insert("6", "{\"_type\":{\"S\":\"Customer\"},\"CustomerId\":{\"S\":\"c1\"},\"Name\":{\"S\":\"Ada\"}}") + ","
                    + Insert("7", "{\"_type\":{\"S\":\"Invoice\"}}") + ","
                    + "{\"eventID\":\"8\",\"eventName\":\"REMOVE\",\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":\"CUSTOMER#c1\"}},\"SequenceNumber\":\"8\",\"OldImage\":{\"_type\":{\"S\":\"Customer\"},\"CustomerId\":{\"S\":\"c1\"},\"Name\":{\"S\":\"Ada\"}}}},"
                    + Insert("9", "{\"_type\":{\"S\":\"Order\"},\"CustomerId\":{\"S\":\"c1\"},\"OrderId\":{\"S\":\"o2\"}}") + ","
                    + Insert("10", "{\"_type\":{\"S\":\"Order\"},\"CustomerId\":{\"S\":\"c1\"},\"OrderId\":{\"S\":\"o3\"}}")
                    + "]}";
                var response = handler.DispatchAsync(DynamoStreamEvent.Parse(json)).GetAwaiter().GetResult();
                log.Add("failures " + string.Join(",", response.FailedSequenceNumbers));
                log.Add("same dispatcher " + ReferenceEquals(handler.Dispatcher, handler.Dispatcher));
                return string.Join("\n", log);
            }

            private static string Insert(string sequence, string image) =>
                "{\"eventID\":\"" + sequence + "\",\"eventName\":\"INSERT\",\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":\"k\"}},\"SequenceNumber\":\"" + sequence + "\",\"NewImage\":" + image + "}}";
        }
        """;

    [Fact]
    public void The_handler_gets_each_record_typed_by_its_entity_and_the_rest_is_ignored_surfaced_or_failed()
    {
        var output = GeneratorHarness.Run(Entities, Handler).AssertCompilesCleanly();

        var probe = GeneratorHarness.Load(output).GetType("Shop.Streams.Probe")!.GetMethod("Run")!;
        var lines = ((string)probe.Invoke(null, null)!).Split('\n');

        Assert.Equal(
            [
                "insert order o1 NEW",
                "modify order NEW>PAID [Status]",
                "insert pet Dog rex",             // the polymorphic base's handler takes the derived entity
                "insert cat tom",                 // the more specific overload wins
                                                  // 5: Audit is in Ignore: no call, no failure
                                                  // 6: a customer insert has no handler: no call
                "unknown UnregisteredEntityType Invoice",
                "remove customer Ada",
                "failed 9 InvalidOperationException", // and 10 is not run
                "failures 9,10",
                "same dispatcher True",
            ],
            lines);
    }

    [Fact]
    public async Task The_analyzer_agrees_with_the_generated_handler_over_the_generated_code()
    {
        var output = GeneratorHarness.Run(Entities, Handler).AssertCompilesCleanly();

        // Over the generator's output (its Dispatcher and DispatchAsync included), the handler is well formed and
        // AuditEntry, in Ignore, is not reported; a handler leaving Customer out would be.
        Assert.DoesNotContain(await AnalyzeAsync(output), d => d.Id is "B3A5004" or "B3A5005");
        var withoutCustomer = GeneratorHarness.Run(Entities, Handler.Replace("private Task OnRemoveAsync(Customer", "private Task NotOnRemoveAsync(Customer", StringComparison.Ordinal)).AssertCompilesCleanly();
        var unhandled = Assert.Single(await AnalyzeAsync(withoutCustomer), d => d.Id == "B3A5004");
        Assert.Contains("'Customer' is an entity of table 'shop'", unhandled.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(GeneratorOutput output) =>
        output.OutputCompilation.WithAnalyzers([new StreamHandlerAnalyzer()]).GetAnalyzerDiagnosticsAsync();

    [Fact]
    public void Baseline_of_the_generated_handler()
    {
        var output = GeneratorHarness.Run(Entities, Handler).AssertCompilesCleanly();
        var generated = output.RunResult.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == HintName).SourceText.ToString();

        var path = Path.Combine(ModelSources.ProjectDirectory(), "Baselines", "StreamHandler", HintName + ".txt");
        if (Environment.GetEnvironmentVariable("BOTO3ASSIST_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
            return;
        }

        Assert.True(File.Exists(path), "No baseline: run with BOTO3ASSIST_UPDATE_BASELINES=1 to create it.");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), generated);
    }

    [Fact]
    public void Entities_of_a_referenced_assembly_are_entities_of_the_table()
    {
        var library = GeneratorHarness.Run(Entities).AssertCompilesCleanly();
        using var image = new MemoryStream();
        Assert.True(library.OutputCompilation.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray());

        var compilation = CSharpCompilation.Create(
            "Handlers",
            [CSharpSyntaxTree.ParseText(Handler, GeneratorHarness.ParseOptions, path: "Handler.cs")],
            GeneratorHarness.CreateCompilation().References.Append(reference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        var source = output.SyntaxTrees.Single(t => t.FilePath.EndsWith(HintName, StringComparison.Ordinal)).ToString();
        Assert.Contains(".On<global::Shop.Order>(onInsert: OnInsertAsync, onModify: OnModifyAsync)", source, StringComparison.Ordinal);
        Assert.Contains(".On<global::Shop.Dog>(onInsert: OnInsertAsync)", source, StringComparison.Ordinal);
        Assert.Contains(".On<global::Shop.AuditEntry>()", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Elsewhere", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public sealed partial class ShopStreamHandler", "public sealed class ShopStreamHandler")]
    [InlineData("private Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken)", "private Task NotUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken)")]
    [InlineData("private Task OnRemoveAsync(Customer customer, DynamoStreamRecord record, CancellationToken cancellationToken)", "private Task OnRemoveAsync(Customer customer, CancellationToken cancellationToken)")]
    [InlineData("private Task OnRemoveAsync(Customer customer, DynamoStreamRecord record, CancellationToken cancellationToken)", "private Task OnRemoveAsync(Elsewhere customer, DynamoStreamRecord record, CancellationToken cancellationToken)")]
    [InlineData("[DynamoStreamHandler(\"shop\"", "[DynamoStreamHandler(\"shops\"")]
    [InlineData("Ignore = new[] { typeof(AuditEntry) }", "Ignore = new[] { typeof(AuditEntry), typeof(Cat) }")]
    public async Task A_malformed_handler_gets_no_dispatcher_and_nothing_generated_fails_to_compile(string from, string to)
    {
        var handler = Handler.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Handler, handler);
        handler = handler[..handler.IndexOf("public static class Probe", StringComparison.Ordinal)];
        var output = GeneratorHarness.Run(Entities, handler);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.DoesNotContain(output.RunResult.Results.SelectMany(r => r.GeneratedSources), s => s.HintName == HintName);
        // The user's own code may not compile (that is what B3A5005 reports); nothing generated may add an error.
        Assert.DoesNotContain(output.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
        // The analyzer reads the same model: what the generator skipped, it reports.
        Assert.Contains(await AnalyzeAsync(output), d => d.Id == "B3A5005");
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_handler_cached_and_a_new_handler_method_reaches_it()
    {
        const string Other = "namespace Shop; public static class Unrelated { public static int X() => 1; }";
        var handler = Handler[..Handler.IndexOf("public static class Probe", StringComparison.Ordinal)];
        var compilation = GeneratorHarness.CreateCompilation(Entities, handler, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        var unrelated = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Other.Replace("=> 1", "=> 2", StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: "Model2.cs"));
        var cached = driver.RunGenerators(unrelated).GetRunResult().Results.Single().TrackedSteps[StreamHandlerParser.TrackingName].SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(cached);
        Assert.All(cached, o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));

        var withInsert = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.ElementAt(1),
            CSharpSyntaxTree.ParseText(
                handler.Replace("    private Task Log(", "    private Task OnInsertAsync(Customer customer, DynamoStreamRecord record, CancellationToken cancellationToken) => Log(customer.Name);\n\n    private Task Log(", StringComparison.Ordinal),
                GeneratorHarness.ParseOptions,
                path: "Model1.cs"));
        var run = driver.RunGenerators(withInsert).GetRunResult().Results.Single();
        Assert.Contains(run.TrackedSteps[StreamHandlerParser.TrackingName].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        var source = run.GeneratedSources.Single(s => s.HintName == HintName).SourceText.ToString();
        Assert.Contains(".On<global::Shop.Customer>(onInsert: OnInsertAsync, onRemove: OnRemoveAsync)", source, StringComparison.Ordinal);
    }
}
