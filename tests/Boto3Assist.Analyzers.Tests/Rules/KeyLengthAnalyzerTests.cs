using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.KeyLengthAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class KeyLengthAnalyzerTests
{
    [Fact]
    public Task Sort_key_over_1024_bytes_with_fixed_width_parts_is_reported() => Verify.VerifyAsync($$"""
        [DynamoTable("orders")]
        [PartitionKey("{{new string('p', 2000)}}#{Ref}")]
        [SortKey({|B3A1011:"{{new string('s', 1000)}}#{Ref}"|})]
        public partial class Order
        {
            public Guid Ref { get; init; }
        }
        """);

    [Fact]
    public Task Partition_key_over_2048_bytes_is_reported() => Verify.VerifyAsync($$"""
        [DynamoTable("orders")]
        [PartitionKey({|B3A1011:"{{new string('é', 1000)}}{Seq:D50}"|})]
        public partial class Order
        {
            public int Seq { get; init; }
        }
        """);

    [Fact]
    public Task Keys_under_the_limit_or_of_unknown_length_are_clean() => Verify.VerifyAsync($$"""
        [DynamoTable("orders")]
        [PartitionKey("{{new string('p', 2011)}}{Ref}")]
        [SortKey("{{new string('s', 1020)}}{Label}")]
        public partial class Order
        {
            public Guid Ref { get; init; }
            public string Label { get; init; } = "";
        }
        """);
}
