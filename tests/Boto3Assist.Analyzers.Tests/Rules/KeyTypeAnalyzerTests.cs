using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.KeyTypeAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class KeyTypeAnalyzerTests
{
    [Fact]
    public Task Placeholders_of_unkeyable_floating_and_unformattable_types_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("X#{|B3A1001:{Tags}|}")]
        [SortKey("S#{|B3A1012:{Price}|}")]
        [GsiKey("gsi1", "N#{|B3A1013:{Sku:D5}|}", "F#{|B3A1013:{Flag:x}|}")]
        public partial class Order
        {
            public List<string> Tags { get; init; } = new();
            public double Price { get; init; }
            public string Sku { get; init; } = "";
            public bool Flag { get; init; }
        }
        """);

    [Fact]
    public Task Member_keys_of_bool_and_float_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("flags")]
        public partial class Flagged
        {
            [{|B3A1001:PartitionKey|}] public bool Enabled { get; init; }
            [{|B3A1012:SortKey|}] public float Score { get; init; }
        }
        """);

    [Fact]
    public Task Scalar_keys_and_formats_on_formattable_types_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [GsiKey("gsi1", "T#{Total:F2}#{Seq:D5}#{Ref:N}#{At:O}#{Sku}", "{Flag}")]
        public partial class Order
        {
            [PartitionKey] public Guid Id { get; init; }
            [SortKey] public byte[] Raw { get; init; } = new byte[0];
            public decimal Total { get; init; }
            public int Seq { get; init; }
            public Guid Ref { get; init; }
            public DateTime At { get; init; }
            public string Sku { get; init; } = "";
            public bool Flag { get; init; }
        }
        """);
}
