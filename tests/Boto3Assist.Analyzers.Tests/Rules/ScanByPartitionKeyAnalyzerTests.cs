using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.ScanByPartitionKeyAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class ScanByPartitionKeyAnalyzerTests
{
    private const string Entity = """

        [DynamoTable("orders")]
        [PartitionKey("C#{CustomerId}")]
        public partial class Order { public string CustomerId { get; init; } = ""; public string Sku { get; init; } = ""; }
        """;

    [Fact]
    public Task Scan_filtering_the_partition_key_by_equality_is_reported() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        public static class Requests
        {
            public static ScanRequest ByName() => new ScanRequest { TableName = "orders", FilterExpression = {|B3A4002:"pk = :c"|} };

            public static ScanRequest ByAlias() => new ScanRequest
            {
                TableName = "orders",
                FilterExpression = {|B3A4002:":c = #k AND Sku = :s"|},
                ExpressionAttributeNames = new Dictionary<string, string> { { "#k", "pk" } },
            };
        }
        """ + Entity);

    [Fact]
    public Task Other_attributes_other_tables_ranges_and_or_are_clean() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        public static class Requests
        {
            public static ScanRequest[] All() => new[]
            {
                new ScanRequest { TableName = "orders", FilterExpression = "Sku = :s" },
                new ScanRequest { TableName = "archive", FilterExpression = "pk = :c" },
                new ScanRequest { TableName = "orders", FilterExpression = "pk >= :c" },
                new ScanRequest { TableName = "orders", FilterExpression = "pk = :c OR Sku = :s" },
            };
        }
        """ + Entity);
}
