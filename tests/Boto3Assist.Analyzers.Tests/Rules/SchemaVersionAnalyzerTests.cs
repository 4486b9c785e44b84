using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.SchemaVersionAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class SchemaVersionAnalyzerTests
{
    [Fact]
    public Task Version_below_1_and_steps_out_of_range_or_twice_are_reported() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [{|B3A5006:SchemaVersion(0)|}]
        public partial class A
        {
            public string Id { get; init; } = "";
        }
        [DynamoTable("app")]
        [PartitionKey("B#{Id}")]
        [SchemaVersion(3)]
        public partial class B
        {
            public string Id { get; init; } = "";
            [SchemaUpgrade(1)] private static void One(Dictionary<string, AttributeValue> item) { }
            [{|B3A5006:SchemaUpgrade(1)|}] private static void AlsoOne(Dictionary<string, AttributeValue> item) { }
            [SchemaUpgrade(2)] private static void Two(Dictionary<string, AttributeValue> item) { }
            [{|B3A5006:SchemaUpgrade(3)|}] private static void Three(Dictionary<string, AttributeValue> item) { }
            [{|B3A5006:SchemaUpgrade(0)|}] private static void Zero(Dictionary<string, AttributeValue> item) { }
        }
        """);

    [Fact]
    public Task Steps_with_the_wrong_signature_are_reported() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [SchemaVersion(5)]
        public partial class A
        {
            public string Id { get; init; } = "";
            [{|B3A5006:SchemaUpgrade(1)|}] private void Instance(Dictionary<string, AttributeValue> item) { }
            [{|B3A5006:SchemaUpgrade(2)|}] private static bool Returns(Dictionary<string, AttributeValue> item) => true;
            [{|B3A5006:SchemaUpgrade(3)|}] private static void ReadOnly(IReadOnlyDictionary<string, AttributeValue> item) { }
            [{|B3A5006:SchemaUpgrade(4)|}] private static void ByRef(ref Dictionary<string, AttributeValue> item) { }
        }
        """);

    [Fact]
    public Task A_step_without_a_version_is_reported_on_entities_and_other_types() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [{|B3A5006:SchemaUpgrade(1)|}] private static void Step(Dictionary<string, AttributeValue> item) { }
        }
        public static class Steps
        {
            [{|B3A5006:SchemaUpgrade(1)|}] public static void Step(Dictionary<string, AttributeValue> item) { }
        }
        """);

    [Fact]
    public Task A_version_attribute_named_like_a_key_a_member_or_the_discriminator_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [{|B3A5006:SchemaVersion(1, AttributeName = "pk")|}]
        public partial class A
        {
            public string Id { get; init; } = "";
        }
        [DynamoTable("app")]
        [PartitionKey("B#{Id}")]
        [{|B3A5006:SchemaVersion(1, AttributeName = "Name")|}]
        public partial class B
        {
            public string Id { get; init; } = "";
            public string? Name { get; init; }
        }
        [DynamoTable("app")]
        [PartitionKey("C#{Id}")]
        [{|B3A5006:SchemaVersion(1, AttributeName = "_type")|}]
        public partial class C
        {
            public string Id { get; init; } = "";
        }
        """);

    [Fact]
    public Task A_version_without_a_step_is_a_warning_per_missing_version() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [{|B3A5007:{|B3A5007:SchemaVersion(4)|}|}]
        public partial class A
        {
            public string Id { get; init; } = "";
            [SchemaUpgrade(2)] private static void Two(Dictionary<string, AttributeValue> item) { }
        }
        """);

    [Fact]
    public Task Messages_name_the_entity_the_step_and_the_versions() => Verify.VerifyAsync(
        """
        using Amazon.DynamoDBv2.Model;
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [SchemaVersion(2)]
        public partial class A
        {
            public string Id { get; init; } = "";
            [{|#0:SchemaUpgrade(2)|}] private static void Late(Dictionary<string, AttributeValue> item) { }
        }
        [DynamoTable("app")]
        [PartitionKey("B#{Id}")]
        [{|#1:SchemaVersion(2)|}]
        public partial class B
        {
            public string Id { get; init; } = "";
        }
        """,
        expected: new[]
        {
            Verify.Diagnostic(DiagnosticIds.InvalidSchemaVersion).WithLocation(0).WithArguments("A", "[SchemaUpgrade] method 'Late' upgrades from version 2, but steps upgrade from 1 to 1 (the entity is version 2)"),
            Verify.Diagnostic(DiagnosticIds.MissingSchemaUpgrade).WithLocation(1).WithArguments("B", "2", "1", "2"),
        });

    [Fact]
    public Task Valid_declarations_are_clean() => Verify.VerifyAsync("""
        using Amazon.DynamoDBv2.Model;
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [SchemaVersion(3, AttributeName = "v")]
        public partial class A
        {
            public string Id { get; init; } = "";
            [SchemaUpgrade(2)] private static void Two(Dictionary<string, AttributeValue> item) { }
            [SchemaUpgrade(1)] internal static void One(Dictionary<string, AttributeValue>? item) { }
        }
        [DynamoTable("app")]
        [PartitionKey("B#{Id}")]
        [SchemaVersion(1)]
        public partial record B(string Id);
        [DynamoTable("app")]
        [PartitionKey("C#{Id}")]
        public partial record C(string Id);
        """);
}
