using Boto3Assist.Analyzers.CodeFixes;
using Boto3Assist.Analyzers.Rules;

namespace Boto3Assist.Analyzers.Tests.CodeFixes;

public class TtlVersionCodeFixTests
{
    [Fact]
    public Task Milliseconds_become_seconds_in_initializers_and_assignments() =>
        Verifiers.CodeFixVerifier<TtlAnalyzer, TtlSecondsCodeFix>.VerifyAsync(
            """
            [DynamoTable("app")]
            [PartitionKey("A#{Id}")]
            public partial class A
            {
                public string Id { get; init; } = "";
                [Ttl] public long ExpiresAt { get; set; } = DateTimeOffset.UtcNow.AddDays(1).{|B3A3002:ToUnixTimeMilliseconds|}();
            }
            public static class Usage
            {
                public static void Touch(A a) => a.ExpiresAt = DateTimeOffset.UtcNow.{|B3A3002:ToUnixTimeMilliseconds|}();
            }
            """,
            """
            [DynamoTable("app")]
            [PartitionKey("A#{Id}")]
            public partial class A
            {
                public string Id { get; init; } = "";
                [Ttl] public long ExpiresAt { get; set; } = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds();
            }
            public static class Usage
            {
                public static void Touch(A a) => a.ExpiresAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            }
            """);

    [Fact]
    public Task Second_ttl_attribute_is_removed() =>
        Verifiers.CodeFixVerifier<TtlAnalyzer, RemoveAttributeCodeFix>.VerifyAsync(
            """
            [DynamoTable("app")]
            [PartitionKey("A#{Id}")]
            public partial class A
            {
                public string Id { get; init; } = "";
                [Ttl] public DateTimeOffset? ExpiresAt { get; init; }
                [{|B3A3003:Ttl|}] public DateTime? AlsoExpires { get; init; }
            }
            """,
            """
            [DynamoTable("app")]
            [PartitionKey("A#{Id}")]
            public partial class A
            {
                public string Id { get; init; } = "";
                [Ttl] public DateTimeOffset? ExpiresAt { get; init; }
                public DateTime? AlsoExpires { get; init; }
            }
            """);

    [Fact]
    public Task Version_becomes_long_and_second_version_is_removed() =>
        Verifiers.CodeFixVerifier<VersionAnalyzer, ChangeMemberTypeCodeFix>.VerifyAsync(
            """
            [DynamoTable("app")]
            [PartitionKey("A#{Id}")]
            public partial class A
            {
                public string Id { get; init; } = "";
                [{|B3A3004:DynamoVersion|}] public double Version { get; init; }
            }
            """,
            """
            [DynamoTable("app")]
            [PartitionKey("A#{Id}")]
            public partial class A
            {
                public string Id { get; init; } = "";
                [DynamoVersion] public long Version { get; init; }
            }
            """);

    [Fact]
    public Task Second_version_attribute_is_removed() =>
        Verifiers.CodeFixVerifier<VersionAnalyzer, RemoveAttributeCodeFix>.VerifyAsync(
            """
            [DynamoTable("app")]
            [PartitionKey("A#{Id}")]
            public partial class A
            {
                public string Id { get; init; } = "";
                [DynamoVersion] public long Version { get; init; }
                [{|B3A3005:DynamoVersion|}] public long Revision { get; init; }
            }
            """,
            """
            [DynamoTable("app")]
            [PartitionKey("A#{Id}")]
            public partial class A
            {
                public string Id { get; init; } = "";
                [DynamoVersion] public long Version { get; init; }
                public long Revision { get; init; }
            }
            """);
}
