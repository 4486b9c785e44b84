using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.UnstoredMemberAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class UnstoredMemberAnalyzerTests
{
    [Fact]
    public Task Private_setter_get_only_auto_property_and_readonly_field_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public string {|#0:Status|} { get; private set; } = "";
            public List<string> {|#1:Tags|} { get; } = new();
            public readonly int {|#2:Revision|};
            public decimal {|#3:Total|} { get => total; protected set => total = value; }
            private decimal total;
        }
        """,
        new[]
        {
            Verify.Diagnostic(DiagnosticIds.UnstoredMember).WithLocation(0).WithArguments("Status", "Order", "its setter is private"),
            Verify.Diagnostic(DiagnosticIds.UnstoredMember).WithLocation(1).WithArguments("Tags", "Order", "it is get-only"),
            Verify.Diagnostic(DiagnosticIds.UnstoredMember).WithLocation(2).WithArguments("Revision", "Order", "it is a readonly field"),
            Verify.Diagnostic(DiagnosticIds.UnstoredMember).WithLocation(3).WithArguments("Total", "Order", "its setter is protected"),
        });

    [Fact]
    public Task Inherited_member_with_private_setter_is_reported_where_it_is_declared() => Verify.VerifyAsync("""
        public class Audited
        {
            public DateTime {|#0:CreatedAt|} { get; private set; }
        }

        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public partial class Order : Audited
        {
            public string Id { get; set; } = "";
        }
        """,
        new[] { Verify.Diagnostic(DiagnosticIds.UnstoredMember).WithLocation(0).WithArguments("CreatedAt", "Order", "its setter is private") });

    [Fact]
    public Task Nested_types_stored_as_maps_are_checked_once_however_many_entities_use_them() => Verify.VerifyAsync("""
        public class Address
        {
            public string City { get; set; } = "";
            public string {|#0:Country|} { get; private set; } = "";
        }

        public class Line
        {
            public int Quantity { get; set; }
            public Money Price { get; set; } = new();
        }

        public class Money
        {
            public decimal Amount { get; set; }
            public readonly string {|#1:Currency|} = "EUR";
        }

        public class Opaque
        {
            public string Hidden { get; private set; } = "";
        }

        public sealed class OpaqueConverter : IDynamoConverter<Opaque>
        {
            public Amazon.DynamoDBv2.Model.AttributeValue ToAttributeValue(Opaque value) => new() { S = value.Hidden };
            public Opaque FromAttributeValue(Amazon.DynamoDBv2.Model.AttributeValue value) => new();
        }

        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public Address? Home { get; set; }
            public List<Line> Lines { get; set; } = new();
            [DynamoConverter(typeof(OpaqueConverter))] public Opaque? Extra { get; set; }
        }

        [DynamoTable("orders")]
        [PartitionKey("CUSTOMER#{Id}")]
        public partial class Customer
        {
            public string Id { get; init; } = "";
            public Dictionary<string, Address> Addresses { get; set; } = new();
        }
        """,
        new[]
        {
            Verify.Diagnostic(DiagnosticIds.UnstoredMember).WithLocation(0).WithArguments("Country", "Address", "its setter is private"),
            Verify.Diagnostic(DiagnosticIds.UnstoredMember).WithLocation(1).WithArguments("Currency", "Money", "it is a readonly field"),
        });

    [Fact]
    public Task Stored_ignored_computed_and_constructor_members_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public partial class Order
        {
            public string Id { get; init; } = "";
            public int Count { get; set; }
            internal string Internal { get; set; } = "";
            public string Label { get; internal set; } = "";
            [DynamoIgnore] public string Cache { get; private set; } = "";
            [DynamoIgnore] public List<string> Scratch { get; } = new();
            public int Year => 2024;
            public string Upper { get { return Id.ToUpperInvariant(); } }
            public static int Shared { get; private set; }
            public const int Max = 3;
        }

        [DynamoTable("orders")]
        [PartitionKey("LINE#{Id}")]
        public partial class Line
        {
            public Line(string id, int quantity) { Id = id; Quantity = quantity; }
            public string Id { get; }
            public int Quantity { get; private set; }
        }

        [DynamoTable("orders")]
        [PartitionKey("NOTE#{Id}")]
        public partial record Note(string Id, [property: DynamoIgnore] string Draft);
        """);

    [Fact]
    public Task Entity_that_is_not_generated_at_all_is_left_to_the_eligibility_rules() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public class Order
        {
            public string Id { get; init; } = "";
            public string Status { get; private set; } = "";
        }
        """);
}
