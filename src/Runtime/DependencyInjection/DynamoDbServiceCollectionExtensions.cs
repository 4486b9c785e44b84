using System;
using System.Linq;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Boto3Assist.DynamoDb;
using Microsoft.Extensions.Configuration;
using Boto3Assist.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the DynamoDB client, the data access options (table names per environment) and repositories.</summary>
public static class DynamoDbServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAmazonDynamoDB"/> (unless one is registered already), <see cref="DynamoDataAccessOptions"/>,
    /// <see cref="DynamoDataContext"/> and the entity registry; add entities with <see cref="DynamoDbBuilder.AddEntity{TEntity}"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (endpoint, region, table names).</param>
    /// <param name="configureDataAccess">Adjusts what configuration cannot hold (the retry policy), if given.</param>
    /// <returns>A builder to register entities.</returns>
    public static DynamoDbBuilder AddBoto3AssistDynamoDb(this IServiceCollection services, Action<DynamoDbOptions>? configure = null, Action<DynamoDataAccessOptions>? configureDataAccess = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new DynamoDbOptions();
        configure?.Invoke(options);
        return Register(services, options, configureDataAccess);
    }

    /// <summary>Registers DynamoDB access with options bound from <paramref name="section"/> (e.g. <c>configuration.GetSection("DynamoDb")</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The configuration section holding <see cref="DynamoDbOptions"/>.</param>
    /// <param name="configureDataAccess">Adjusts what configuration cannot hold (the retry policy), if given.</param>
    /// <returns>A builder to register entities.</returns>
    public static DynamoDbBuilder AddBoto3AssistDynamoDb(this IServiceCollection services, IConfiguration section, Action<DynamoDataAccessOptions>? configureDataAccess = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        var options = new DynamoDbOptions();
        section.Bind(options);
        return Register(services, options, configureDataAccess);
    }

    /// <summary>A TimeProvider registered in the container stamps [CreatedAt]/[UpdatedAt], unless the options chose another.</summary>
    private static DynamoDataAccessOptions WithClock(DynamoDataAccessOptions options, TimeProvider? registered)
    {
        if (registered is not null && ReferenceEquals(options.TimeProvider, TimeProvider.System))
        {
            options.TimeProvider = registered;
        }

        return options;
    }

    private static DynamoDbBuilder Register(IServiceCollection services, DynamoDbOptions options, Action<DynamoDataAccessOptions>? configureDataAccess)
    {
        var dataAccess = new DynamoDataAccessOptions
        {
            TableNamePrefix = options.TableNamePrefix,
            TableNameSuffix = options.TableNameSuffix,
            BatchParallelism = options.BatchParallelism,
            ContinuationTokenKey = string.IsNullOrEmpty(options.ContinuationTokenKey) ? null : Convert.FromBase64String(options.ContinuationTokenKey),
            DefaultTableSettings = options.DefaultTableSettings,
        };
        if (options.Transport is { } transport)
        {
            dataAccess.Transport = transport;
        }

        foreach (var pair in options.TableNames)
        {
            dataAccess.TableNames[pair.Key] = pair.Value;
        }

        foreach (var pair in options.TableSettings)
        {
            dataAccess.TableSettings[pair.Key] = pair.Value;
        }

        configureDataAccess?.Invoke(dataAccess);
        // On the HTTP transport with the client this method registers, the context is built without an SDK client
        // (DynamoDataContext.ForHttp: no client set-up at a cold start) and IAmazonDynamoDB is its lazily built client.
        // A client registered by the application is used as it is, on either transport.
        Func<IServiceProvider, IAmazonDynamoDB> ownClient = null!;
        bool OwnHttpContext(IServiceProvider provider)
            => provider.GetRequiredService<DynamoDataAccessOptions>().Transport == DynamoTransportKind.Http
               && ReferenceEquals(services.LastOrDefault(d => d.ServiceType == typeof(IAmazonDynamoDB))?.ImplementationFactory, ownClient);
        ownClient = provider => OwnHttpContext(provider) ? provider.GetRequiredService<DynamoDataContext>().Client : CreateClient(options);
        services.TryAddSingleton(ownClient);
        services.TryAddSingleton(dataAccess);
        services.TryAddSingleton(provider =>
        {
            var contextOptions = WithClock(provider.GetRequiredService<DynamoDataAccessOptions>(), provider.GetService<TimeProvider>());
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger("Boto3Assist.DynamoDb");
            return OwnHttpContext(provider)
                ? DynamoDataContext.ForHttp(CreateConfig(options), CreateCredentials(options), contextOptions, logger)
                : new DynamoDataContext(provider.GetRequiredService<IAmazonDynamoDB>(), contextOptions, logger);
        });
        var registry = new DynamoDbEntityRegistry();
        services.TryAddSingleton(registry);
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(DynamoDbEntityRegistry) && descriptor.ImplementationInstance is DynamoDbEntityRegistry existing)
            {
                registry = existing;
                break;
            }
        }

        return new DynamoDbBuilder(services, registry);
    }

    private static AmazonDynamoDBClient CreateClient(DynamoDbOptions options)
        => CreateCredentials(options) is { } credentials ? new AmazonDynamoDBClient(credentials, CreateConfig(options)) : new AmazonDynamoDBClient(CreateConfig(options));

    private static AWSCredentials? CreateCredentials(DynamoDbOptions options)
        => string.IsNullOrEmpty(options.AccessKeyId) ? null : new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey ?? string.Empty);

    private static AmazonDynamoDBConfig CreateConfig(DynamoDbOptions options)
    {
        var config = new AmazonDynamoDBConfig();
        if (!string.IsNullOrEmpty(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region ?? "us-east-1";
        }
        else if (!string.IsNullOrEmpty(options.Region))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        return config;
    }
}
