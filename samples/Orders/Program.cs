using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Boto3Assist.DynamoDb;
using Boto3Assist.Testing;
using Orders;
using Orders.Models;
using Orders.Scenarios;

// The orders sample: customers, orders and order lines in ONE table (single-table design), mapped by generated code.
// Exit code 0 when every check passed, 1 on any mismatch, 2 when the sample could not run.
var console = new SampleConsole(Console.Out);
SampleOptions options;
try
{
    options = SampleOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(SampleOptions.Usage);
    return 0;
}

if (options.FirstResponse)
{
    return await FirstResponse.RunAsync(options);
}

using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));
var ct = cancellation.Token;
DynamoDbLocal? local = null;
try
{
    IAmazonDynamoDB client;
    if (options.Endpoint is { } endpoint)
    {
        console.Section($"DynamoDB at {endpoint}");
        client = SampleClient.Create(endpoint);
    }
    else
    {
        console.Section("No endpoint configured: starting DynamoDB Local");
        local = await DynamoDbLocal.StartAsync(cancellationToken: ct);
        console.Line($"listening on {local.ServiceUrl}");
        client = local.CreateClient();
    }

    using (client)
    {
        // All three entities declare the table "orders": their definitions merge into one (keys, gsi1, gsi2, TTL).
        // Settings are operational, not part of the model: here a stream whose records carry old and new items.
        var table = DynamoTableDefinitions.Merge([Customer.Metadata, Order.Metadata, OrderLine.Metadata]) with
        {
            Settings = new DynamoTableSettings { StreamViewType = DynamoStreamViewType.NewAndOldImages },
        };
        var tableName = options.TableName ?? table.TableName;
        var created = await DynamoTableCreator.CreateIfNotExistsAsync(client, table, tableName, ct);
        console.Section($"Table '{tableName}' {(created ? "created" : "already existed")}");
        console.Line($"key     {table.PartitionKey.AttributeName} (HASH), {table.SortKey?.AttributeName} (RANGE)");
        foreach (var index in table.Indexes)
        {
            console.Line($"{(index.IsLocal ? "lsi" : "gsi")}     {index.IndexName}: {index.PartitionKey.AttributeName}, {index.SortKey?.AttributeName ?? "-"}");
        }

        console.Line($"ttl     {table.TimeToLiveAttribute ?? "-"}");

        console.Line($"data access over the {(options.Transport == DynamoTransportKind.Http ? "HTTP" : "SDK")} transport");
        var context = new SampleContext(client, tableName, console) { Transport = options.Transport };
        await MappingScenario.RunAsync(context, ct);
        // Further scenarios: one line each, here.
        await AccessPatternsScenario.RunAsync(context, ct);
        await PaginationScenario.RunAsync(context, ct);
        await BatchImportScenario.RunAsync(context, ct);
        await PlaceOrderScenario.RunAsync(context, ct);
        await VersionConflictScenario.RunAsync(context, ct);
        await SchemaUpgradeScenario.RunAsync(context, ct);
        await StreamDispatcherScenario.RunAsync(context, local?.ServiceUrl ?? options.Endpoint!, ct);
    }
}
catch (Exception ex)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"The sample failed: {ex.GetType().Name}: {ex.Message}");
    Console.Error.WriteLine(ex.StackTrace);
    return 2;
}
finally
{
    local?.Dispose();
}

console.Section($"Orders sample finished: {console.Checks} checks, {console.Failures} mismatches");
return console.Failures == 0 ? 0 : 1;
