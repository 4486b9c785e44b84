using Boto3Assist.DynamoDb;
using Orders.Models;

namespace Orders.Scenarios;

/// <summary>
/// Placing an order in one transaction: the order and its lines are created together, on condition that the customer
/// exists. When a condition fails nothing is written, and the exception says which action failed and why.
/// </summary>
public static class PlaceOrderScenario
{
    public static async Task RunAsync(SampleContext context, CancellationToken ct)
    {
        var console = context.Console;
        console.Section("Transaction: place an order (order + lines + customer check, all or nothing)");
        var data = DataAccessSetup.Create(context);
        await data.Repository<Customer>().PutAsync(new Customer { CustomerId = "tx1", Name = "Alan Turing", Email = "alan@example.com" }, cancellationToken: ct);

        var order = new Order { CustomerId = "tx1", OrderId = "tx-o1", OrderDate = new DateTime(2024, 8, 1, 0, 0, 0, DateTimeKind.Utc), Status = OrderStatus.Placed, Total = 42m };
        OrderLine[] lines =
        [
            new() { CustomerId = "tx1", OrderId = "tx-o1", LineNumber = 1, Sku = "BOOK-1", Quantity = 1, UnitPrice = 30m },
            new() { CustomerId = "tx1", OrderId = "tx-o1", LineNumber = 2, Sku = "PEN-2", Quantity = 3, UnitPrice = 4m },
        ];
        // So that the sample can run again against a kept table: remove what an earlier run placed.
        await data.Repository<Order>().DeleteAsync(order.ToKey(), cancellationToken: ct);
        foreach (var line in lines)
        {
            await data.Repository<OrderLine>().DeleteAsync(line.ToKey(), cancellationToken: ct);
        }

        var placing = data.WriteTransaction().Create(order).ConditionCheck(Customer.Keys.PrimaryKey("tx1"), DynamoCondition<Customer>.ItemExists());
        foreach (var line in lines)
        {
            placing.Create(line);
        }

        await placing.ExecuteAsync(ct);
        console.Line($"placed with idempotency token {placing.ClientRequestToken}");
        var placed = await data.Repository<Order>().GetAsync("tx1", order.OrderDate, "tx-o1", consistentRead: true, cancellationToken: ct);
        console.CheckEqual(OrderStatus.Placed, placed?.Status, "the order was written");

        // The same order again, for a customer that does not exist: both the create and the check fail; nothing is written.
        try
        {
            await data.WriteTransaction()
                .Create(order with { CustomerId = "tx-nobody" })
                .Create(order)
                .ConditionCheck(Customer.Keys.PrimaryKey("tx-nobody"), DynamoCondition<Customer>.ItemExists())
                .ExecuteAsync(ct);
            console.Check(false, "a transaction with a failing condition is cancelled");
        }
        catch (DynamoTransactionCanceledException ex)
        {
            foreach (var failure in ex.Failures)
            {
                console.Line("failed: " + failure);
            }

            console.CheckEqual("1,2", string.Join(",", ex.Failures.Select(f => f.Index)), "the cancellation names the failed actions: #1 (order exists), #2 (no such customer)");
            var ghost = await data.Repository<Order>().GetAsync("tx-nobody", order.OrderDate, "tx-o1", consistentRead: true, cancellationToken: ct);
            console.Check(ghost is null, "nothing of the cancelled transaction was written");
        }
    }
}
