using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Generated;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Streams;

/// <summary>
/// The generated handler (<see cref="GenShopStreamHandler"/>) with real stream records of a DynamoDB Local table holding
/// three entity types: typed items per entity and event, changed attributes, an ignored entity that succeeds without a
/// call, an unknown type surfaced, and a throwing handler failing its record and every later one.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class GeneratedStreamHandlerTests(DynamoDbFixture fixture)
{
    private static readonly DateTime OrderDate = new(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly ShopCustomer Customer = new() { CustomerId = "c1", Name = "Ada", OrderCount = 1 };

    private static readonly ShopOrder Order = new() { CustomerId = "c1", OrderId = "o1", OrderDate = OrderDate, Status = ShopOrderStatus.New, Total = 12.5m, Notes = ["gift"] };

    // customer insert, order insert, order paid (modify), note insert (ignored), an Invoice item (unknown), order removed, customer removed.
    private async Task<DynamoStreamEvent> WriteChangesAsync()
    {
        var table = "streams-generated-" + Guid.NewGuid().ToString("N")[..8];
        var definition = DynamoTableDefinitions.Merge([ShopCustomer.Metadata, ShopOrder.Metadata, ShopNote.Metadata]) with
        {
            Settings = new DynamoTableSettings { StreamViewType = DynamoStreamViewType.NewAndOldImages },
        };
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, definition, table);
        var arn = (await fixture.Client.DescribeTableAsync(table)).Table.LatestStreamArn;

        await fixture.Client.PutItemAsync(table, Customer.ToItem());
        await fixture.Client.PutItemAsync(table, Order.ToItem());
        await fixture.Client.PutItemAsync(table, (Order with { Status = ShopOrderStatus.Paid, Total = 13m }).ToItem());
        await fixture.Client.PutItemAsync(table, new ShopNote { CustomerId = "c1", NoteId = "n1", Text = "call back" }.ToItem());
        await fixture.Client.PutItemAsync(table, new() { ["pk"] = new() { S = "INVOICE#i1" }, ["sk"] = new() { S = "INVOICE" }, ["_type"] = new() { S = "Invoice" } });
        await fixture.Client.DeleteItemAsync(table, Order.ToKey());
        await fixture.Client.DeleteItemAsync(table, Customer.ToKey());

        using var streams = fixture.Local.CreateStreamReader();
        return DynamoStreamEvent.Parse(await streams.ReadEventJsonAsync(arn));
    }

    [Fact]
    public async Task Each_record_reaches_the_method_of_its_entity_and_event_typed_and_the_ignored_entity_gets_no_call()
    {
        var streamEvent = await WriteChangesAsync();
        var handler = new GenShopStreamHandler();

        var response = await handler.DispatchAsync(streamEvent);

        var sequence = streamEvent.Records.Select(r => r.SequenceNumber).ToList();
        Assert.Equal(7, sequence.Count);
        Assert.Empty(response.FailedSequenceNumbers);
        Assert.Equal(
            [
                "insert customer " + sequence[0],
                "insert order " + sequence[1],
                "modify order " + sequence[2],
                // sequence[3] is the note: in Ignore, it succeeds without a call
                "unknown Invoice " + sequence[4],
                "remove order " + sequence[5],
                "remove customer " + sequence[6],
            ],
            handler.Calls);

        Assert.Equal(Customer, Assert.Single(handler.InsertedCustomers));
        Assert.Equal(Customer, Assert.Single(handler.RemovedCustomers));
        var inserted = Assert.Single(handler.InsertedOrders);
        Assert.Equal((Order.OrderId, Order.Status, Order.Total, Order.OrderDate), (inserted.OrderId, inserted.Status, inserted.Total, inserted.OrderDate));
        Assert.Equal(["gift"], inserted.Notes);

        var (before, after, changed) = Assert.Single(handler.ModifiedOrders);
        Assert.Equal((ShopOrderStatus.New, 12.5m), (before.Status, before.Total));
        Assert.Equal((ShopOrderStatus.Paid, 13m), (after.Status, after.Total));
        Assert.Equal(["Status", "Total", ShopOrder.Metadata.Table.Indexes.Single(i => i.IndexName == "gsi1").PartitionKey.AttributeName], changed);
        Assert.Equal(ShopOrderStatus.Paid, Assert.Single(handler.RemovedOrders).Status);

        var unknown = Assert.Single(handler.Unknown);
        Assert.Equal((DynamoUnknownStreamReason.UnregisteredEntityType, "Invoice", "INVOICE#i1"), (unknown.Reason, unknown.EntityType, unknown.Record.Keys["pk"].S));
        Assert.Empty(handler.Failures);
        Assert.Same(handler.Dispatcher, handler.Dispatcher);
    }

    [Fact]
    public async Task A_throwing_handler_fails_its_record_and_every_later_one_without_running_them()
    {
        var streamEvent = await WriteChangesAsync();
        var handler = new GenShopStreamHandler(failModify: true);

        var response = await handler.DispatchAsync(streamEvent);

        var sequence = streamEvent.Records.Select(r => r.SequenceNumber).ToList();
        Assert.Equal(sequence[2..], response.FailedSequenceNumbers);
        Assert.Equal(["insert customer " + sequence[0], "insert order " + sequence[1]], handler.Calls);
        var (failedSequence, error) = Assert.Single(handler.Failures);
        Assert.Equal(sequence[2], failedSequence);
        Assert.Equal("the order service is down", Assert.IsType<InvalidOperationException>(error).Message);
        Assert.Empty(handler.RemovedCustomers);
        Assert.StartsWith("""{"batchItemFailures":[{"itemIdentifier":"%s"}""".Replace("%s", sequence[2], StringComparison.Ordinal), response.ToJson(), StringComparison.Ordinal);
    }
}
