using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Streams;

/// <summary>
/// Real stream records: writes to a DynamoDB Local table with a NEW_AND_OLD_IMAGES stream, its records read over the
/// Streams API, turned into the Lambda event shape, parsed and dispatched to typed handlers.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class StreamDispatchTests(DynamoDbFixture fixture)
{
    private static readonly DateTime OrderDate = new(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    private async Task<string> CreateStreamTableAsync(string name)
    {
        var definition = DynamoTableDefinitions.Merge([Customer.Metadata, Order.Metadata]) with
        {
            Settings = new DynamoTableSettings { StreamViewType = DynamoStreamViewType.NewAndOldImages },
        };
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, definition, name);
        return (await fixture.Client.DescribeTableAsync(name)).Table.LatestStreamArn;
    }

    private async Task<DynamoStreamEvent> ReadStreamAsync(string streamArn)
    {
        using var streams = fixture.Local.CreateStreamReader();
        return DynamoStreamEvent.Parse(await streams.ReadEventJsonAsync(streamArn));
    }

    // Insert a customer and an order, change the order, write items of an unknown type and without a type, delete both.
    private async Task WriteChangesAsync(string table)
    {
        var customer = new Customer { CustomerId = "c1", Name = "Ada", Email = "ada@example.com", Tags = ["vip", "eu"], LoginCount = 3 };
        var order = new Order { CustomerId = "c1", OrderId = "o1", OrderDate = OrderDate, Status = "NEW", Total = 12.5m, Notes = ["gift"] };
        await fixture.Client.PutItemAsync(table, customer.ToItem());
        await fixture.Client.PutItemAsync(table, order.ToItem());
        await fixture.Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = table,
            Key = order.ToKey(),
            UpdateExpression = "SET #s = :s, #t = :t REMOVE #n",
            ExpressionAttributeNames = new() { ["#s"] = "Status", ["#t"] = "Total", ["#n"] = "Notes" },
            ExpressionAttributeValues = new() { [":s"] = new AttributeValue { S = "PAID" }, [":t"] = new AttributeValue { N = "13" } },
        });
        await fixture.Client.PutItemAsync(table, new() { ["pk"] = new() { S = "X" }, ["sk"] = new() { S = "1" }, ["_type"] = new() { S = "Invoice" } });
        await fixture.Client.PutItemAsync(table, new() { ["pk"] = new() { S = "X" }, ["sk"] = new() { S = "2" } });
        await fixture.Client.DeleteItemAsync(table, order.ToKey());
        await fixture.Client.DeleteItemAsync(table, customer.ToKey());
    }

    [Fact]
    public async Task Real_stream_records_reach_typed_handlers_and_unknown_types_are_surfaced()
    {
        var table = "streams-dispatch-" + Guid.NewGuid().ToString("N")[..8];
        var arn = await CreateStreamTableAsync(table);
        await WriteChangesAsync(table);
        var streamEvent = await ReadStreamAsync(arn);

        var seen = new List<string>();
        Customer? insertedCustomer = null, removedCustomer = null;
        (Order Old, Order New, IReadOnlyList<string> Changed)? modified = null;
        var unknown = new List<DynamoUnknownStreamRecord>();
        var dispatcher = new DynamoStreamDispatcherBuilder()
            .On<Customer>(
                onInsert: (c, record, _) => { insertedCustomer = c; seen.Add("insert customer " + record.SequenceNumber); return Task.CompletedTask; },
                onRemove: (c, record, _) => { removedCustomer = c; seen.Add("remove customer"); return Task.CompletedTask; })
            .On<Order>(
                onInsert: (o, _, _) => { seen.Add("insert order " + o.Status); return Task.CompletedTask; },
                onModify: (before, after, changed, _, _) => { modified = (before, after, changed); seen.Add("modify order"); return Task.CompletedTask; },
                onRemove: (o, record, _) => { seen.Add($"remove order {o.Status} ttl={record.IsTimeToLiveExpiry}"); return Task.CompletedTask; })
            .OnUnknown((u, _) => { unknown.Add(u); seen.Add("unknown " + u.Reason); return Task.CompletedTask; })
            .Build();

        var response = await dispatcher.DispatchAsync(streamEvent);

        Assert.Empty(response.FailedSequenceNumbers);
        Assert.Equal("""{"batchItemFailures":[]}""", response.ToJson());
        Assert.Equal(7, streamEvent.Records.Count);
        Assert.Equal(
            ["insert customer " + streamEvent.Records[0].SequenceNumber, "insert order NEW", "modify order", "unknown UnregisteredEntityType", "unknown NoDiscriminator", "remove order PAID ttl=False", "remove customer"],
            seen);

        Assert.Equal(new Customer { CustomerId = "c1", Name = "Ada", Email = "ada@example.com", Tags = ["vip", "eu"], LoginCount = 3 } with { Tags = insertedCustomer!.Tags }, insertedCustomer);
        Assert.Equal(["eu", "vip"], insertedCustomer.Tags!.Order());
        Assert.Equal("Ada", removedCustomer!.Name);

        var (old, @new, changedAttributes) = modified!.Value;
        Assert.Equal(("NEW", 12.5m), (old.Status, old.Total));
        Assert.Equal(["gift"], old.Notes!);
        Assert.Equal(("PAID", 13m, (List<string>?)null), (@new.Status, @new.Total, @new.Notes));
        Assert.Equal(["Notes", "Status", "Total"], changedAttributes);

        Assert.Equal("Invoice", unknown[0].EntityType);
        Assert.Equal("X", unknown[0].Record.Keys["pk"].S);
        Assert.Null(unknown[1].EntityType);
        Assert.All(streamEvent.Records, r => Assert.Equal(DynamoStreamViewType.NewAndOldImages, r.StreamViewType));
        Assert.All(streamEvent.Records, r => Assert.Equal(arn, r.EventSourceArn));
        Assert.All(streamEvent.Records, r => Assert.NotNull(r.ApproximateCreationDateTime));
    }

    [Fact]
    public async Task A_failing_handler_reports_its_record_and_every_later_one_and_runs_none_of_them()
    {
        var table = "streams-failure-" + Guid.NewGuid().ToString("N")[..8];
        var arn = await CreateStreamTableAsync(table);
        await WriteChangesAsync(table);
        var streamEvent = await ReadStreamAsync(arn);

        var handled = new List<string>();
        (DynamoStreamRecord Record, Exception Error)? failure = null;
        var dispatcher = new DynamoStreamDispatcherBuilder()
            .On<Customer>(onInsert: (_, r, _) => { handled.Add(r.SequenceNumber); return Task.CompletedTask; }, onRemove: (_, r, _) => { handled.Add(r.SequenceNumber); return Task.CompletedTask; })
            .On<Order>(
                onInsert: (_, r, _) => { handled.Add(r.SequenceNumber); return Task.CompletedTask; },
                onModify: (_, _, _, _, _) => throw new InvalidOperationException("downstream is down"))
            .OnUnknown((u, _) => { handled.Add(u.Record.SequenceNumber); return Task.CompletedTask; })
            .OnFailure((record, error) => failure = (record, error))
            .Build();

        var response = await dispatcher.DispatchAsync(streamEvent);

        var sequence = streamEvent.Records.Select(r => r.SequenceNumber).ToList();
        Assert.Equal(sequence[..2], handled);
        Assert.Equal(sequence[2..], response.FailedSequenceNumbers);
        Assert.Equal(sequence[2], failure!.Value.Record.SequenceNumber);
        Assert.Equal("downstream is down", failure.Value.Error.Message);
        Assert.StartsWith("""{"batchItemFailures":[{"itemIdentifier":"%s"}""".Replace("%s", sequence[2], StringComparison.Ordinal), response.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_that_cannot_be_mapped_fails_its_record()
    {
        var json = """{"Records":[{"eventID":"1","eventName":"INSERT","dynamodb":{"Keys":{"pk":{"S":"CUSTOMER#c"}},"SequenceNumber":"7","NewImage":{"_type":{"S":"Customer"},"Name":{"S":"x"}}}}]}""";
        Exception? error = null;
        var dispatcher = new DynamoStreamDispatcherBuilder()
            .On<Customer>(onInsert: (_, _, _) => Task.CompletedTask)
            .OnUnknown((_, _) => Task.CompletedTask)
            .OnFailure((_, e) => error = e)
            .Build();

        var response = await dispatcher.DispatchAsync(DynamoStreamEvent.Parse(json));

        Assert.Equal(["7"], response.FailedSequenceNumbers);
        Assert.Contains("CustomerId", Assert.IsType<DynamoMappingException>(error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_without_the_image_its_event_needs_goes_to_the_unknown_handler()
    {
        var json = """{"Records":[{"eventID":"1","eventName":"MODIFY","dynamodb":{"Keys":{"pk":{"S":"p"}},"SequenceNumber":"1","NewImage":{"_type":{"S":"Order"}},"StreamViewType":"NEW_IMAGE"}}]}""";
        DynamoUnknownStreamRecord? unknown = null;
        var dispatcher = new DynamoStreamDispatcherBuilder()
            .On<Order>(onModify: (_, _, _, _, _) => throw new InvalidOperationException("not expected"))
            .OnUnknown((u, _) => { unknown = u; return Task.CompletedTask; })
            .Build();

        Assert.Empty((await dispatcher.DispatchAsync(DynamoStreamEvent.Parse(json))).FailedSequenceNumbers);
        Assert.Equal((DynamoUnknownStreamReason.ImageMissing, "Order"), (unknown!.Reason, unknown.EntityType));
    }

    [Fact]
    public void A_dispatcher_is_for_one_table_needs_an_unknown_handler_and_takes_each_entity_type_once()
    {
        Assert.Contains("one dispatcher per table", Assert.Throws<ArgumentException>(() => new DynamoStreamDispatcherBuilder().On<Order>().On<Product>()).Message, StringComparison.Ordinal);
        Assert.Contains("registered already", Assert.Throws<ArgumentException>(() => new DynamoStreamDispatcherBuilder().On<Order>().On<Order>()).Message, StringComparison.Ordinal);
        Assert.Contains("OnUnknown", Assert.Throws<InvalidOperationException>(() => new DynamoStreamDispatcherBuilder().On<Order>().Build()).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new DynamoStreamDispatcherBuilder().OnUnknown((_, _) => Task.CompletedTask).Build());
    }
}
