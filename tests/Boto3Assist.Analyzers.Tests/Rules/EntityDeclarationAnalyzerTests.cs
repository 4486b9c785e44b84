using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.EntityDeclarationAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class EntityDeclarationAnalyzerTests
{
    [Fact]
    public Task Type_not_partial_is_reported_on_its_name() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public class {|B3A0001:Order|}
        {
            public string Id { get; init; } = "";
        }
        """);

    [Fact]
    public Task Containing_type_not_partial_is_reported() => Verify.VerifyAsync("""
        public class {|B3A0001:Outer|}
        {
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
            }
        }
        """);

    [Fact]
    public Task Partial_record_with_partition_key_is_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        public partial record Order
        {
            [PartitionKey] public string Id { get; init; } = "";
        }
        public class NotAnEntity { }
        """);

    [Fact]
    public Task Missing_partition_key_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [SortKey("ORDER#{Id}")]
        public partial class {|B3A0002:Order|}
        {
            public string Id { get; init; } = "";
        }
        """);

    [Fact]
    public Task Second_partition_key_and_second_sort_key_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        [SortKey("A")]
        public partial class Order
        {
            [{|B3A0003:PartitionKey|}] public string Id { get; init; } = "";
            [{|B3A0003:SortKey|}] public string Other { get; init; } = "";
        }
        """);
}
