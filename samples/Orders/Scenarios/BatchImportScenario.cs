using System.Diagnostics;
using Boto3Assist.DynamoDb;
using Orders.Models;

namespace Orders.Scenarios;

/// <summary>
/// A batch import of thousands of orders with the batch writer: requests of 25 items within 16 MB, several in flight,
/// unprocessed items retried with backoff; then a batch read of some of them.
/// </summary>
public static class BatchImportScenario
{
    private const int Count = 5000;

    public static async Task RunAsync(SampleContext context, CancellationToken ct)
    {
        var console = context.Console;
        console.Section($"Batch import: {Count} orders with BatchWriteItem");
        var data = DataAccessSetup.Create(context);
        var day = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var imported = Enumerable.Range(0, Count).Select(i => new Order
        {
            CustomerId = "import-" + (i % 50).ToString("00"),
            OrderId = "imp-" + i.ToString("00000"),
            OrderDate = day.AddHours(i),
            Status = (OrderStatus)(i % 5),
            Total = i % 100,
        }).ToList();

        var clock = Stopwatch.StartNew();
        var result = await data.BatchWriter().PutRange(imported).ExecuteAsync(ct);
        clock.Stop();
        console.Line($"{result.ItemsWritten} orders in {result.Requests} requests, {result.Retries} retries, {clock.Elapsed.TotalSeconds:0.00} s ({result.ItemsWritten / clock.Elapsed.TotalSeconds:0} items/s)");
        console.CheckEqual(Count, result.ItemsWritten, "every order written");

        var ofOneCustomer = await data.Repository<Order>().QueryAsync("import-07", DynamoSortKeyCondition.BeginsWith(Order.Keys.SortKeyPrefix()), cancellationToken: ct).CountAsync(ct);
        console.CheckEqual(Count / 50, ofOneCustomer, "one customer's imported orders read back by query");

        var getter = data.BatchGetter();
        foreach (var order in imported.Take(250))
        {
            getter.Add<Order>(order.ToKey());
        }

        var read = await getter.ExecuteAsync(ct);
        console.CheckEqual(250, read.OfType<Order>().Count, "250 orders read back with BatchGetItem (requests of 100 keys)");
    }
}
