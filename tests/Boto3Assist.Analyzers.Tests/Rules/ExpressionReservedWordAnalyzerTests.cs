using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.ExpressionReservedWordAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class ExpressionReservedWordAnalyzerTests
{
    [Fact]
    public Task Reserved_words_in_request_expressions_are_reported() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        public static class Requests
        {
            public static QueryRequest Query() => new QueryRequest
            {
                TableName = "orders",
                KeyConditionExpression = "pk = :pk AND begins_with(sk, :p)",
                FilterExpression = "{|B3A4001:status|} = :s AND attribute_exists({|B3A4001:name|}) OR size(tags) > :n",
                ProjectionExpression = "pk, sk, {|B3A4001:data|}",
            };

            public static UpdateItemRequest Update() => new UpdateItemRequest
            {
                UpdateExpression = "SET {|B3A4001:count|} = :c REMOVE tags",
                ConditionExpression = "attribute_not_exists(pk)",
            };
        }
        """);

    [Fact]
    public Task Aliased_names_values_and_other_properties_are_clean() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        public class Other { public string FilterExpression { get; set; } = ""; }
        public static class Requests
        {
            public static ScanRequest Scan() => new ScanRequest
            {
                TableName = "status",
                FilterExpression = "#status = :status AND #name IN (:a, :b) AND sku BETWEEN :lo AND :hi",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = "status", ["#name"] = "name" },
            };

            public static Other Unrelated() => new Other { FilterExpression = "status = :s" };
        }
        """);
}
