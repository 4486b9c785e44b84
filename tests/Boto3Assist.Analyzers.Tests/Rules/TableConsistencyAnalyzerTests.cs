using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.TableConsistencyAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class TableConsistencyAnalyzerTests
{
    [Fact]
    public Task Entities_with_the_same_key_shape_collide() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("USER#{Id}")]
        [SortKey("PROFILE")]
        public partial class A { public string Id { get; init; } = ""; }
        [DynamoTable("app")]
        [PartitionKey({|B3A2001:"USER#{Email}"|})]
        [SortKey("PROFILE")]
        public partial class B { public string Email { get; init; } = ""; }
        [DynamoTable("app")]
        [PartitionKey("USER#{Id}")]
        [SortKey("SETTINGS")]
        public partial class C { public string Id { get; init; } = ""; }
        [DynamoTable("other")]
        [PartitionKey("USER#{Id}")]
        [SortKey("PROFILE")]
        public partial class D { public string Id { get; init; } = ""; }
        """);

    [Fact]
    public Task Entities_declaring_one_shared_key_space_may_share_a_key_shape() => Verify.VerifyAsync("""
        [DynamoTable("github", SharedKeySpace = "account")]
        [PartitionKey({|B3A2001:"ACCOUNT#{Login}"|})]
        [SortKey("ACCOUNT#{Login}")]
        public partial class User { public string Login { get; init; } = ""; }
        [DynamoTable("github", SharedKeySpace = "account")]
        [PartitionKey({|B3A2001:"ACCOUNT#{Login}"|})]
        [SortKey("ACCOUNT#{Login}")]
        public partial class Organization { public string Login { get; init; } = ""; }
        // Not in the key space: it collides with both (reported on each of them, naming Bot).
        [DynamoTable("github")]
        [PartitionKey("ACCOUNT#{Login}")]
        [SortKey("ACCOUNT#{Login}")]
        public partial class Bot { public string Login { get; init; } = ""; }
        """);

    [Fact]
    public Task A_partition_template_that_starts_another_entitys_is_reported_on_the_shorter() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey({|B3A2009:"USER#{UserId}"|})]
        [SortKey("PROFILE")]
        public partial class UserProfile { public string UserId { get; init; } = ""; }
        [DynamoTable("app")]
        [PartitionKey("USER#{UserId}#ORDER#{OrderId}")]
        [SortKey("LINE#{Line:D3}")]
        public partial class OrderLine { public string UserId { get; init; } = ""; public string OrderId { get; init; } = ""; public int Line { get; init; } }
        [DynamoTable("app")]
        [PartitionKey("USERS")]
        [SortKey("USER#{UserId}")]
        public partial class Directory { public string UserId { get; init; } = ""; }
        [DynamoTable("app")]
        [PartitionKey("ORDER#{OrderId}#X")]
        [SortKey("A")]
        public partial class Ends { public string OrderId { get; init; } = ""; }
        [DynamoTable("app")]
        [PartitionKey("ORDER#{OrderId}#X#{More}")]
        [SortKey("A")]
        public partial class Longer { public string OrderId { get; init; } = ""; public string More { get; init; } = ""; }
        """);

    [Fact]
    public Task Sort_key_prefix_that_prefixes_another_entity_is_reported_on_the_shorter() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("C#{CustomerId}")]
        [SortKey({|B3A2002:"ORDER#{Id}"|})]
        public partial class Order { public string CustomerId { get; init; } = ""; public string Id { get; init; } = ""; }
        [DynamoTable("app")]
        [PartitionKey("C#{CustomerId}")]
        [SortKey("ORDER#LINE#{Id}")]
        public partial class OrderLine { public string CustomerId { get; init; } = ""; public string Id { get; init; } = ""; }
        [DynamoTable("app")]
        [PartitionKey("C#{CustomerId}")]
        [SortKey("INVOICE#{Id}")]
        public partial class Invoice { public string CustomerId { get; init; } = ""; public string Id { get; init; } = ""; }
        """);

    [Fact]
    public Task Key_attribute_with_two_types_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        public partial class A { [PartitionKey(AttributeName = "pk")] public int Id { get; init; } }
        [DynamoTable("app")]
        [PartitionKey({|B3A2003:"B#{Id}"|})]
        public partial class B { public string Id { get; init; } = ""; }
        """);

    [Fact]
    public Task Index_with_two_key_schemas_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [GsiKey("gsi1", "E#{Id}")]
        public partial class A { public string Id { get; init; } = ""; }
        [DynamoTable("app")]
        [PartitionKey("B#{Id}")]
        [{|B3A2004:GsiKey("gsi1", "S#{Id}", "D#{Id}")|}]
        [GsiKey("gsi2", "S#{Id}", "D#{Id}")]
        public partial class B { public string Id { get; init; } = ""; }
        [DynamoTable("app")]
        [PartitionKey("C#{Id}")]
        [GsiKey("gsi2", "T#{Id}", "X#{Id}")]
        public partial class C { public string Id { get; init; } = ""; }
        """);

    [Fact]
    public Task More_global_indexes_than_the_configured_quota_are_reported()
    {
        const string source = """
            [DynamoTable("app")]
            [PartitionKey("A#{Id}")]
            [GsiKey("g1", "X#{Id}")]
            [GsiKey("g2", "X#{Id}")]
            public partial class A { public string Id { get; init; } = ""; }
            [DynamoTable("app")]
            [PartitionKey("B#{Id}")]
            [GsiKey("g1", "X#{Id}")]
            [{|B3A2005:GsiKey("g3", "X#{Id}")|}]
            public partial class B { public string Id { get; init; } = ""; }
            """;
        return Verify.VerifyAsync(source, "boto3assist.max_gsi_count = 2");
    }

    [Fact]
    public Task Default_quota_of_20_allows_three_indexes() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [GsiKey("g1", "X#{Id}")]
        [GsiKey("g2", "X#{Id}")]
        [GsiKey("g3", "X#{Id}")]
        public partial class A { public string Id { get; init; } = ""; }
        """);

    [Fact]
    public Task Sixth_local_index_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        [SortKey("S#{Id}")]
        [LsiKey("l1", "{Id}")]
        [LsiKey("l2", "{Id}")]
        [LsiKey("l3", "{Id}")]
        [LsiKey("l4", "{Id}")]
        [LsiKey("l5", "{Id}")]
        [{|B3A2006:LsiKey("l6", "{Id}")|}]
        public partial class A { public string Id { get; init; } = ""; }
        """);

    [Fact]
    public Task Two_ttl_attributes_in_one_table_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("app")]
        [PartitionKey("A#{Id}")]
        public partial class A { public string Id { get; init; } = ""; [Ttl] public DateTimeOffset? ExpiresAt { get; init; } }
        [DynamoTable("app")]
        [PartitionKey("B#{Id}")]
        public partial class B { public string Id { get; init; } = ""; [{|B3A2008:Ttl|}] public long Expiry { get; init; } }
        [DynamoTable("app")]
        [PartitionKey("C#{Id}")]
        public partial class C { public string Id { get; init; } = ""; [Ttl] public DateTimeOffset? ExpiresAt { get; init; } }
        """);
}
