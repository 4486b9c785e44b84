using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.ExpressionLimitAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class ExpressionLimitAnalyzerTests
{
    private static string InList(int operands) => "Sku IN (" + string.Join(", ", Enumerable.Range(0, operands).Select(i => ":s" + i)) + ")";

    [Fact]
    public Task In_list_over_100_operands_and_expression_over_4_KB_are_reported() => Verify.VerifyAsync($$"""
        using Amazon.DynamoDBv2.Model;
        public static class Requests
        {
            public static ScanRequest Many() => new ScanRequest { FilterExpression = {|B3A4004:"{{InList(101)}}"|} };
            public static QueryRequest Long() => new QueryRequest { ProjectionExpression = {|B3A4004:"{{string.Join(", ", Enumerable.Range(0, 700).Select(i => "attr" + i))}}"|} };
        }
        """);

    [Fact]
    public Task Expressions_at_the_limits_and_other_strings_are_clean() => Verify.VerifyAsync($$"""
        using Amazon.DynamoDBv2.Model;
        public class Other { public string FilterExpression { get; set; } = ""; }
        public static class Requests
        {
            public static ScanRequest Hundred() => new ScanRequest { FilterExpression = "{{InList(100)}}" };
            public static Other Unrelated() => new Other { FilterExpression = "{{InList(200)}}" };
        }
        """);
}
