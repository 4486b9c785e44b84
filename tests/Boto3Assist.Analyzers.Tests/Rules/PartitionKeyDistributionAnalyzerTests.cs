using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.PartitionKeyDistributionAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class PartitionKeyDistributionAnalyzerTests
{
    [Fact]
    public Task Constant_enum_only_and_date_partition_keys_are_reported() => Verify.VerifyAsync("""
        public enum OrderState { Open, Closed }
        [DynamoTable("orders")]
        [PartitionKey({|B3A1004:"ALL"|})]
        [SortKey("{Id}")]
        [GsiKey("by-state", {|B3A1004:"STATE#{State}#{Paid}"|})]
        [GsiKey("by-day", "DAY#{|B3A1005:{Created:yyyy-MM-dd}|}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public OrderState State { get; init; }
            public bool Paid { get; init; }
            public DateTime Created { get; init; }
        }
        """);

    [Fact]
    public Task Enum_and_date_member_keys_are_reported() => Verify.VerifyAsync("""
        public enum Shade { Red, Blue }
        [DynamoTable("a-table")]
        public partial class A
        {
            [{|B3A1004:PartitionKey|}] public Shade Shade { get; init; }
        }
        [DynamoTable("b-table")]
        public partial class B
        {
            [{|B3A1005:PartitionKey|}] public DateTimeOffset When { get; init; }
        }
        """);

    [Fact]
    public Task Mixed_partition_keys_and_dates_in_sort_keys_are_clean() => Verify.VerifyAsync("""
        public enum OrderState { Open, Closed }
        [DynamoTable("orders")]
        [PartitionKey("C#{CustomerId}")]
        [SortKey("{Created:O}")]
        [GsiKey("by-state", "STATE#{State}#{CustomerId}", "{Created:O}")]
        public partial class Order
        {
            public string CustomerId { get; init; } = "";
            public OrderState State { get; init; }
            public DateTime Created { get; init; }
        }
        """);
}
