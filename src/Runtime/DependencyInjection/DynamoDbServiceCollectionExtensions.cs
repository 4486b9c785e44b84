using System;
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
        services.TryAddSingleton<IAmazonDynamoDB>(_ => CreateClient(options));
        services.TryAddSingleton(dataAccess);
        services.TryAddSingleton(provider => new DynamoDataContext(
            provider.GetRequiredService<IAmazonDynamoDB>(),
            WithClock(provider.GetRequiredService<DynamoDataAccessOptions>(), provider.GetService<TimeProvider>()),
            provider.GetService<ILoggerFactory>()?.CreateLogger("Boto3Assist.DynamoDb")));
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

        return string.IsNullOrEmpty(options.AccessKeyId)
            ? new AmazonDynamoDBClient(config)
            : new AmazonDynamoDBClient(new BasicAWSCredentials(options.AccessKeyId, options.SecretAccessKey ?? string.Empty), config);
    }
}
