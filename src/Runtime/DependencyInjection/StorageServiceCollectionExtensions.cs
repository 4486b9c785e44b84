using System;
using Amazon;
using Amazon.S3;
using Boto3Assist.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers S3: the client and the <see cref="S3ObjectStore"/>.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAmazonS3"/> (unless one is registered already) configured by <see cref="S3ClientOptions"/>,
    /// and <see cref="S3ObjectStore"/> configured by <see cref="S3StoreOptions"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="clientConfiguration">A section binding <see cref="S3ClientOptions"/>, or <see langword="null"/>.</param>
    /// <param name="storeConfiguration">A section binding <see cref="S3StoreOptions"/>, or <see langword="null"/>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddBoto3AssistS3(this IServiceCollection services, IConfiguration? clientConfiguration = null, IConfiguration? storeConfiguration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var client = services.AddOptions<S3ClientOptions>();
        if (clientConfiguration is not null)
        {
            client.Bind(clientConfiguration);
        }

        var store = services.AddOptions<S3StoreOptions>();
        if (storeConfiguration is not null)
        {
            store.Bind(storeConfiguration);
        }

        store.Validate(
            o =>
            {
                o.Validate();
                return true;
            },
            "S3StoreOptions are not valid.");
        services.TryAddSingleton<IAmazonS3>(provider => CreateClient(provider.GetRequiredService<IOptions<S3ClientOptions>>().Value));
        services.TryAddSingleton(provider => new S3ObjectStore(
            provider.GetRequiredService<IAmazonS3>(),
            provider.GetRequiredService<IOptions<S3StoreOptions>>().Value,
            provider.GetService<ILogger<S3ObjectStore>>()));
        return services;
    }

    private static AmazonS3Client CreateClient(S3ClientOptions options)
    {
        var config = new AmazonS3Config();
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region ?? "us-east-1";
            config.ForcePathStyle = options.ForcePathStyle ?? true;
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(options.Region))
            {
                config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
            }

            config.ForcePathStyle = options.ForcePathStyle ?? false;
        }

        return new AmazonS3Client(config);
    }
}
