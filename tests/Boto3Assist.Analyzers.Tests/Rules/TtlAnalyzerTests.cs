using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.TtlAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class TtlAnalyzerTests
{
    [Fact]
    public Task Ttl_of_a_string_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [{|B3A3001:Ttl|}] public string? Expires { get; init; }
        }
        """);

    [Fact]
    public Task Milliseconds_by_name_initializer_and_assignment_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [Ttl] public long {|B3A3002:ExpiresAtMs|} { get; set; } = DateTimeOffset.UtcNow.AddDays(1).{|B3A3002:ToUnixTimeMilliseconds|}();
        }
        public static class Usage
        {
            public static void Touch(A a) => a.ExpiresAtMs = DateTimeOffset.UtcNow.{|B3A3002:ToUnixTimeMilliseconds|}();
        }
        """);

    [Fact]
    public Task Second_ttl_member_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [Ttl] public DateTimeOffset? ExpiresAt { get; init; }
            [{|B3A3003:Ttl|}] public DateTime? AlsoExpires { get; init; }
        }
        """);

    [Fact]
    public Task Seconds_dates_and_non_ttl_milliseconds_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [Ttl] public long Atoms { get; set; } = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            public long CreatedMs { get; set; } = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        }
        public static class Usage
        {
            public static void Touch(A a) { a.Atoms = DateTimeOffset.UtcNow.ToUnixTimeSeconds(); a.CreatedMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(); }
        }
        """);
}
