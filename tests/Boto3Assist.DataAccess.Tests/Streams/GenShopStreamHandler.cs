using Boto3Assist.DataAccess.Tests.Generated;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Streams;

/// <summary>
/// The generated stream handler of table "genshop" (customers, orders, notes): customers and orders are handled, notes
/// ignored on purpose. What each method receives is recorded for the tests to assert on; <paramref name="failModify"/>
/// makes the order modify handler throw.
/// </summary>
[DynamoStreamHandler("genshop", Ignore = new[] { typeof(ShopNote) })]
internal sealed partial class GenShopStreamHandler(bool failModify = false)
{
    public List<string> Calls { get; } = [];

    public List<ShopCustomer> InsertedCustomers { get; } = [];

    public List<ShopOrder> InsertedOrders { get; } = [];

    public List<(ShopOrder Before, ShopOrder After, IReadOnlyList<string> Changed)> ModifiedOrders { get; } = [];

    public List<ShopOrder> RemovedOrders { get; } = [];

    public List<ShopCustomer> RemovedCustomers { get; } = [];

    public List<DynamoUnknownStreamRecord> Unknown { get; } = [];

    public List<(string SequenceNumber, Exception Error)> Failures { get; } = [];

    private Task OnInsertAsync(ShopCustomer customer, DynamoStreamRecord record, CancellationToken cancellationToken)
    {
        InsertedCustomers.Add(customer);
        return Called("insert customer", record);
    }

    private Task OnRemoveAsync(ShopCustomer customer, DynamoStreamRecord record, CancellationToken cancellationToken)
    {
        RemovedCustomers.Add(customer);
        return Called("remove customer", record);
    }

    private Task OnInsertAsync(ShopOrder order, DynamoStreamRecord record, CancellationToken cancellationToken)
    {
        InsertedOrders.Add(order);
        return Called("insert order", record);
    }

    private Task OnModifyAsync(ShopOrder before, ShopOrder after, IReadOnlyList<string> changed, DynamoStreamRecord record, CancellationToken cancellationToken)
    {
        if (failModify)
        {
            throw new InvalidOperationException("the order service is down");
        }

        ModifiedOrders.Add((before, after, changed));
        return Called("modify order", record);
    }

    private Task OnRemoveAsync(ShopOrder order, DynamoStreamRecord record, CancellationToken cancellationToken)
    {
        RemovedOrders.Add(order);
        return Called("remove order", record);
    }

    private Task OnUnknownAsync(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken)
    {
        Unknown.Add(unknown);
        return Called("unknown " + unknown.EntityType, unknown.Record);
    }

    private void OnFailure(DynamoStreamRecord record, Exception error) => Failures.Add((record.SequenceNumber, error));

    private Task Called(string what, DynamoStreamRecord record)
    {
        Calls.Add(what + " " + record.SequenceNumber);
        return Task.CompletedTask;
    }
}
