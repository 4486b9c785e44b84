using Boto3Assist.Analyzers.CodeFixes;
using Boto3Assist.Analyzers.Rules;

namespace Boto3Assist.Analyzers.Tests.CodeFixes;

public class KeyDesignCodeFixTests
{
    [Fact]
    public Task Nullable_key_members_become_non_nullable() =>
        Verifiers.CodeFixVerifier<KeyNullabilityAnalyzer, NonNullableKeyCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{CustomerId}")]
            [SortKey("O#{Seq:D10}")]
            public partial class Order
            {
                public string? {|B3A1002:CustomerId|} { get; init; }
                public int? {|B3A1002:Seq|} { get; init; }
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{CustomerId}")]
            [SortKey("O#{Seq:D10}")]
            public partial class Order
            {
                public string CustomerId { get; init; }
                public int Seq { get; init; }
            }
            """);

    [Fact]
    public Task Setters_of_key_members_become_init() =>
        Verifiers.CodeFixVerifier<KeyMutabilityAnalyzer, UseInitAccessorCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{CustomerId}")]
            public partial class Order
            {
                public string CustomerId { get; {|B3A1003:set|}; } = "";
                [SortKey] public string OrderId { get; private {|B3A1003:set|}; } = "";
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{CustomerId}")]
            public partial class Order
            {
                public string CustomerId { get; init; } = "";
                [SortKey] public string OrderId { get; private init; } = "";
            }
            """);

    [Fact]
    public Task Delimiter_is_inserted_between_adjacent_placeholders() =>
        Verifiers.CodeFixVerifier<PlaceholderAnalyzer, InsertDelimiterCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{Id}")]
            [SortKey("{Year:D4}{|B3A1007:{Seq:D5}|}{|B3A1007:{Id}|}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public int Year { get; init; }
                public int Seq { get; init; }
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{Id}")]
            [SortKey("{Year:D4}#{Seq:D5}#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public int Year { get; init; }
                public int Seq { get; init; }
            }
            """);

    [Fact]
    public Task Integers_are_padded_to_their_type_width() =>
        Verifiers.CodeFixVerifier<KeyFormatAnalyzer, PadIntegerCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{Seq}")]
            [SortKey("S#{|B3A1009:{Seq}|}#{|B3A1009:{Big:N0}|}")]
            public partial class Order
            {
                public int Seq { get; init; }
                public long Big { get; init; }
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{Seq}")]
            [SortKey("S#{Seq:D10}#{Big:D19}")]
            public partial class Order
            {
                public int Seq { get; init; }
                public long Big { get; init; }
            }
            """);

    [Fact]
    public Task Dates_get_the_round_trip_format() =>
        Verifiers.CodeFixVerifier<KeyFormatAnalyzer, SortableDateFormatCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{Id}")]
            [SortKey("D#{|B3A1010:{Created:MM/dd/yyyy}|}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public DateTime Created { get; init; }
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{Id}")]
            [SortKey("D#{Created:O}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public DateTime Created { get; init; }
            }
            """,
            codeActionEquivalenceKey: SortableDateFormatCodeFix.RoundTripKey);

    [Fact]
    public Task Dates_get_the_day_format() =>
        Verifiers.CodeFixVerifier<KeyFormatAnalyzer, SortableDateFormatCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{Id}")]
            [SortKey("D#{|B3A1010:{Day:d}|}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public DateOnly Day { get; init; }
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("C#{Id}")]
            [SortKey("D#{Day:yyyy-MM-dd}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public DateOnly Day { get; init; }
            }
            """,
            codeActionEquivalenceKey: SortableDateFormatCodeFix.DayKey);

    [Fact]
    public Task Floating_point_keys_become_decimal() =>
        Verifiers.CodeFixVerifier<KeyTypeAnalyzer, ChangeMemberTypeCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("P#{|B3A1012:{Price}|}")]
            public partial class Order
            {
                public double Price { get; init; }
                [{|B3A1012:SortKey|}] public float? Score { get; init; }
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("P#{Price}")]
            public partial class Order
            {
                public decimal Price { get; init; }
                [SortKey] public decimal? Score { get; init; }
            }
            """);

    [Fact]
    public Task Format_is_removed_from_a_string_placeholder() =>
        Verifiers.CodeFixVerifier<KeyTypeAnalyzer, RemoveFormatCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("U#{|B3A1013:{Email:D5}|}")]
            public partial class Order
            {
                public string Email { get; init; } = "";
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("U#{Email}")]
            public partial class Order
            {
                public string Email { get; init; } = "";
            }
            """);
}
