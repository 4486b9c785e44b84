using Boto3Assist.DynamoDb;

namespace Orders.Scenarios;

/// <summary>Stock of a product, with optimistic locking: every write increments Version on condition of the one read.</summary>
[DynamoTable("orders", EntityType = "Stock")]
[PartitionKey("PRODUCT#{Sku}")]
[SortKey("STOCK")]
public sealed partial record Stock
{
    public required string Sku { get; init; }

    public int OnHand { get; init; }

    [DynamoVersion]
    public long Version { get; init; }
}

/// <summary>
/// Two clerks read the same stock item and both write: the second write fails with a version conflict that carries
/// the current item, so the clerk can merge and write again.
/// </summary>
public static class VersionConflictScenario
{
    public static async Task RunAsync(SampleContext context, CancellationToken ct)
    {
        var console = context.Console;
        console.Section("Optimistic locking: a version conflict");
        var stock = DataAccessSetup.Create(context).Repository<Stock>();
        await stock.DeleteAsync("BOOK-1", cancellationToken: ct); // so that the sample can run again against a kept table
        var created = await stock.PutAsync(new Stock { Sku = "BOOK-1", OnHand = 10 }, cancellationToken: ct);
        console.CheckEqual(1L, created.Version, "a new item is written with version 1 (condition: no version stored yet)");

        var clerkA = await stock.GetAsync("BOOK-1", consistentRead: true, cancellationToken: ct);
        var clerkB = await stock.GetAsync("BOOK-1", consistentRead: true, cancellationToken: ct);
        var afterA = await stock.PutAsync(clerkA! with { OnHand = clerkA.OnHand - 3 }, cancellationToken: ct);
        console.CheckEqual(2L, afterA.Version, "clerk A sells 3: version 2");
        try
        {
            await stock.PutAsync(clerkB! with { OnHand = clerkB.OnHand - 1 }, cancellationToken: ct);
            console.Check(false, "clerk B's stale write is refused");
        }
        catch (DynamoVersionConflictException conflict)
        {
            console.Line(conflict.Message);
            var current = conflict.Current<Stock>()!;
            console.CheckEqual(7, current.OnHand, "the conflict carries the current item (7 on hand)");
            var merged = await stock.PutAsync(current with { OnHand = current.OnHand - 1 }, cancellationToken: ct);
            console.CheckEqual(6, merged.OnHand, "clerk B merges and writes again: 6 on hand, version 3");
        }
    }
}
