using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.KeyMutabilityAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class KeyMutabilityAnalyzerTests
{
    [Fact]
    public Task Settable_table_key_members_are_reported_on_the_setter() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("C#{CustomerId}")]
        public partial class Order
        {
            public string CustomerId { get; {|B3A1003:set|}; } = "";
            [SortKey] public string OrderId { get; {|B3A1003:set|}; } = "";
        }
        """);

    [Fact]
    public Task Init_members_index_members_and_other_members_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("C#{CustomerId}")]
        [GsiKey("gsi1", "E#{Email}")]
        public partial class Order
        {
            public string CustomerId { get; init; } = "";
            public string Email { get; set; } = "";
            public string Note { get; set; } = "";
        }
        """);
}
