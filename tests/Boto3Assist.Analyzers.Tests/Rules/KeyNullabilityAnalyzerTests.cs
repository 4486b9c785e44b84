using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.KeyNullabilityAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class KeyNullabilityAnalyzerTests
{
    [Fact]
    public Task Nullable_members_feeding_the_table_key_are_reported_once() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("C#{CustomerId}")]
        [SortKey("O#{CustomerId}#{Seq:D10}")]
        public partial class Order
        {
            public string? {|B3A1002:CustomerId|} { get; init; }
            public int? {|B3A1002:Seq|} { get; init; }
        }
        """);

    [Fact]
    public Task Nullable_member_key_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        public partial class Order
        {
            [PartitionKey] public Guid? {|B3A1002:Id|} { get; init; }
        }
        """);

    [Fact]
    public Task Nullable_gsi_members_make_a_sparse_index_and_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("C#{CustomerId}")]
        [GsiKey("by-email", "E#{Email}", "{Seq:D10}")]
        public partial class Order
        {
            public string CustomerId { get; init; } = "";
            public string? Email { get; init; }
            public int? Seq { get; init; }
        }
        """);
}
