using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.LocalTimeAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class LocalTimeAnalyzerTests
{
    [Fact]
    public Task Host_local_time_stored_in_an_entity_is_reported() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public partial class Order
        {
            public string Id { get; set; } = "";
            public DateTime Created { get; set; } = DateTime.{|B3A0015:Now|};
            public DateTime? Shipped { get; set; }
            public DateTime Day { get; set; }
        }

        public static class Orders
        {
            public static Order Place(string id)
            {
                var order = new Order { Id = id, Day = DateTime.{|B3A0015:Today|} };
                order.Shipped = DateTime.{|B3A0015:Now|};
                return order;
            }
        }
        """);

    [Fact]
    public Task Utc_times_offsets_and_types_that_are_not_entities_are_clean() => Verify.VerifyAsync("""
        [DynamoTable("orders")]
        [PartitionKey("ORDER#{Id}")]
        public partial class Order
        {
            public string Id { get; set; } = "";
            public DateTime Created { get; set; } = DateTime.UtcNow;
            public DateTimeOffset Seen { get; set; } = DateTimeOffset.Now;
        }

        public class Report
        {
            public DateTime Printed { get; set; } = DateTime.Now;
        }

        public static class Orders
        {
            public static Order Place(string id) => new Order { Id = id, Created = DateTime.UtcNow.Date, Seen = DateTimeOffset.Now };
        }
        """);
}
