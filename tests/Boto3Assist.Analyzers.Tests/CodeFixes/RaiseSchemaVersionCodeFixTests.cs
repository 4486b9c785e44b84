using Boto3Assist.Analyzers.CodeFixes;
using Boto3Assist.Analyzers.Rules;
using Boto3Assist.Analyzers.Tests.Schema;
using Boto3Assist.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace Boto3Assist.Analyzers.Tests.CodeFixes;

public class RaiseSchemaVersionCodeFixTests
{
    private const string Model =
        """
        [DynamoTable("shop")]
        [PartitionKey("ORDER#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public decimal Total { get; init; }
        }
        """;

    [Fact]
    public Task Adds_the_next_schema_version() =>
        VerifyAsync(
            Model,
            Model.Replace("public decimal Total { get; init; }", "public string {|B3A5008:Total|} { get; init; } = \"\";"),
            """
            [DynamoTable("shop")]
            [PartitionKey("ORDER#{Id}")]
            [SchemaVersion(2)]
            public partial class {|B3A5009:Order|}
            {
                public string Id { get; init; } = "";
                public string Total { get; init; } = "";
            }
            """,
            "Raise the schema version to 2 (items already stored still need a [SchemaUpgrade] step or the DynamoSchemaMigrator run)");

    [Fact]
    public Task Raises_an_existing_schema_version_above_the_file_and_names_the_reindexer_for_keys()
    {
        var v3 = Model.Replace("public partial class Order", "[SchemaVersion(3, AttributeName = \"v\")]\npublic partial class Order");
        return VerifyAsync(
            v3,
            v3.Replace("[PartitionKey(\"ORDER#{Id}\")]", "[PartitionKey({|B3A5008:\"ORD#{Id}\"|})]"),
            """
            [DynamoTable("shop")]
            [PartitionKey("ORD#{Id}")]
            [SchemaVersion(4, AttributeName = "v")]
            public partial class {|B3A5009:Order|}
            {
                public string Id { get; init; } = "";
                public decimal Total { get; init; }
            }
            """,
            "Raise the schema version to 4 (items already stored keep their old keys until the reindexer rewrites them)");
    }

    private static async Task VerifyAsync(string stored, string source, string fixedSource, string title)
    {
        var test = new CodeFixVerifier<SchemaFileAnalyzer, RaiseSchemaVersionCodeFix>.Test
        {
            TestCode = AnalyzerVerifier<SchemaFileAnalyzer>.Usings + source,
            FixedCode = AnalyzerVerifier<SchemaFileAnalyzer>.Usings + fixedSource,
            CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title),
        };
        test.TestState.AdditionalFiles.Add(("/0/dynamo-schema.json", SchemaFileText.For(stored)));
        test.FixedState.AdditionalFiles.Add(("/0/dynamo-schema.json", SchemaFileText.For(stored)));
        await test.RunAsync();
    }
}
