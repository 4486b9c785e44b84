using Boto3Assist.DynamoDb;
using Boto3Assist.Testing;
using Orders.Models;

namespace Orders.Scenarios;

/// <summary>
/// The table's stream (NEW_AND_OLD_IMAGES) read as a Lambda would receive it, dispatched to typed handlers per entity:
/// the order placed and paid here arrives as an insert and a modify whose changed attributes include its status;
/// items of types without a handler (the stock of the locking scenario) are surfaced, not dropped.
/// </summary>
public static class StreamDispatcherScenario
{
    public static async Task RunAsync(SampleContext context, Uri dynamoDbLocal, CancellationToken ct)
    {
        var console = context.Console;
        console.Section("Change streams: typed handlers for the table's stream");
        var orders = DataAccessSetup.Create(context).Repository<Order>();
        var order = new Order { CustomerId = "stream-c1", OrderId = "stream-o1", OrderDate = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), Status = OrderStatus.Placed, Total = 20m };
        await orders.PutAsync(order, cancellationToken: ct);
        await orders.PutAsync(order with { Status = OrderStatus.Paid }, cancellationToken: ct);

        using var streams = new DynamoDbLocalStreams(dynamoDbLocal);
        var arn = (await context.Client.DescribeTableAsync(context.TableName, ct)).Table.LatestStreamArn;
        var streamEvent = DynamoStreamEvent.Parse(await streams.ReadEventJsonAsync(arn, ct));

        var inserts = new Dictionary<string, int>(StringComparer.Ordinal);
        IReadOnlyList<string>? paidChanges = null;
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        void Count(string type) => inserts[type] = inserts.GetValueOrDefault(type) + 1;
        var dispatcher = new DynamoStreamDispatcherBuilder()
            .On<Customer>(onInsert: (_, _, _) => { Count("Customer"); return Task.CompletedTask; })
            .On<Order>(
                onInsert: (_, _, _) => { Count("Order"); return Task.CompletedTask; },
                onModify: (before, after, changed, _, _) =>
                {
                    if (after.OrderId == "stream-o1" && before.Status == OrderStatus.Placed && after.Status == OrderStatus.Paid)
                    {
                        paidChanges = changed;
                    }

                    return Task.CompletedTask;
                })
            .On<OrderLine>(onInsert: (_, _, _) => { Count("OrderLine"); return Task.CompletedTask; })
            .OnUnknown((record, _) => { unknown.Add(record.EntityType ?? "(none)"); return Task.CompletedTask; })
            .Build();
        var response = await dispatcher.DispatchAsync(streamEvent, ct);

        console.Line($"{streamEvent.Records.Count} records; inserts {string.Join(", ", inserts.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}; unknown types {string.Join(", ", unknown.Order())}");
        console.Check(response.FailedSequenceNumbers.Count == 0, "every record was handled: the batch response is empty", "{\"batchItemFailures\":[]}", response.ToJson());
        console.Check(inserts.GetValueOrDefault("Order") > 0 && inserts.GetValueOrDefault("Customer") > 0, "orders and customers arrive as typed inserts");
        console.Check(paidChanges?.Contains("Status") == true, "paying the order is a modify whose changed attributes include Status", "Status", paidChanges is null ? "no modify" : string.Join(", ", paidChanges));
        console.Check(unknown.Contains("Stock"), "stock items, with no handler, are surfaced to OnUnknown", "Stock", string.Join(", ", unknown));
    }
}
