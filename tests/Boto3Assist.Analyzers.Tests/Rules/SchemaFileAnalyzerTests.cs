using Boto3Assist.Analyzers.Rules;
using Boto3Assist.Analyzers.Tests.Schema;
using Boto3Assist.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class SchemaFileAnalyzerTests
{
    private const string FilePath = "/0/dynamo-schema.json";

    private const string Model =
        """
        [DynamoTable("shop")]
        [PartitionKey("ORDER#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public decimal Total { get; init; }
            public string? Note { get; init; }
        }
        """;

    [Fact]
    public Task Without_the_file_nothing_is_checked() =>
        VerifyAsync(Model.Replace("public decimal Total", "public string Total"), schemaFile: null);

    [Fact]
    public Task Unchanged_model_is_silent() =>
        VerifyAsync(Model, SchemaFileText.For(Model));

    [Fact]
    public Task Retyped_member_without_a_new_version_is_reported_on_the_member() =>
        VerifyAsync(
            Model.Replace("public decimal Total { get; init; }", "public string {|#0:Total|} { get; init; } = \"\";"),
            SchemaFileText.For(Model),
            Diagnostic(DiagnosticDescriptors.BreakingSchemaChange, 0, "Order", "attribute 'Total' changed from N to S", "1"));

    [Fact]
    public Task Changed_key_template_is_reported_on_the_template() =>
        VerifyAsync(
            Model.Replace("[PartitionKey(\"ORDER#{Id}\")]", "[PartitionKey({|#0:\"ORD#{Id}\"|})]"),
            SchemaFileText.For(Model),
            Diagnostic(DiagnosticDescriptors.BreakingSchemaChange, 0, "Order", "partition key template changed from 'ORDER#{Id}' to 'ORD#{Id}'", "1"));

    [Fact]
    public Task Removed_member_is_reported_on_the_entity() =>
        VerifyAsync(
            Model.Replace("public string? Note { get; init; }", string.Empty).Replace("class Order", "class {|#0:Order|}"),
            SchemaFileText.For(Model),
            Diagnostic(DiagnosticDescriptors.BreakingSchemaChange, 0, "Order", "attribute 'Note' was removed or renamed", "1"));

    [Fact]
    public Task Breaking_change_with_a_raised_version_only_asks_for_the_file_to_be_updated() =>
        VerifyAsync(
            Model.Replace("public decimal Total { get; init; }", "public string Total { get; init; } = \"\";").Replace("public partial class Order", "[SchemaVersion(2)]\npublic partial class {|#0:Order|}"),
            SchemaFileText.For(Model),
            Diagnostic(DiagnosticDescriptors.SchemaFileOutOfDate, 0, "is out of date for 'Order': schema version raised from 1 to 2 (and 1 more)"));

    [Fact]
    public Task Version_not_raised_above_the_file_still_counts_as_not_raised()
    {
        var v2 = Model.Replace("public partial class Order", "[SchemaVersion(2)]\npublic partial class Order");
        return VerifyAsync(
            v2.Replace("public decimal Total { get; init; }", "public string {|#0:Total|} { get; init; } = \"\";"),
            SchemaFileText.For(v2),
            Diagnostic(DiagnosticDescriptors.BreakingSchemaChange, 0, "Order", "attribute 'Total' changed from N to S", "2"));
    }

    [Fact]
    public Task Added_optional_member_only_asks_for_the_file_to_be_updated() =>
        VerifyAsync(
            Model.Replace("public string? Note { get; init; }", "public string? Note { get; init; }\n    public int? Priority { get; init; }").Replace("class Order", "class {|#0:Order|}"),
            SchemaFileText.For(Model),
            Diagnostic(DiagnosticDescriptors.SchemaFileOutOfDate, 0, "is out of date for 'Order': optional attribute 'Priority' was added"));

    [Fact]
    public Task Entity_missing_from_the_file_is_reported() =>
        VerifyAsync(
            Model.Replace("class Order", "class {|#0:Order|}"),
            "{ \"format\": 1, \"entities\": [] }\n",
            Diagnostic(DiagnosticDescriptors.SchemaFileOutOfDate, 0, "does not list 'Order' yet"));

    [Fact]
    public Task Entity_that_is_gone_is_reported_in_the_file()
    {
        var file = SchemaFileText.For(Model + "\n[DynamoTable(\"shop\")]\n[PartitionKey(\"GONE#{Id}\")]\npublic partial class Gone { public string Id { get; init; } = \"\"; }");
        return VerifyAsync(
            Model,
            file,
            new DiagnosticResult(DiagnosticDescriptors.SchemaFileOutOfDate)
                .WithSpan(FilePath, 4, 1, 4, 6)
                .WithArguments("lists 'Gone', which is no longer an entity of this project"));
    }

    [Fact]
    public Task Unreadable_file_is_reported_where_it_goes_wrong() =>
        VerifyAsync(
            Model,
            "{\n  \"entities\": [\n    { \"entity\": 3 }\n  ]\n}\n",
            new DiagnosticResult(DiagnosticDescriptors.SchemaFileOutOfDate)
                .WithSpan(FilePath, 3, 5, 3, 20)
                .WithArguments("cannot be read: 'discriminator' is missing (line 3, column 5)"));

    [Fact]
    public Task Entity_with_blockers_is_not_compared() =>
        VerifyAsync(
            "[DynamoTable(\"shop\")]\npublic partial class Order { public string Id { get; init; } = \"\"; }",
            SchemaFileText.For(Model));

    private static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int location, params object[] arguments) =>
        new DiagnosticResult(descriptor).WithLocation(location).WithArguments(arguments);

    private static async Task VerifyAsync(string source, string? schemaFile, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<SchemaFileAnalyzer>.Test();
        test.TestState.Sources.Add(AnalyzerVerifier<SchemaFileAnalyzer>.Usings + source);
        if (schemaFile is not null)
        {
            test.TestState.AdditionalFiles.Add((FilePath, schemaFile));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
