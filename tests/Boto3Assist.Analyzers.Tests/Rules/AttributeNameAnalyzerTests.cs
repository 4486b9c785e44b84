using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.AttributeNameAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class AttributeNameAnalyzerTests
{
    [Fact]
    public Task Members_clashing_with_members_keys_and_discriminator_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("X#{Id}")]
        [GsiKey("gsi1", "S#{Sku}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public string Sku { get; init; } = "";
            [{|B3A0005:DynamoAttribute("Id")|}] public string Copy { get; init; } = "";
            [{|B3A0005:DynamoAttribute("pk")|}] public string Pk2 { get; init; } = "";
            [{|B3A0005:DynamoAttribute("gsi1_pk")|}] public string G { get; init; } = "";
            [{|B3A0005:DynamoAttribute("_type")|}] public string Kind { get; init; } = "";
        }
        """);

    [Fact]
    public Task Naming_policy_collisions_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders", NamingPolicy = DynamoNamingPolicy.CamelCase)]
        [PartitionKey("X#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public string Sku { get; init; } = "";
            [{|B3A0005:DynamoAttribute("sku")|}] public string Other2 { get; init; } = "";
        }
        """);

    [Fact]
    public Task Distinct_names_ignored_members_and_disabled_discriminator_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders", WriteEntityType = false)]
        [PartitionKey("X#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            [DynamoAttribute("_type")] public string Kind { get; init; } = "";
            [DynamoIgnore, DynamoAttribute("Id")] public string Shadow { get; init; } = "";
            public string Computed => Id + "!";
        }
        """);

    [Fact]
    public Task Reserved_and_dotted_names_are_reported_as_info() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [{|B3A0006:PartitionKey("X#{Id}", AttributeName = "name")|}]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public string {|B3A0006:Status|} { get; init; } = "";
            [DynamoAttribute("a.b")] public string {|B3A0006:Dotted|} { get; init; } = "";
            [DynamoAttribute("a-b")] public string {|B3A0006:Dashed|} { get; init; } = "";
            [DynamoAttribute("state_")] public string Level { get; init; } = "";
            [DynamoIgnore] public string Comment { get; init; } = "";
        }
        """);

    [Fact]
    public Task Index_declared_twice_or_with_one_name_for_both_keys_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("X#{Id}")]
        [GsiKey("gsi1", "A#{Id}")]
        [{|B3A0005:GsiKey("gsi1", "B#{Id}")|}]
        [{|B3A0005:GsiKey("gsi2", "C#{Id}", "D#{Id}", PartitionKeyAttributeName = "g2", SortKeyAttributeName = "g2")|}]
        public partial class Order
        {
            public string Id { get; init; } = "";
        }
        """);
}
