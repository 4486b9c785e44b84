using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.RequestLimitAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class RequestLimitAnalyzerTests
{
    /// <summary>count elements, the one at index <paramref name="marked"/> wrapped in diagnostic markup.</summary>
    private static string Elements(string element, int count, int marked = -1) =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => i == marked ? "{|B3A4003:" + element + "|}" : element));

    [Fact]
    public Task Write_requests_over_25_are_reported_on_the_26th() => Verify.VerifyAsync($$"""
        using Amazon.DynamoDBv2.Model;
        public static class Batches
        {
            public static List<WriteRequest> Writes() => new List<WriteRequest> { {{Elements("new WriteRequest()", 26, 25)}} };
            public static WriteRequest[] Array() => new WriteRequest[] { {{Elements("new WriteRequest()", 27, 25)}} };
        }
        """);

    [Fact]
    public Task Transactions_and_batch_get_keys_over_100_are_reported() => Verify.VerifyAsync($$"""
        using Amazon.DynamoDBv2.Model;
        public static class Batches
        {
            public static List<TransactWriteItem> Writes() => [{{Elements("new TransactWriteItem()", 101, 100)}}];
            public static List<TransactGetItem> Gets() => new() { {{Elements("new TransactGetItem()", 101, 100)}} };
            public static KeysAndAttributes Keys() => new KeysAndAttributes
            {
                Keys = new List<Dictionary<string, AttributeValue>> { {{Elements("new Dictionary<string, AttributeValue>()", 101, 100)}} },
            };
        }
        """);

    [Fact]
    public Task Literals_at_the_limit_and_unrelated_collections_are_clean() => Verify.VerifyAsync($$"""
        using Amazon.DynamoDBv2.Model;
        public static class Batches
        {
            public static List<WriteRequest> Writes() => new List<WriteRequest> { {{Elements("new WriteRequest()", 25)}} };
            public static List<TransactWriteItem> Tx() => [{{Elements("new TransactWriteItem()", 100)}}];
            public static List<string> Names() => new List<string> { {{Elements("\"x\"", 300)}} };
            public static List<Dictionary<string, AttributeValue>> Items() => new List<Dictionary<string, AttributeValue>> { {{Elements("new Dictionary<string, AttributeValue>()", 101)}} };
        }
        """);
}
