using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.NameAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class NameAnalyzerTests
{
    [Fact]
    public Task Invalid_table_and_index_names_are_reported() => Verify.VerifyAsync("""
        [DynamoTable({|B3A0004:"ab"|})]
        [PartitionKey("X#{Id}")]
        [GsiKey({|B3A0004:"by status"|}, "S#{Id}")]
        [LsiKey({|B3A0004:"lsi/1"|}, "S#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
        }
        """);

    [Fact]
    public Task Valid_names_with_dots_dashes_and_underscores_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders.v2-prod_1")]
        [PartitionKey("X#{Id}")]
        [GsiKey("by-sku.v1_x", "S#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
        }
        """);

    [Fact]
    public Task Empty_attribute_names_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders", DiscriminatorAttribute = {|B3A0012:""|})]
        [PartitionKey("X#{Id}", AttributeName = {|B3A0012:""|})]
        public partial class Order
        {
            public string Id { get; init; } = "";
            [DynamoAttribute({|B3A0012:""|})] public string Sku { get; init; } = "";
        }
        """);

    [Fact]
    public Task Key_attribute_name_over_255_bytes_is_reported()
    {
        var longName = new string('k', 256);
        return Verify.VerifyAsync($$"""
            [DynamoTable("orders")]
            [PartitionKey("X#{Id}", AttributeName = {|B3A0012:"{{longName}}"|})]
            [SortKey("S", AttributeName = "{{new string('k', 255)}}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
            }
            """);
    }
}
