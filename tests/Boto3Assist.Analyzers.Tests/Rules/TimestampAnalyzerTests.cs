using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.TimestampAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class TimestampAnalyzerTests
{
    [Fact]
    public Task Timestamps_of_a_string_an_int_and_a_date_only_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [{|B3A5001:CreatedAt|}] public string? Created { get; init; }
            [{|B3A5001:UpdatedAt|}] public int Updated { get; init; }
        }
        [DynamoTable("app")]
        [PartitionKey("B#{Id}")]
        public partial class B
        {
            public string Id { get; init; } = "";
            [{|B3A5001:CreatedAt|}] public DateOnly Created { get; init; }
        }
        """);

    [Fact]
    public Task Second_created_at_member_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [CreatedAt] public DateTimeOffset Created { get; init; }
            [{|B3A5002:CreatedAt|}] public DateTime AlsoCreated { get; init; }
            [UpdatedAt] public DateTime Updated { get; init; }
        }
        """);

    [Fact]
    public Task Dates_and_epoch_milliseconds_nullable_or_not_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [CreatedAt] public DateTimeOffset? Created { get; init; }
            [UpdatedAt] public long Updated { get; init; }
        }
        [DynamoTable("app")]
        [PartitionKey("B#{Id}")]
        public partial class B
        {
            public string Id { get; init; } = "";
            [CreatedAt] public DateTime Created { get; init; }
            [UpdatedAt] public long? Updated { get; init; }
        }
        [DynamoTable("app")]
        [PartitionKey("C#{Id}")]
        public partial record C(string Id, [property: CreatedAt] DateTimeOffset Created, [property: UpdatedAt] DateTime? Updated);
        """);
}
