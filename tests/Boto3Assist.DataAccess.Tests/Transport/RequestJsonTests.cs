using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Transport;

/// <summary>
/// The HTTP transport writes the same request body as the SDK client for the same request object: both are sent to a
/// canned handler, and the two bodies are parsed and compared as JSON documents (member order aside), with the same
/// <c>X-Amz-Target</c>.
/// </summary>
public sealed class RequestJsonTests
{
    private static Dictionary<string, AttributeValue> EveryType() => new()
    {
        ["pk"] = new AttributeValue { S = "ORDER#1" },
        ["sk"] = new AttributeValue { S = "LINE#\u00e9\"quoted\"" },
        ["n"] = new AttributeValue { N = "-12.50" },
        ["b"] = new AttributeValue { B = new MemoryStream([0, 1, 2, 255]) },
        ["yes"] = new AttributeValue { BOOL = true },
        ["no"] = new AttributeValue { BOOL = false },
        ["nothing"] = new AttributeValue { NULL = true },
        ["ss"] = new AttributeValue { SS = ["a", "b"] },
        ["ns"] = new AttributeValue { NS = ["1", "2.5"] },
        ["bs"] = new AttributeValue { BS = [new MemoryStream([1]), new MemoryStream([2, 3])] },
        ["l"] = new AttributeValue { L = [new AttributeValue { S = "x" }, new AttributeValue { N = "1" }, new AttributeValue { M = new() { ["deep"] = new AttributeValue { BOOL = true } } }] },
        ["m"] = new AttributeValue { M = new() { ["inner"] = new AttributeValue { L = [new AttributeValue { NULL = true }] } } },
    };

    private static Dictionary<string, AttributeValue> Key() => new() { ["pk"] = new AttributeValue { S = "ORDER#1" }, ["sk"] = new AttributeValue { S = "LINE#1" } };

    private static Dictionary<string, string> Names() => new() { ["#n0"] = "status", ["#n1"] = "total" };

    private static Dictionary<string, AttributeValue> Values() => new() { [":v0"] = new AttributeValue { S = "OPEN" }, [":v1"] = new AttributeValue { N = "3" }, [":v2"] = new AttributeValue { L = [new AttributeValue { S = "a" }] } };

    [Fact]
    public Task GetItem() => SameBodyAsync(
        (c, ct) => c.GetItemAsync(Get(), ct),
        (t, ct) => t.GetItemAsync(Get(), ct));

    [Fact]
    public Task PutItem() => SameBodyAsync(
        (c, ct) => c.PutItemAsync(Put(), ct),
        (t, ct) => t.PutItemAsync(Put(), ct));

    [Fact]
    public Task PutItem_of_an_entity_written_by_the_entity() => SameBodyAsync(
        (c, ct) => c.PutItemAsync(new PutItemRequest { TableName = "products", Item = Widget.ToItem(), ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL }, ct),
        (t, ct) => t.PutItemJsonAsync(new PutItemRequest { TableName = "products", ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL }, ItemJson(Widget), ct));

    // A transaction's put on the HTTP transport sends the item its entity wrote; the other actions are written as ever.
    [Fact]
    public Task TransactWriteItems_with_a_put_written_by_the_entity() => SameBodyAsync(
        (c, ct) => c.TransactWriteItemsAsync(TransactPutOf(Widget.ToItem()), ct),
        (t, ct) => t.TransactWriteItemsJsonAsync(TransactPutOf(null), [ItemJson(Widget).ToArray(), null], ct));

    [Fact]
    public Task DeleteItem() => SameBodyAsync(
        (c, ct) => c.DeleteItemAsync(Delete(), ct),
        (t, ct) => t.DeleteItemAsync(Delete(), ct));

    [Fact]
    public Task UpdateItem() => SameBodyAsync(
        (c, ct) => c.UpdateItemAsync(Update(), ct),
        (t, ct) => t.UpdateItemAsync(Update(), ct));

    [Fact]
    public Task Query() => SameBodyAsync(
        (c, ct) => c.QueryAsync(QueryRequest(), ct),
        (t, ct) => t.QueryAsync(QueryRequest(), ct));

    [Fact]
    public Task Query_of_entities() => SameBodyAsync(
        (c, ct) => c.QueryAsync(QueryRequest(), ct),
        (t, ct) => t.QueryEntitiesAsync<Product>(QueryRequest(), ct));

    [Fact]
    public Task Scan() => SameBodyAsync(
        (c, ct) => c.ScanAsync(ScanRequest(), ct),
        (t, ct) => t.ScanEntitiesAsync<Product>(ScanRequest(), ct));

    [Fact]
    public Task BatchGetItem() => SameBodyAsync(
        (c, ct) => c.BatchGetItemAsync(BatchGet(), ct),
        (t, ct) => t.BatchGetItemAsync(BatchGet(), ct));

    [Fact]
    public Task BatchWriteItem() => SameBodyAsync(
        (c, ct) => c.BatchWriteItemAsync(BatchWrite(), ct),
        (t, ct) => t.BatchWriteItemAsync(BatchWrite(), ct));

    [Fact]
    public Task TransactWriteItems() => SameBodyAsync(
        (c, ct) => c.TransactWriteItemsAsync(TransactWrite(), ct),
        (t, ct) => t.TransactWriteItemsAsync(TransactWrite(), ct));

    [Fact]
    public Task TransactGetItems() => SameBodyAsync(
        (c, ct) => c.TransactGetItemsAsync(TransactGet(), ct),
        (t, ct) => t.TransactGetItemsAsync(TransactGet(), ct));

    [Fact]
    public Task A_request_with_only_its_required_members() => SameBodyAsync(
        (c, ct) => c.GetItemAsync(new GetItemRequest { TableName = "t", Key = Key() }, ct),
        (t, ct) => t.GetItemAsync(new GetItemRequest { TableName = "t", Key = Key() }, ct));

    private static ReadOnlyMemory<byte> ItemJson(Product product)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            ((IDynamoEntity<Product>)product).WriteItemJson(writer);
        }

        return buffer.WrittenMemory;
    }

    private static readonly Product Widget = new() { Sku = "W-1", Title = "Widget \u2603", Payload = null, Stock = 7 };

    private static GetItemRequest Get() => new()
    {
        TableName = "shop", Key = Key(), ConsistentRead = true, ProjectionExpression = "#n0, #n1", ExpressionAttributeNames = Names(), ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
    };

    private static PutItemRequest Put() => new()
    {
        TableName = "shop", Item = EveryType(), ConditionExpression = "#n0 = :v0 AND #n1 < :v1 AND contains(:v2, #n0)", ExpressionAttributeNames = Names(), ExpressionAttributeValues = Values(),
        ReturnValues = ReturnValue.ALL_OLD, ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD, ReturnConsumedCapacity = ReturnConsumedCapacity.INDEXES,
        ReturnItemCollectionMetrics = ReturnItemCollectionMetrics.SIZE,
    };

    private static DeleteItemRequest Delete() => new()
    {
        TableName = "shop", Key = Key(), ConditionExpression = "#n0 = :v0", ExpressionAttributeNames = new() { ["#n0"] = "status" }, ExpressionAttributeValues = new() { [":v0"] = new AttributeValue { S = "OPEN" } },
        ReturnValues = ReturnValue.ALL_OLD, ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD, ReturnConsumedCapacity = ReturnConsumedCapacity.NONE,
    };

    private static UpdateItemRequest Update() => new()
    {
        TableName = "shop", Key = Key(), UpdateExpression = "SET #n0 = :v0 ADD #n1 :v1", ConditionExpression = "attribute_exists(pk)", ExpressionAttributeNames = Names(),
        ExpressionAttributeValues = new() { [":v0"] = new AttributeValue { S = "OPEN" }, [":v1"] = new AttributeValue { N = "3" } },
        ReturnValues = ReturnValue.ALL_NEW, ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD, ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
    };

    private static QueryRequest QueryRequest() => new()
    {
        TableName = "shop", IndexName = "gsi1", KeyConditionExpression = "#n0 = :v0 AND begins_with(#n1, :v1)", FilterExpression = "#n0 <> :v0", ProjectionExpression = "#n0",
        ScanIndexForward = false, ConsistentRead = false, Limit = 25, Select = Select.SPECIFIC_ATTRIBUTES,
        ExpressionAttributeNames = Names(), ExpressionAttributeValues = new() { [":v0"] = new AttributeValue { S = "A" }, [":v1"] = new AttributeValue { S = "B" } },
        ExclusiveStartKey = Key(), ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
    };

    private static ScanRequest ScanRequest() => new()
    {
        TableName = "products", FilterExpression = "#n0 = :v0", ExpressionAttributeNames = new() { ["#n0"] = "_type" }, ExpressionAttributeValues = new() { [":v0"] = new AttributeValue { S = "Product" } },
        ConsistentRead = true, Limit = 100, Segment = 2, TotalSegments = 4, ExclusiveStartKey = new() { ["Sku"] = new AttributeValue { S = "W-0" } }, ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
    };

    private static BatchGetItemRequest BatchGet() => new()
    {
        RequestItems = new()
        {
            ["shop"] = new KeysAndAttributes { Keys = [Key(), new() { ["pk"] = new AttributeValue { S = "ORDER#2" }, ["sk"] = new AttributeValue { S = "LINE#1" } }], ConsistentRead = true, ProjectionExpression = "#n0", ExpressionAttributeNames = new() { ["#n0"] = "status" } },
            ["products"] = new KeysAndAttributes { Keys = [new() { ["Sku"] = new AttributeValue { S = "W-1" } }] },
        },
        ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
    };

    private static BatchWriteItemRequest BatchWrite() => new()
    {
        RequestItems = new()
        {
            ["shop"] = [new WriteRequest { PutRequest = new PutRequest { Item = EveryType() } }, new WriteRequest { DeleteRequest = new DeleteRequest { Key = Key() } }],
            ["products"] = [new WriteRequest { PutRequest = new PutRequest { Item = Widget.ToItem() } }],
        },
        ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
    };

    private static TransactWriteItemsRequest TransactPutOf(Dictionary<string, AttributeValue>? item) => new()
    {
        TransactItems =
        [
            new TransactWriteItem { Put = new Put { TableName = "products", Item = item, ConditionExpression = "attribute_not_exists(Sku)", ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD } },
            new TransactWriteItem { Delete = new Delete { TableName = "shop", Key = Key() } },
        ],
        ClientRequestToken = "token-1",
        ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
    };

    private static TransactWriteItemsRequest TransactWrite() => new()
    {
        ClientRequestToken = "token-1",
        ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
        TransactItems =
        [
            new TransactWriteItem { Put = new Put { TableName = "shop", Item = EveryType(), ConditionExpression = "attribute_not_exists(pk)", ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD } },
            new TransactWriteItem { Delete = new Delete { TableName = "shop", Key = Key(), ConditionExpression = "#n0 = :v0", ExpressionAttributeNames = new() { ["#n0"] = "v" }, ExpressionAttributeValues = new() { [":v0"] = new AttributeValue { N = "1" } } } },
            new TransactWriteItem { Update = new Update { TableName = "shop", Key = Key(), UpdateExpression = "SET #n0 = :v0", ExpressionAttributeNames = new() { ["#n0"] = "v" }, ExpressionAttributeValues = new() { [":v0"] = new AttributeValue { N = "2" } }, ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD } },
            new TransactWriteItem { ConditionCheck = new ConditionCheck { TableName = "products", Key = new() { ["Sku"] = new AttributeValue { S = "W-1" } }, ConditionExpression = "attribute_exists(Sku)", ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.NONE } },
        ],
    };

    private static TransactGetItemsRequest TransactGet() => new()
    {
        ReturnConsumedCapacity = ReturnConsumedCapacity.TOTAL,
        TransactItems =
        [
            new TransactGetItem { Get = new Get { TableName = "shop", Key = Key(), ProjectionExpression = "#n0", ExpressionAttributeNames = new() { ["#n0"] = "status" } } },
            new TransactGetItem { Get = new Get { TableName = "products", Key = new() { ["Sku"] = new AttributeValue { S = "W-1" } } } },
        ],
    };

    // "AWS4-HMAC-SHA256 Credential=local/20261129/us-east-1/dynamodb/aws4_request, SignedHeaders=..., Signature=...":
    // who signed, for which region and service (the date aside, the two requests may straddle midnight).
    private static string Scope(HttpRequestMessage request)
    {
        var authorization = request.Headers.GetValues("Authorization").Single();
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=local/", authorization, StringComparison.Ordinal);
        var credential = authorization.Split(' ', ',')[1].Split('/');
        return string.Join('/', credential[0], credential[2], credential[3], credential[4]);
    }

    private static async Task SameBodyAsync(Func<AmazonDynamoDBClient, CancellationToken, Task> viaSdk, Func<HttpDynamoTransport, CancellationToken, Task> viaHttp)
    {
        var sdkHandler = new CannedDynamoHandler(CannedAnswer.Ok());
        var sdkClient = (AmazonDynamoDBClient)sdkHandler.Context(DynamoTransportKind.Sdk).Client;
        await viaSdk(sdkClient, CancellationToken.None);

        var httpHandler = new CannedDynamoHandler(CannedAnswer.Ok());
        var transport = new HttpDynamoTransport(new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), new AmazonDynamoDBConfig { ServiceURL = "http://127.0.0.1:1", AuthenticationRegion = "us-east-1" }), httpHandler, TimeProvider.System);
        await viaHttp(transport, CancellationToken.None);

        var sdk = Assert.Single(sdkHandler.Requests);
        var http = Assert.Single(httpHandler.Requests);
        Assert.Equal(sdk.Target, http.Target);
        Assert.Equal(sdk.Request.Content!.Headers.ContentType!.MediaType, http.Request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal(Scope(sdk.Request), Scope(http.Request));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sdk.Body), JsonNode.Parse(http.Body)), $"SDK:  {sdk.Body}\nHTTP: {http.Body}");
    }
}
