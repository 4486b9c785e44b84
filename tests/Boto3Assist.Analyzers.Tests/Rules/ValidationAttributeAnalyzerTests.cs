using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.ValidationAttributeAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class ValidationAttributeAnalyzerTests
{
    [Fact]
    public Task Attributes_that_do_not_fit_their_member_are_reported() => Verify.VerifyAsync("""
        using System.ComponentModel.DataAnnotations;

        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [{|B3A5003:Range(1, 10)|}] public string? Name { get; init; }
            [{|B3A5003:StringLength(5)|}] public int Count { get; init; }
            [{|B3A5003:EmailAddress|}] public Guid Contact { get; init; }
            [{|B3A5003:Url|}] public int Site { get; init; }
            [{|B3A5003:MinLength(1)|}] public int Size { get; init; }
            [{|B3A5003:RegularExpression("[a-z")|}] public string? Code { get; init; }
            [{|B3A5003:Range(typeof(DateTime), "2020-01-01", "2030-01-01")|}] public int Year { get; init; }
            [{|B3A5003:Range(typeof(int), "one", "ten")|}] public int Rank { get; init; }
            public Inner? Inner { get; init; }
            public List<Inner>? Inners { get; init; }
        }

        public class Inner
        {
            [{|B3A5003:MaxLength(3)|}] public decimal Amount { get; init; }
        }
        """);

    [Fact]
    public Task Attributes_that_fit_are_clean() => Verify.VerifyAsync("""
        using System.ComponentModel.DataAnnotations;

        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [Required, StringLength(20, MinimumLength = 2), RegularExpression("[A-Z][a-z]+")] public string? Name { get; init; }
            [Range(1, 10)] public int Count { get; init; }
            [Range(0.5, 9.5)] public double? Score { get; init; }
            [Range(typeof(decimal), "0.01", "100")] public decimal Price { get; init; }
            [EmailAddress] public string? Email { get; init; }
            [Url] public string? Site { get; init; }
            [MinLength(1), MaxLength(5)] public List<string>? Tags { get; init; }
            [Length(1, 3)] public string[]? Codes { get; init; }
            [Required] public Inner? Inner { get; init; }
            [Range(1, 10)] public string? NotStored { get; }
        }

        public class Inner
        {
            [Range(1, 99)] public long Amount { get; init; }
        }
        """);
}
