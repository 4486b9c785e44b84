using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.KeyTemplateSyntaxAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class KeyTemplateSyntaxAnalyzerTests
{
    [Fact]
    public Task Unbalanced_braces_bad_names_and_empty_formats_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey({|B3A0009:"X#{Id"|})]
        [SortKey({|B3A0009:"X#}"|})]
        [GsiKey("gsi1", {|B3A0009:"{1abc}"|}, {|B3A0009:"{Id:}"|})]
        public partial class Order
        {
            public string Id { get; init; } = "";
        }
        """);

    [Fact]
    public Task Escaped_braces_formats_and_constants_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("X{{lit}}#{Id}")]
        [SortKey("CONST")]
        [GsiKey("gsi1", "A#{Id:D}", "B#{ Id }")]
        public partial class Order
        {
            public string Id { get; init; } = "";
        }
        """);
}
