using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.LocalIndexAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class LocalIndexAnalyzerTests
{
    [Fact]
    public Task Local_index_without_table_sort_key_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [{|B3A2007:LsiKey("by-date", "{Id}")|}]
        public partial class A { public string Id { get; init; } = ""; }
        """);

    [Fact]
    public Task Local_index_with_a_sort_key_is_clean() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [LsiKey("by-date", "{Id}")]
        public partial class A { public string Id { get; init; } = ""; [SortKey] public string Sk { get; init; } = ""; }
        """);
}
