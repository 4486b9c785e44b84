using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.EntityEligibilityAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

/// <summary>A [DynamoItemCollection] that cannot be loaded is B3A0014 on its parent; a valid one (table or index) is clean.</summary>
public class ItemCollectionDeclarationTests
{
    private const string Children = """
        [DynamoTable("shop", EntityType = "Order")]
        [PartitionKey("CUSTOMER#{Username}")]
        [SortKey("#ORDER#{OrderId}")]
        [GsiKey("GSI1", "ORDER#{OrderId}", "ORDER#{OrderId}")]
        public partial class Order
        {
            public string Username { get; init; } = "";
            public string OrderId { get; init; } = "";
        }

        [DynamoTable("shop", EntityType = "OrderItem")]
        [PartitionKey("ITEM#{OrderId}#{ItemId}")]
        [GsiKey("GSI1", "ORDER#{OrderId}", "ITEM#{ItemId}")]
        public partial class OrderItem
        {
            public string OrderId { get; init; } = "";
            public string ItemId { get; init; } = "";
        }

        """;

    [Fact]
    public Task Collections_on_the_table_and_on_an_index_are_clean() => Verify.VerifyAsync(Children + """
        [DynamoTable("shop", EntityType = "Customer")]
        [DynamoItemCollection("CustomerWithOrders", typeof(Order))]
        [PartitionKey("CUSTOMER#{Name}")]
        [SortKey("#PROFILE#{Name}")]
        public partial class Customer
        {
            public string Name { get; init; } = "";
        }

        [DynamoTable("shop", EntityType = "Shipment")]
        [DynamoItemCollection("ShipmentItems", typeof(OrderItem), IndexName = "GSI1")]
        [PartitionKey("SHIPMENT#{Id}")]
        [GsiKey("GSI1", "ORDER#{OrderId}", "SHIPMENT#{Id}")]
        public partial class Shipment
        {
            public string Id { get; init; } = "";
            public string OrderId { get; init; } = "";
        }
        """);

    [Fact]
    public Task A_child_outside_the_parents_partition_or_table_is_reported() => Verify.VerifyAsync(Children + """
        [DynamoTable("shop", EntityType = "Customer")]
        [DynamoItemCollection("CustomerWithItems", typeof(OrderItem))]
        [DynamoItemCollection("with space", typeof(Order))]
        [PartitionKey("CUSTOMER#{Name}")]
        public partial class {|#0:Customer|}
        {
            public string Name { get; init; } = "";
        }

        [DynamoTable("audit", EntityType = "Note")]
        [PartitionKey("CUSTOMER#{Name}")]
        public partial class Note
        {
            public string Name { get; init; } = "";
        }

        [DynamoTable("shop", EntityType = "Account")]
        [DynamoItemCollection("AccountWithNotes", typeof(Note))]
        [PartitionKey("CUSTOMER#{Name}")]
        public partial class {|#1:Account|}
        {
            public string Name { get; init; } = "";
        }
        """,
        expected: new[]
        {
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(0).WithArguments("Customer", "the child 'OrderItem' of its [DynamoItemCollection] 'CustomerWithItems' has no partition key template of the shape \"CUSTOMER#{Name}\" on the table, so its items are not in the parent's partition"),
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(0).WithArguments("Customer", "the [DynamoItemCollection] name 'with space' is not a C# identifier"),
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(1).WithArguments("Account", "the child 'Note' of its [DynamoItemCollection] 'AccountWithNotes' is stored in another table"),
        });
}
