using Boto3Assist.Analyzers.CodeFixes;
using Boto3Assist.Analyzers.Rules;

namespace Boto3Assist.Analyzers.Tests.CodeFixes;

public class ModelCodeFixTests
{
    [Fact]
    public Task Make_partial_adds_the_modifier_to_the_entity_and_its_container() =>
        Verifiers.CodeFixVerifier<EntityDeclarationAnalyzer, MakePartialCodeFix>.VerifyAsync(
            """
            public static class {|B3A0001:Outer|}
            {
                [DynamoTable("orders")]
                [PartitionKey("ORDER#{Id}")]
                public sealed record {|B3A0001:Order|}
                {
                    public string Id { get; init; } = "";
                }
            }
            """,
            """
            public static partial class Outer
            {
                [DynamoTable("orders")]
                [PartitionKey("ORDER#{Id}")]
                public sealed partial record Order
                {
                    public string Id { get; init; } = "";
                }
            }
            """);

    [Fact]
    public Task Make_partial_works_without_modifiers() =>
        Verifiers.CodeFixVerifier<EntityDeclarationAnalyzer, MakePartialCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            class {|B3A0001:Order|}
            {
                public string Id { get; init; } = "";
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            partial class Order
            {
                public string Id { get; init; } = "";
            }
            """);

    [Fact]
    public Task Add_partition_key_offers_each_identifier_member() =>
        Verifiers.CodeFixVerifier<EntityDeclarationAnalyzer, AddPartitionKeyCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            public partial class {|B3A0002:Order|}
            {
                public string Sku { get; init; } = "";
                public string CustomerId { get; init; } = "";
                public Guid OrderId { get; init; }
            }
            """,
            """
            [DynamoTable("orders")]
            public partial class Order
            {
                public string Sku { get; init; } = "";
                public string CustomerId { get; init; } = "";
                [PartitionKey]
                public Guid OrderId { get; init; }
            }
            """,
            codeActionEquivalenceKey: "AddPartitionKeyCodeFixOrderId");

    [Fact]
    public Task Remove_duplicate_key_attribute_keeps_other_attributes_in_the_list() =>
        Verifiers.CodeFixVerifier<EntityDeclarationAnalyzer, RemoveAttributeCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                [{|B3A0003:PartitionKey|}]
                public string Id { get; init; } = "";
                [DynamoAttribute("s"), {|B3A0003:PartitionKey|}] public string Sku { get; init; } = "";
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                [DynamoAttribute("s")] public string Sku { get; init; } = "";
            }
            """);

    [Fact]
    public Task Remove_attribute_from_an_ignored_member() =>
        Verifiers.CodeFixVerifier<IgnoredMemberAnalyzer, RemoveAttributeCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                [DynamoIgnore, {|B3A0011:Ttl|}] public long Expires { get; init; }
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                [DynamoIgnore] public long Expires { get; init; }
            }
            """);

    [Fact]
    public Task Alias_fix_stores_a_reserved_word_under_another_name() =>
        Verifiers.CodeFixVerifier<AttributeNameAnalyzer, AliasAttributeNameCodeFix>.VerifyAsync(
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                public string {|B3A0006:Status|} { get; init; } = "";
                [Obsolete] public int {|B3A0006:Size|} { get; init; }
            }
            """,
            """
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class Order
            {
                public string Id { get; init; } = "";
                [DynamoAttribute("Status_")]
                public string Status { get; init; } = "";
                [Obsolete, DynamoAttribute("Size_")] public int Size { get; init; }
            }
            """);
}
