using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.IgnoredMemberAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class IgnoredMemberAnalyzerTests
{
    [Fact]
    public Task Mapping_attributes_on_ignored_members_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("X#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            [DynamoIgnore, {|B3A0011:Ttl|}] public long Expires { get; init; }
            [DynamoIgnore]
            [{|B3A0011:DynamoAttribute("v")|}]
            [{|B3A0011:DynamoVersion|}]
            public long Rev { get; init; }
        }
        """);

    [Fact]
    public Task Ignored_member_alone_and_placeholder_of_ignored_member_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("X#{Id}")]
        public partial class Order
        {
            [DynamoIgnore] public string Id { get; init; } = "";
            [Ttl] public long Expires { get; init; }
        }
        """);
}
