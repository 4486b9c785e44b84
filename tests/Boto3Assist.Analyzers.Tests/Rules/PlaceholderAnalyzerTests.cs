using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.PlaceholderAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class PlaceholderAnalyzerTests
{
    [Fact]
    public Task Unknown_adjacent_and_delimiter_ambiguous_placeholders_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("C#{|B3A1006:{Missing}|}")]
        [SortKey("{Seq:D5}{|B3A1007:{Id}|}")]
        [GsiKey("gsi1", "{|B3A1008:{Label:raw}|}#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public int Seq { get; init; }
            public string Label { get; init; } = "";
            private string Hidden { get; init; } = "";
        }
        """);

    [Fact]
    public Task Private_member_is_not_a_placeholder_target() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("C#{|B3A1006:{Hidden}|}")]
        public partial class Order
        {
            private string Hidden { get; init; } = "";
        }
        """);

    [Fact]
    public Task Delimited_placeholders_with_free_text_last_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("C#{Ref}#{Label}#{Id}#{Path:raw}")]
        [GsiKey("gsi1", "{Label:lower}#{Id}")]
        [SortKey("{Seq:D5}#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public Guid Ref { get; init; }
            public int Seq { get; init; }
            public string Label { get; init; } = "";
            public string Path { get; init; } = "";
            public string Computed => Id + Label;
        }
        """);

    [Fact]
    public Task The_delimiter_is_configurable()
    {
        const string source = """
            [DynamoTable("orders")]
            [PartitionKey("{Label}#{Id}")]
            [SortKey("{|B3A1008:{Label:raw}|}/{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public string Label { get; init; } = "";
            }
            """;
        return Verify.VerifyAsync(source, "boto3assist.key_delimiter = /");
    }
}
