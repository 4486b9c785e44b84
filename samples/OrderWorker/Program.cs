using Amazon;
using Amazon.DynamoDBv2;
using Amazon.S3;
using Amazon.SQS;
using Boto3Assist.Messaging;
using Boto3Assist.Storage;
using Microsoft.Extensions.Options;
using OrderWorker;
using OrderWorker.Messages;

// The order worker: consumes orders from SQS, stores each in DynamoDB and archives its receipt to S3, printing traces
// (one line per span) and metrics (CloudWatch EMF lines) to the console.
// With no queue configured it runs a self-contained demo: starts fauxqs and DynamoDB Local, sends orders, processes
// them, checks the results and exits 0 (1 when a check fails).
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
var settings = builder.Configuration.GetSection("OrderWorker").Get<WorkerSettings>() ?? new WorkerSettings();
var demo = string.IsNullOrWhiteSpace(settings.QueueUrl);
using var stop = new CancellationTokenSource(demo ? TimeSpan.FromMinutes(3) : Timeout.InfiniteTimeSpan);
using var traces = new ConsoleTraceWriter(Console.Out);

LocalEnvironment? local = null;
if (demo)
{
    Console.WriteLine("No OrderWorker:QueueUrl configured: starting fauxqs and DynamoDB Local on 127.0.0.1 for a demo run.");
    local = await LocalEnvironment.StartAsync(settings, stop.Token);
    settings.QueueUrl = local.QueueUrl;
    builder.Services.AddSingleton<IAmazonSQS>(local.Fauxqs.CreateSqsClient());
    builder.Services.AddSingleton<IAmazonS3>(local.Fauxqs.CreateS3Client());
    builder.Services.AddSingleton<IAmazonDynamoDB>(local.DynamoDb.CreateClient());
}
else
{
    builder.Services.AddSingleton<IAmazonDynamoDB>(_ => CreateDynamoDbClient(builder.Configuration.GetSection("Boto3Assist:DynamoDb")));
}

builder.Services.AddSingleton(Options.Create(settings));
builder.Services.AddSingleton<ProcessedOrders>();
builder.Services.AddBoto3AssistSqs(builder.Configuration.GetSection("Boto3Assist:Sqs"));
builder.Services.AddBoto3AssistSqsSender();
builder.Services.AddBoto3AssistS3(builder.Configuration.GetSection("Boto3Assist:S3"));
builder.Services.AddBoto3AssistSqsConsumer<OrderPlaced, OrderHandler>(
    builder.Configuration.GetSection("Boto3Assist:Consumer"),
    WorkerJsonContext.Default.OrderPlaced,
    options =>
    {
        options.QueueUrl = settings.QueueUrl;
        if (demo)
        {
            // Short polls and immediate redelivery of failures keep the demo quick.
            options.WaitTimeSeconds = 1;
            options.FailureVisibilityTimeoutSeconds = 0;
        }
    });
builder.Services.AddBoto3AssistEmfMetrics(builder.Configuration.GetSection("Boto3Assist:Emf"));

using var host = builder.Build();
if (!demo)
{
    await host.RunAsync();
    return 0;
}

try
{
    await host.StartAsync(stop.Token);
    var services = host.Services;
    var sqs = services.GetRequiredService<IAmazonSQS>();
    await Demo.SendAsync(services.GetRequiredService<SqsMessageSender>(), local!.QueueUrl, stop.Token);
    await Demo.WaitAsync(services.GetRequiredService<ProcessedOrders>(), sqs, local.DeadLetterQueueUrl, TimeSpan.FromSeconds(60), stop.Token);
    await host.StopAsync(stop.Token);
    var problems = await Demo.VerifyAsync(
        services.GetRequiredService<IAmazonDynamoDB>(), services.GetRequiredService<S3ObjectStore>(), sqs, settings, local.DeadLetterQueueUrl, stop.Token);
    foreach (var problem in problems)
    {
        Console.Error.WriteLine("FAILED: " + problem);
    }

    Console.WriteLine(problems.Count == 0
        ? $"OK: {Demo.Orders.Count} orders stored in DynamoDB with receipts in S3; the invalid order went to the dead-letter queue."
        : $"{problems.Count} check(s) failed.");
    return problems.Count == 0 ? 0 : 1;
}
finally
{
    await local!.DisposeAsync();
}

static AmazonDynamoDBClient CreateDynamoDbClient(IConfiguration section)
{
    var config = new AmazonDynamoDBConfig();
    if (section["ServiceUrl"] is { Length: > 0 } url)
    {
        config.ServiceURL = url;
        config.AuthenticationRegion = section["Region"] is { Length: > 0 } signing ? signing : "us-east-1";
    }
    else if (section["Region"] is { Length: > 0 } region)
    {
        config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
    }

    return new AmazonDynamoDBClient(config);
}
