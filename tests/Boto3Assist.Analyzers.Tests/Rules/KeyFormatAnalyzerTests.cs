using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.KeyFormatAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class KeyFormatAnalyzerTests
{
    [Fact]
    public Task Unpadded_integers_in_sort_keys_and_unsortable_dates_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("C#{Seq}#{|B3A1010:{Day:d}|}")]
        [SortKey("SEQ#{|B3A1009:{Seq}|}#{|B3A1009:{Big:N0}|}")]
        [GsiKey("gsi1", "X#{Seq}", "D#{|B3A1010:{Created:MM/dd/yyyy}|}#{|B3A1010:{Day:d}|}")]
        [LsiKey("lsi1", "{|B3A1009:{Small}|}")]
        public partial class Order
        {
            public int Seq { get; init; }
            public long Big { get; init; }
            public short Small { get; init; }
            public DateTime Created { get; init; }
            public DateOnly Day { get; init; }
        }
        """);

    [Fact]
    public Task Decimals_and_doubles_in_sort_keys_need_a_fixed_width_pattern() => Verify.VerifyAsync("""
        [DynamoTable("staff")]
        [PartitionKey("C#{Salary}")]
        [SortKey("SALARY#{|B3A1009:{Salary}|}#{|B3A1009:{Rate:0.00}|}#{Fixed:000000.00}#{Whole:0000}")]
        public partial class Employee
        {
            public decimal Salary { get; init; }
            public decimal Rate { get; init; }
            public decimal Fixed { get; init; }
            public decimal Whole { get; init; }
        }
        """);

    [Fact]
    public Task Fixed_width_integers_and_sortable_dates_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("C#{Seq}")]
        [SortKey("SEQ#{Seq:D10}#{Big:0000000000}#{Created:O}#{Day}#{When:yyyy-MM-ddTHH:mm}#{Created:s}#{Created:u}")]
        public partial class Order
        {
            public int Seq { get; init; }
            public long Big { get; init; }
            public DateTime Created { get; init; }
            public DateOnly Day { get; init; }
            public DateTimeOffset When { get; init; }
        }
        """);
}
