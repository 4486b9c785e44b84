using Boto3Assist.Analyzers.CodeFixes;
using Boto3Assist.Analyzers.Rules;

namespace Boto3Assist.Analyzers.Tests.CodeFixes;

public class StoreOrIgnoreMemberCodeFixTests
{
    private const string Before = """
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public string {|B3A0013:Status|} { get; private set; } = "";
            public List<string> {|B3A0013:Tags|} { get; } = new();
        }
        """;

    [Fact]
    public Task Use_init_makes_private_setters_and_get_only_auto_properties_storable() =>
        Verifiers.CodeFixVerifier<UnstoredMemberAnalyzer, StoreOrIgnoreMemberCodeFix>.VerifyAsync(
            Before,
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public string Status { get; init; } = "";
                public List<string> Tags { get; init; } = new();
            }
            """,
            codeActionEquivalenceKey: nameof(StoreOrIgnoreMemberCodeFix) + ".Init");

    [Fact]
    public Task Mark_ignored_adds_DynamoIgnore_to_properties_and_readonly_fields() =>
        Verifiers.CodeFixVerifier<UnstoredMemberAnalyzer, StoreOrIgnoreMemberCodeFix>.VerifyAsync(
            Before.Replace("    public List<string> {|B3A0013:Tags|} { get; } = new();", "    public List<string> {|B3A0013:Tags|} { get; } = new();\n    public readonly int {|B3A0013:Revision|};", StringComparison.Ordinal),
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                [DynamoIgnore]
                public string Status { get; private set; } = "";
                [DynamoIgnore]
                public List<string> Tags { get; } = new();
                [DynamoIgnore]
                public readonly int Revision;
            }
            """,
            codeActionEquivalenceKey: nameof(StoreOrIgnoreMemberCodeFix) + ".Ignore");

    [Fact]
    public Task Use_init_keeps_a_bodied_setter() =>
        Verifiers.CodeFixVerifier<UnstoredMemberAnalyzer, StoreOrIgnoreMemberCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public decimal {|B3A0013:Total|} { get => total; private set => total = value; }
                private decimal total;
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public decimal Total { get => total; init => total = value; }
                private decimal total;
            }
            """,
            codeActionEquivalenceKey: nameof(StoreOrIgnoreMemberCodeFix) + ".Init");
}
