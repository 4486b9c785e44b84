using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.StreamHandlerAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class StreamHandlerAnalyzerTests
{
    private const string Shop = """
        using System.Threading;
        using System.Threading.Tasks;

        [DynamoTable("shop", EntityType = "Customer")]
        [PartitionKey("CUSTOMER#{CustomerId}")]
        public partial class Customer
        {
            public string CustomerId { get; set; } = "";
        }

        [DynamoTable("shop", EntityType = "Order")]
        [PartitionKey("ORDER#{OrderId}")]
        public partial class Order
        {
            public string OrderId { get; set; } = "";
        }

        [DynamoDerivedType(typeof(Dog))]
        [DynamoDerivedType(typeof(Cat))]
        public abstract partial class Pet
        {
            public string Name { get; set; } = "";
        }

        [DynamoTable("shop", EntityType = "Dog")]
        [PartitionKey("PET#{Name}")]
        public sealed partial class Dog : Pet { }

        [DynamoTable("shop", EntityType = "Cat")]
        [PartitionKey("PET#{Name}")]
        public sealed partial class Cat : Pet { }

        [DynamoTable("elsewhere", EntityType = "Other")]
        [PartitionKey("OTHER#{Id}")]
        public partial class Other
        {
            public string Id { get; set; } = "";
        }

        """;

    private const string Unknown = "    private Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken) => Task.CompletedTask;\n";

    [Fact]
    public Task Every_entity_handled_ignored_or_taken_by_its_polymorphic_base_is_clean() => Verify.VerifyAsync(Shop + """
        [DynamoStreamHandler("shop", Ignore = new[] { typeof(Customer) })]
        public sealed partial class ShopHandler
        {
            private Task OnInsertAsync(Order order, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
            private Task OnModifyAsync(Order before, Order after, IReadOnlyList<string> changed, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
            private static Task OnRemoveAsync(Pet pet, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
            private Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken) => Task.CompletedTask;
            private void OnFailure(DynamoStreamRecord record, Exception error) { }
        }

        [DynamoStreamHandler("shop", Ignore = new[] { typeof(Pet), typeof(Order) })]
        public partial class CustomerOnly
        {
            public Task OnInsertAsync(Customer customer, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
        """ + Unknown + "}\n");

    [Fact]
    public Task Entities_without_a_handler_are_reported_on_the_attribute_with_the_table() => Verify.VerifyAsync(Shop + """
        [{|#0:DynamoStreamHandler("shop")|}]
        public partial class ShopHandler
        {
            private Task OnInsertAsync(Order order, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
            private Task OnInsertAsync(Dog dog, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
        """ + Unknown + "}\n",
        [
            Verify.Diagnostic("B3A5004").WithLocation(0).WithArguments("Cat", "shop", "ShopHandler"),
            Verify.Diagnostic("B3A5004").WithLocation(0).WithArguments("Customer", "shop", "ShopHandler"),
        ]);

    [Fact]
    public Task Handler_methods_of_the_wrong_shape_are_errors() => Verify.VerifyAsync(Shop + """
        [DynamoStreamHandler("shop", Ignore = new[] { typeof(Customer), typeof(Pet) })]
        public partial class {|#6:ShopHandler|}
        {
            private Task {|#0:OnInsertAsync|}(Order order, CancellationToken cancellationToken) => Task.CompletedTask;
            private void {|#1:OnRemoveAsync|}(Order order, DynamoStreamRecord record, CancellationToken cancellationToken) { }
            private Task {|#2:OnModifyAsync|}(Order before, Customer after, IReadOnlyList<string> changed, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
            private Task {|#3:OnModifyAsync|}(Other before, Other after, IReadOnlyList<string> changed, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
            private Task {|#4:OnUnknownAsync|}(DynamoUnknownStreamRecord unknown) => Task.CompletedTask;
            private void {|#5:OnFailure|}(Exception error) { }
        }
        """,
        [
            Verify.Diagnostic("B3A5005").WithLocation(0).WithArguments("ShopHandler", "'OnInsertAsync' must be 'Task OnInsertAsync(T item, DynamoStreamRecord record, CancellationToken cancellationToken)'"),
            Verify.Diagnostic("B3A5005").WithLocation(1).WithArguments("ShopHandler", "'OnRemoveAsync' must be 'Task OnRemoveAsync(T item, DynamoStreamRecord record, CancellationToken cancellationToken)'"),
            Verify.Diagnostic("B3A5005").WithLocation(2).WithArguments("ShopHandler", "'OnModifyAsync' must be 'Task OnModifyAsync(T before, T after, IReadOnlyList<string> changed, DynamoStreamRecord record, CancellationToken cancellationToken)'"),
            Verify.Diagnostic("B3A5005").WithLocation(3).WithArguments("ShopHandler", "'Other' in 'OnModifyAsync' is not an entity of table 'shop' (nor a polymorphic base of one)"),
            Verify.Diagnostic("B3A5005").WithLocation(4).WithArguments("ShopHandler", "'OnUnknownAsync' must be 'Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken)'"),
            Verify.Diagnostic("B3A5005").WithLocation(5).WithArguments("ShopHandler", "'OnFailure' must be 'void OnFailure(DynamoStreamRecord record, Exception error)'"),
            Verify.Diagnostic("B3A5005").WithLocation(6).WithArguments("ShopHandler", "it has no 'Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken)': records of no handled entity must be surfaced there, never dropped"),
        ]);

    [Fact]
    public Task A_class_that_is_not_partial_or_declares_a_generated_member_is_an_error() => Verify.VerifyAsync(Shop + """
        [DynamoStreamHandler("shop", Ignore = new[] { typeof(Customer), typeof(Pet), typeof(Order) })]
        public class {|#0:NotPartial|}
        {
        """ + Unknown + """
        }

        [DynamoStreamHandler("shop", Ignore = new[] { typeof(Customer), typeof(Pet), typeof(Order) })]
        public partial class OwnDispatcher
        {
            public object? {|#1:Dispatcher|} { get; set; }
        """ + Unknown + "}\n",
        [
            Verify.Diagnostic("B3A5005").WithLocation(0).WithArguments("NotPartial", "it is not partial"),
            Verify.Diagnostic("B3A5005").WithLocation(1).WithArguments("OwnDispatcher", "it declares 'Dispatcher', a member the generated dispatcher declares; rename it"),
        ]);

    [Fact]
    public Task A_table_no_entity_uses_and_ignore_lists_that_do_not_fit_are_errors() => Verify.VerifyAsync(Shop + """
        [{|#0:DynamoStreamHandler("shops")|}]
        public partial class Misspelled
        {
        """ + Unknown + """
        }

        [{|#1:DynamoStreamHandler("shop", Ignore = new[] { typeof(Customer), typeof(Pet), typeof(Other) })|}]
        public partial class IgnoresAStranger
        {
            private Task OnInsertAsync(Order order, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
        """ + Unknown + """
        }

        [{|#2:DynamoStreamHandler("shop", Ignore = new[] { typeof(Customer), typeof(Pet), typeof(Order) })|}]
        public partial class HandlesWhatItIgnores
        {
            private Task OnInsertAsync(Order order, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
        """ + Unknown + """
        }

        [DynamoStreamHandler("shop")]
        public partial class {|#3:HandlesNothing|}
        {
        """ + Unknown + "}\n",
        [
            Verify.Diagnostic("B3A5005").WithLocation(0).WithArguments("Misspelled", "no [DynamoTable] entity of this compilation or its references is stored in table 'shops'; name the table as its entities do"),
            Verify.Diagnostic("B3A5005").WithLocation(1).WithArguments("IgnoresAStranger", "'Other' in Ignore is not an entity of table 'shop' (nor a polymorphic base of one)"),
            Verify.Diagnostic("B3A5005").WithLocation(2).WithArguments("HandlesWhatItIgnores", "'Order' is in Ignore but has a handler method; remove one or the other"),
            Verify.Diagnostic("B3A5005").WithLocation(3).WithArguments("HandlesNothing", "it handles and ignores no entity of table 'shop'; declare an OnInsertAsync, OnModifyAsync or OnRemoveAsync for one"),
        ]);

    [Fact]
    public Task A_class_without_the_attribute_is_not_a_handler() => Verify.VerifyAsync(Shop + """
        public class NotAHandler
        {
            private void OnInsertAsync(string text) { }
        }
        """);
}
