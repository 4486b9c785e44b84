using Boto3Assist.DynamoDb;
using Boto3Assist.Testing;
using Orders.Models;

namespace Orders.Scenarios;

/// <summary>
/// The stream handler of the orders table: the generator completes this partial class with a dispatcher that sends
/// each record to the method for its entity and event (matched by name and parameter types, no reflection). Every
/// entity of the table is handled or, like the stock of the locking scenario and the loyalty accounts of the schema
/// upgrade scenario, ignored on purpose: leaving one out
/// is warning B3A5004.
/// </summary>
[DynamoStreamHandler("orders", Ignore = new[] { typeof(Stock), typeof(LoyaltyAccount) })]
public sealed partial class OrdersStreamHandler
{
    /// <summary>Typed inserts seen, by entity.</summary>
    public SortedDictionary<string, int> Inserts { get; } = new(StringComparer.Ordinal);

    /// <summary>The changed attributes of the modify that paid order stream-o1.</summary>
    public IReadOnlyList<string>? PaidChanges { get; private set; }

    /// <summary>The entity types of the records no entity handler took.</summary>
    public SortedSet<string> Unknown { get; } = new(StringComparer.Ordinal);

    private Task OnInsertAsync(Customer customer, DynamoStreamRecord record, CancellationToken cancellationToken) => Count("Customer");

    private Task OnInsertAsync(Order order, DynamoStreamRecord record, CancellationToken cancellationToken) => Count("Order");

    private Task OnInsertAsync(OrderLine line, DynamoStreamRecord record, CancellationToken cancellationToken) => Count("OrderLine");

    private Task OnModifyAsync(Order before, Order after, IReadOnlyList<string> changed, DynamoStreamRecord record, CancellationToken cancellationToken)
    {
        if (after.OrderId == "stream-o1" && before.Status == OrderStatus.Placed && after.Status == OrderStatus.Paid)
        {
            PaidChanges = changed;
        }

        return Task.CompletedTask;
    }

    private Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken)
    {
        Unknown.Add(unknown.EntityType ?? "(none)");
        return Task.CompletedTask;
    }

    private Task Count(string entity)
    {
        Inserts[entity] = Inserts.GetValueOrDefault(entity) + 1;
        return Task.CompletedTask;
    }
}

/// <summary>
/// The table's stream (NEW_AND_OLD_IMAGES) read as a Lambda would receive it and dispatched by the generated
/// <see cref="OrdersStreamHandler"/>: the order placed and paid here arrives as an insert and a modify whose changed
/// attributes include its status; the stock items, ignored on purpose, succeed without a call and are not surfaced.
/// </summary>
public static class StreamDispatcherScenario
{
    public static async Task RunAsync(SampleContext context, Uri dynamoDbLocal, CancellationToken ct)
    {
        var console = context.Console;
        console.Section("Change streams: a generated handler for the table's stream");
        var orders = DataAccessSetup.Create(context).Repository<Order>();
        var order = new Order { CustomerId = "stream-c1", OrderId = "stream-o1", OrderDate = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), Status = OrderStatus.Placed, Total = 20m };
        await orders.PutAsync(order, cancellationToken: ct);
        await orders.PutAsync(order with { Status = OrderStatus.Paid }, cancellationToken: ct);

        using var streams = new DynamoDbLocalStreams(dynamoDbLocal);
        var arn = (await context.Client.DescribeTableAsync(context.TableName, ct)).Table.LatestStreamArn;
        var streamEvent = DynamoStreamEvent.Parse(await streams.ReadEventJsonAsync(arn, ct));

        var handler = new OrdersStreamHandler();
        var response = await handler.DispatchAsync(streamEvent, ct);
        var stockRecords = streamEvent.Records.Count(r => (r.NewImage ?? r.OldImage)?.GetValueOrDefault("_type")?.S == "Stock");

        console.Line($"{streamEvent.Records.Count} records; inserts {string.Join(", ", handler.Inserts.Select(p => $"{p.Key} {p.Value}"))}; ignored stock records {stockRecords}; unknown types {(handler.Unknown.Count == 0 ? "none" : string.Join(", ", handler.Unknown))}");
        console.Check(response.FailedSequenceNumbers.Count == 0, "every record was handled: the batch response is empty", "{\"batchItemFailures\":[]}", response.ToJson());
        console.Check(handler.Inserts.GetValueOrDefault("Order") > 0 && handler.Inserts.GetValueOrDefault("Customer") > 0, "orders and customers arrive as typed inserts");
        console.Check(handler.PaidChanges?.Contains("Status") == true, "paying the order is a modify whose changed attributes include Status", "Status", handler.PaidChanges is null ? "no modify" : string.Join(", ", handler.PaidChanges));
        console.Check(stockRecords > 0 && !handler.Unknown.Contains("Stock"), "stock items, in Ignore, succeed without a call and are not surfaced as unknown", "stock records > 0, not unknown", $"{stockRecords} stock records, unknown: {string.Join(", ", handler.Unknown)}");
    }
}
