using Boto3Assist.Analyzers.CodeFixes;
using Boto3Assist.Analyzers.Rules;

namespace Boto3Assist.Analyzers.Tests.CodeFixes;

public class UtcClockCodeFixTests
{
    [Fact]
    public Task DateTime_Now_becomes_UtcNow() =>
        Verifiers.CodeFixVerifier<LocalTimeAnalyzer, UtcClockCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; set; } = "";
                public DateTime Created { get; set; } = DateTime.{|B3A0015:Now|};
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; set; } = "";
                public DateTime Created { get; set; } = DateTime.UtcNow;
            }
            """);
}
