using Boto3Assist.Analyzers.CodeFixes;
using Boto3Assist.Analyzers.Rules;

namespace Boto3Assist.Analyzers.Tests.CodeFixes;

public class StreamHandlerCodeFixTests
{
    private const string Entities = """
        namespace Shop
        {
            [DynamoTable("shop", EntityType = "Order")]
            [PartitionKey("ORDER#{OrderId}")]
            public partial class Order { public string OrderId { get; set; } = ""; }

            [DynamoTable("shop", EntityType = "Audit")]
            [PartitionKey("AUDIT#{Id}")]
            public partial class AuditEntry { public string Id { get; set; } = ""; }

            [DynamoTable("shop", EntityType = "Note")]
            [PartitionKey("NOTE#{Id}")]
            public partial class Note { public string Id { get; set; } = ""; }
        }

        namespace Shop.Streams
        {
            using System.Threading;
            using System.Threading.Tasks;

        """;

    private const string Body = """
            public partial class ShopHandler
            {
                private Task OnInsertAsync(Order order, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
                private Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken) => Task.CompletedTask;
            }
        }
        """;

    [Fact]
    public Task Ignore_is_created_with_the_entity_named_as_the_file_reads_it() =>
        Verifiers.CodeFixVerifier<StreamHandlerAnalyzer, IgnoreStreamEntityCodeFix>.VerifyAsync(
            Entities + "    [{|B3A5004:DynamoStreamHandler(\"shop\", Ignore = new[] { typeof(Note) })|}]\n" + Body,
            Entities + "    [DynamoStreamHandler(\"shop\", Ignore = new[] { typeof(Note), typeof(AuditEntry) })]\n" + Body);

    [Fact]
    public Task The_entity_is_added_to_an_existing_array() =>
        Verifiers.CodeFixVerifier<StreamHandlerAnalyzer, IgnoreStreamEntityCodeFix>.VerifyAsync(
            Entities + "    [{|B3A5004:DynamoStreamHandler(\"shop\", Ignore = [typeof(AuditEntry)])|}]\n" + Body,
            Entities + "    [DynamoStreamHandler(\"shop\", Ignore = [typeof(AuditEntry), typeof(Note)])]\n" + Body);

    [Fact]
    public Task Ignore_is_added_to_an_attribute_without_one() =>
        Verifiers.CodeFixVerifier<StreamHandlerAnalyzer, IgnoreStreamEntityCodeFix>.VerifyAsync(
            Entities + "    [{|B3A5004:DynamoStreamHandler(\"shop\")|}]\n" + Body.Replace("    private Task OnUnknownAsync", "    private Task OnRemoveAsync(Note note, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;\n        private Task OnUnknownAsync", StringComparison.Ordinal),
            Entities + "    [DynamoStreamHandler(\"shop\", Ignore = new[] { typeof(AuditEntry) })]\n" + Body.Replace("    private Task OnUnknownAsync", "    private Task OnRemoveAsync(Note note, DynamoStreamRecord record, CancellationToken cancellationToken) => Task.CompletedTask;\n        private Task OnUnknownAsync", StringComparison.Ordinal));
}
