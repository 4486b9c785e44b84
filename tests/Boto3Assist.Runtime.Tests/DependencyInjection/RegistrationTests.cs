using System.Collections.Concurrent;
using Amazon.S3;
using Amazon.SQS;
using Boto3Assist.Messaging;
using Boto3Assist.Observability;
using Boto3Assist.Runtime.Tests.Infrastructure;
using Boto3Assist.Runtime.Tests.Messaging;
using Boto3Assist.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Boto3Assist.Runtime.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Fact]
    public void Clients_and_options_are_bound_from_configuration()
    {
        var configuration = Configuration(new()
        {
            ["Aws:Sqs:ServiceUrl"] = "http://127.0.0.1:4566",
            ["Aws:Sqs:Region"] = "eu-west-1",
            ["Aws:Sqs:Sender:MaxMessageBytes"] = "262144",
            ["Aws:Sqs:Sender:MaxEntryRetries"] = "5",
            ["Aws:S3:ServiceUrl"] = "http://127.0.0.1:4567",
            ["Aws:S3:Store:PartSize"] = "6291456",
            ["Aws:S3:Store:PresignProtocol"] = "HTTP",
        });
        var services = new ServiceCollection()
            .AddBoto3AssistSqs(configuration.GetSection("Aws:Sqs"))
            .AddBoto3AssistSqsSender(configuration.GetSection("Aws:Sqs:Sender"))
            .AddBoto3AssistS3(configuration.GetSection("Aws:S3"), configuration.GetSection("Aws:S3:Store"));
        using var provider = services.BuildServiceProvider();

        var sqs = (AmazonSQSClient)provider.GetRequiredService<IAmazonSQS>();
        Assert.Equal("http://127.0.0.1:4566/", sqs.Config.ServiceURL);
        Assert.Equal("eu-west-1", sqs.Config.AuthenticationRegion);
        var sender = provider.GetRequiredService<IOptions<SqsSenderOptions>>().Value;
        Assert.Equal(262_144, sender.MaxMessageBytes);
        Assert.Equal(5, sender.MaxEntryRetries);
        Assert.NotNull(provider.GetRequiredService<SqsMessageSender>());
        var s3 = (AmazonS3Client)provider.GetRequiredService<IAmazonS3>();
        Assert.Equal("http://127.0.0.1:4567/", s3.Config.ServiceURL);
        Assert.True(((AmazonS3Config)s3.Config).ForcePathStyle);
        var store = provider.GetRequiredService<IOptions<S3StoreOptions>>().Value;
        Assert.Equal(6_291_456, store.PartSize);
        Assert.Equal(Protocol.HTTP, store.PresignProtocol);
        Assert.Same(provider.GetRequiredService<S3ObjectStore>(), provider.GetRequiredService<S3ObjectStore>());
    }

    [Fact]
    public void Invalid_options_from_configuration_fail_with_the_setting_named()
    {
        var configuration = Configuration(new() { ["S3:PartSize"] = "1000", ["Consumer:QueueUrl"] = "http://x/1/q", ["Consumer:MaxMessagesPerReceive"] = "50" });
        var services = new ServiceCollection()
            .AddBoto3AssistS3(storeConfiguration: configuration.GetSection("S3"))
            .AddBoto3AssistSqsConsumer<OrderPlaced, CountingHandler>(configuration.GetSection("Consumer"), MessagingJsonContext.Default.OrderPlaced);
        using var provider = services.BuildServiceProvider();

        var s3 = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<IOptions<S3StoreOptions>>().Value);
        Assert.Contains("PartSize", s3.Message, StringComparison.Ordinal);
        var consumer = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<IOptionsMonitor<SqsConsumerOptions>>().Get(typeof(OrderPlaced).FullName));
        Assert.Contains("MaxMessagesPerReceive", consumer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hosted_consumer_handles_messages_in_a_scope_per_message_and_stops_with_the_host()
    {
        var server = await SharedServers.FauxqsAsync();
        using var sqs = server.CreateSqsClient();
        var queue = await SqsQueues.CreateAsync(sqs, "hosted");
        var emf = new StringWriter();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Orders:QueueUrl"] = queue,
            ["Orders:WaitTimeSeconds"] = "1",
            ["Orders:MaxConcurrency"] = "3",
            ["Emf:Namespace"] = "HostedTest",
        });
        builder.Services.AddSingleton<IAmazonSQS>(server.CreateSqsClient());
        builder.Services.AddSingleton<CountingHandler.Log>();
        builder.Services.AddBoto3AssistSqsSender();
        builder.Services.AddBoto3AssistSqsConsumer<OrderPlaced, CountingHandler>(builder.Configuration.GetSection("Orders"), MessagingJsonContext.Default.OrderPlaced);
        builder.Services.AddBoto3AssistEmfMetrics(builder.Configuration.GetSection("Emf"), emf);
        using var host = builder.Build();
        await host.StartAsync();

        await host.Services.GetRequiredService<SqsMessageSender>().SendManyAsync(queue, Enumerable.Range(0, 12).Select(i => new OrderPlaced("h-" + i, i)), MessagingJsonContext.Default.OrderPlaced);
        var log = host.Services.GetRequiredService<CountingHandler.Log>();
        await TelemetryCapture.WaitUntilAsync(() => log.Orders.Count == 12, TimeSpan.FromSeconds(30), "12 handled orders");
        await host.StopAsync();

        Assert.Equal(12, log.Orders.Distinct().Count());
        Assert.Equal(12, log.Handlers.Distinct().Count()); // a new handler (scope) per message
        Assert.Equal(0, await SqsQueues.ApproximateCountAsync(sqs, queue));
        var queueName = queue.Split('/').Last();
        Assert.Contains(emf.ToString().Split('\n'), line => line.Contains("\"HostedTest\"", StringComparison.Ordinal) && line.Contains(queueName, StringComparison.Ordinal) && line.Contains(TelemetryMetricNames.MessagesReceived, StringComparison.Ordinal));
    }

    public sealed class CountingHandler(CountingHandler.Log log) : ISqsMessageHandler<OrderPlaced>
    {
        public Task HandleAsync(SqsReceivedMessage<OrderPlaced> message, CancellationToken cancellationToken)
        {
            log.Orders.Add(message.Body.OrderId);
            log.Handlers.Add(this);
            return Task.CompletedTask;
        }

        public sealed class Log
        {
            public ConcurrentBag<string> Orders { get; } = [];

            public ConcurrentBag<object> Handlers { get; } = [];
        }
    }
}
