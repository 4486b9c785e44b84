using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.EntityEligibilityAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class EntityEligibilityAnalyzerTests
{
    [Fact]
    public Task Member_with_a_generated_name_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public partial class {|#0:Order|}
        {
            public string Id { get; init; } = "";
            public string ToKey { get; init; } = "";
        }

        // Keys, Fields and Metadata give way to the user's members (generated as DynamoKeys, DynamoFields, DynamoMetadata).
        [DynamoTable("orders")]
        [PartitionKey("NOTE#{Id}")]
        public partial class Note
        {
            public string Id { get; init; } = "";
            public string Keys { get; init; } = "";
            public string Fields { get; init; } = "";
            public string Metadata { get; init; } = "";

            // A name the generator no longer uses (its JSON mapping was a second class): free again.
            public string DynamoWireMappers { get; init; } = "";
        }

        [DynamoTable("orders")]
        [PartitionKey("ITEM#{Id}")]
        public partial class {|#1:Item|}
        {
            public string Id { get; init; } = "";
            public static Item FromItem(string text) => new();
        }
        """,
        expected: new[]
        {
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(0).WithArguments("Order", "it declares a member named 'ToKey', a name the generated code needs (ToItem, FromItem, ToKey, DynamoMappers, DynamoKeys, DynamoFields, DynamoMetadata, FromItemJson, WriteItemJson, DynamoSchemaVersion); rename it"),
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(1).WithArguments("Item", "it declares a member named 'FromItem', a name the generated code needs (ToItem, FromItem, ToKey, DynamoMappers, DynamoKeys, DynamoFields, DynamoMetadata, FromItemJson, WriteItemJson, DynamoSchemaVersion); rename it"),
        });

    [Fact]
    public Task Generic_and_file_local_types_are_reported() => Verify.VerifyAsync("""
        public partial class Outer<T>
        {
            [DynamoTable("orders")]
            [PartitionKey("ORDER#{Id}")]
            public partial class {|#0:Order|}
            {
                public string Id { get; init; } = "";
            }
        }

        file partial class Holder
        {
            [DynamoTable("orders")]
            [PartitionKey("LINE#{Id}")]
            public partial class {|#1:Line|}
            {
                public string Id { get; init; } = "";
            }
        }

        [DynamoTable("orders")]
        [PartitionKey("NOTE#{Id}")]
        file partial class {|#2:Note|}
        {
            public string Id { get; init; } = "";
        }

        [DynamoTable("orders")]
        [PartitionKey("BOX#{Id}")]
        public partial class {|#3:Box|}<T>
        {
            public string Id { get; init; } = "";
        }
        """,
        expected: new[]
        {
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(0).WithArguments("Order", "it is nested inside the generic type 'Outer' (generated code needs one closed type); move it out"),
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(1).WithArguments("Line", "it is nested inside the file-local type 'Holder', which generated code in another file cannot see; remove 'file'"),
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(2).WithArguments("Note", "it is file-local, so generated code in another file cannot see it; remove 'file'"),
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(3).WithArguments("Box", "it is generic (generated code needs one closed type); declare a non-generic entity"),
        });

    [Fact]
    public Task Abstract_entity_and_entity_without_usable_constructor_are_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public abstract partial class {|#0:Order|}
        {
            public string Id { get; init; } = "";
        }

        [DynamoTable("orders")]
        [PartitionKey("LINE#{Id}")]
        public partial class {|#1:Line|}
        {
            private Line() { }
            public string Id { get; init; } = "";
        }
        """,
        expected: new[]
        {
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(0).WithArguments("Order", "it is abstract, so FromItem cannot create it; put [DynamoTable] on the concrete types"),
            Verify.Diagnostic(DiagnosticIds.EntityNotGenerated).WithLocation(1).WithArguments("Line", "it has no constructor FromItem can call: add a public parameterless constructor, or one whose parameters all match members by name and type"),
        });

    [Fact]
    public Task Missing_partial_is_left_to_B3A0001_and_generated_members_are_not_the_users() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public class Order
        {
            public string Id { get; init; } = "";
        }

        [DynamoTable("orders")]
        [PartitionKey("LINE#{Id}")]
        public partial record Line(string Id, int Quantity);

        // What the generator adds to an entity carries its [GeneratedCode]; that ToItem is not a clash.
        public partial record Line
        {
            [System.CodeDom.Compiler.GeneratedCode("Boto3Assist.Generators", "1.0.0")]
            public Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> ToItem() => new();
        }

        public partial class Outer
        {
            [DynamoTable("orders")]
            [PartitionKey("NOTE#{Id}")]
            internal partial struct Note
            {
                public string Id { get; init; }
            }
        }
        """);
}
