using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using Amazon;
using Amazon.SQS;
using Boto3Assist.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers SQS messaging: the client, the sender and typed consumers running as hosted services.</summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAmazonSQS"/> (unless one is registered already) configured by <see cref="SqsClientOptions"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">A section with <c>ServiceUrl</c> and <c>Region</c>, or <see langword="null"/>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBoto3AssistSqs(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SqsClientOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration);
        }

        services.TryAddSingleton<IAmazonSQS>(provider => CreateClient(provider.GetRequiredService<IOptions<SqsClientOptions>>().Value));
        return services;
    }

    /// <summary>Registers <see cref="SqsMessageSender"/> (and the SQS client, see <see cref="AddBoto3AssistSqs"/>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">A section binding <see cref="SqsSenderOptions"/>, or <see langword="null"/>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBoto3AssistSqsSender(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddBoto3AssistSqs();
        var options = services.AddOptions<SqsSenderOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration);
        }

        services.TryAddSingleton(provider => new SqsMessageSender(
            provider.GetRequiredService<IAmazonSQS>(),
            provider.GetRequiredService<IOptions<SqsSenderOptions>>().Value,
            provider.GetService<ILogger<SqsMessageSender>>(),
            provider.GetService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Registers a hosted consumer of <typeparamref name="TMessage"/> messages. Each message is handled by a
    /// <typeparamref name="THandler"/> resolved from its own service scope.
    /// </summary>
    /// <typeparam name="TMessage">The body type.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configuration">A section binding <see cref="SqsConsumerOptions"/> (<c>QueueUrl</c> at least).</param>
    /// <param name="typeInfo">The source-generated JSON metadata of <typeparamref name="TMessage"/>.</param>
    /// <param name="configure">Changes after binding, or <see langword="null"/>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBoto3AssistSqsConsumer<TMessage, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IServiceCollection services,
        IConfiguration? configuration,
        JsonTypeInfo<TMessage> typeInfo,
        Action<SqsConsumerOptions>? configure = null)
        where THandler : class, ISqsMessageHandler<TMessage>
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(typeInfo);
        services.AddBoto3AssistSqs();

        // Options are named after the message type, so several consumers each have their own queue and settings.
        var name = typeof(TMessage).FullName ?? typeof(TMessage).Name;
        var options = services.AddOptions<SqsConsumerOptions>(name);
        if (configuration is not null)
        {
            options.Bind(configuration);
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(
            o =>
            {
                o.Validate();
                return true;
            },
            $"SqsConsumerOptions for {name} are not valid.");
        services.TryAddScoped<THandler>();
        services.AddSingleton(provider => new SqsConsumer<TMessage>(
            provider.GetRequiredService<IAmazonSQS>(),
            provider.GetRequiredService<IOptionsMonitor<SqsConsumerOptions>>().Get(name),
            typeInfo,
            new ScopedMessageHandler<TMessage, THandler>(provider.GetRequiredService<IServiceScopeFactory>()),
            provider.GetService<ILoggerFactory>()?.CreateLogger("Boto3Assist.Messaging.SqsConsumer"),
            provider.GetService<TimeProvider>()));
        services.AddSingleton<IHostedService, SqsConsumerService<TMessage>>();
        return services;
    }

    private static AmazonSQSClient CreateClient(SqsClientOptions options)
    {
        var config = new AmazonSQSConfig();
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region ?? "us-east-1";
        }
        else if (!string.IsNullOrWhiteSpace(options.Region))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        return new AmazonSQSClient(config);
    }
}
