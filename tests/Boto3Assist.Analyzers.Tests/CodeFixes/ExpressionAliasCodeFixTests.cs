using Boto3Assist.Analyzers.CodeFixes;
using Boto3Assist.Analyzers.Rules;

namespace Boto3Assist.Analyzers.Tests.CodeFixes;

public class ExpressionAliasCodeFixTests
{
    [Fact]
    public Task Alias_is_written_and_expression_attribute_names_added() =>
        Verifiers.CodeFixVerifier<ExpressionReservedWordAnalyzer, ExpressionAliasCodeFix>.VerifyAsync(
            """
            using Amazon.DynamoDBv2.Model;
            public static class Requests
            {
                public static QueryRequest Query() => new QueryRequest
                {
                    TableName = "orders",
                    FilterExpression = "{|B3A4001:status|} = :s",
                };
            }
            """,
            """
            using Amazon.DynamoDBv2.Model;
            public static class Requests
            {
                public static QueryRequest Query() => new QueryRequest
                {
                    TableName = "orders",
                    FilterExpression = "#status = :s",
                    ExpressionAttributeNames = new Dictionary<string, string> { { "#status", "status" } }
                };
            }
            """);

    [Fact]
    public Task Alias_is_added_to_existing_expression_attribute_names() =>
        Verifiers.CodeFixVerifier<ExpressionReservedWordAnalyzer, ExpressionAliasCodeFix>.VerifyAsync(
            """
            using Amazon.DynamoDBv2.Model;
            public static class Requests
            {
                public static QueryRequest Query() => new QueryRequest
                {
                    KeyConditionExpression = "#p = :p",
                    FilterExpression = "{|B3A4001:name|} = :n",
                    ExpressionAttributeNames = new Dictionary<string, string> { { "#p", "pk" } },
                };
            }
            """,
            """
            using Amazon.DynamoDBv2.Model;
            public static class Requests
            {
                public static QueryRequest Query() => new QueryRequest
                {
                    KeyConditionExpression = "#p = :p",
                    FilterExpression = "#name = :n",
                    ExpressionAttributeNames = new Dictionary<string, string> { { "#p", "pk" }, { "#name", "name" } },
                };
            }
            """);
}
