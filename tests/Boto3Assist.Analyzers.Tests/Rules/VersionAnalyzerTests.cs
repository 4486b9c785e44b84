using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.VersionAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class VersionAnalyzerTests
{
    [Fact]
    public Task Non_integral_second_and_key_feeding_versions_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [{|B3A3004:DynamoVersion|}] public string Rev { get; init; } = "";
            [{|B3A3005:DynamoVersion|}] public long Rev2 { get; init; }
        }
        [DynamoTable("app")]
        [PartitionKey("B#{Id}")]
        [SortKey("V#{Version:D10}")]
        public partial class B
        {
            public string Id { get; init; } = "";
            [{|B3A3006:DynamoVersion|}] public long Version { get; init; }
        }
        """);

    [Fact]
    public Task Single_integral_version_is_clean() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [DynamoVersion] public int? Version { get; init; }
        }
        """);
}
