using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Endpoints;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// Where and as whom the HTTP transport sends: the endpoint, signing region and service name, and credentials, read
/// from an <see cref="AmazonDynamoDBConfig"/> and the credentials given with it. Built from the
/// <see cref="AmazonDynamoDBClient"/> a context was given (its config and the credentials it was created with), so
/// both transports talk to the same database as the same principal (DynamoDB Local even keeps one database per
/// access key and region); or from a config alone (<see cref="DynamoDataContext.ForHttp"/>), without an SDK client.
/// </summary>
internal sealed class HttpDynamoEndpoint
{
    private readonly AWSCredentials? _explicitCredentials;
    private Task<AWSCredentials>? _credentials;

    private HttpDynamoEndpoint(AmazonDynamoDBConfig config, AWSCredentials? credentials)
    {
        Config = config;
        _explicitCredentials = credentials;
        Uri = new Uri(string.IsNullOrEmpty(config.ServiceURL)
            ? config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new GetItemRequest())).URL
            : config.ServiceURL);
        var region = !string.IsNullOrEmpty(config.AuthenticationRegion) ? config.AuthenticationRegion
            : config.RegionEndpoint?.SystemName ?? "us-east-1";
        Region = RegionEndpoint.GetBySystemName(region);
        Service = string.IsNullOrEmpty(config.AuthenticationServiceName) ? "dynamodb" : config.AuthenticationServiceName;
    }

    /// <summary>The config: endpoint, region, and the HTTP settings (timeouts, connections, HttpClientFactory).</summary>
    public AmazonDynamoDBConfig Config { get; }

    /// <summary>The endpoint requests are posted to.</summary>
    public Uri Uri { get; }

    /// <summary>The region of the signature's scope.</summary>
    public RegionEndpoint Region { get; }

    /// <summary>The service name of the signature's scope.</summary>
    public string Service { get; }

    /// <summary>The endpoint of an SDK client: its config, and the credentials it was created with.</summary>
    public static HttpDynamoEndpoint Of(AmazonDynamoDBClient client) => new((AmazonDynamoDBConfig)client.Config, Explicit(client));

    /// <summary>The endpoint of a config, with <paramref name="credentials"/> or (when null) the default chain.</summary>
    public static HttpDynamoEndpoint Of(AmazonDynamoDBConfig config, AWSCredentials? credentials) => new(config, credentials);

    /// <summary>
    /// The credentials: those given, else the config's default, else the SDK's default chain (environment, profile,
    /// container, instance role...). Resolved once, on the first call, as the SDK client does; refreshing credentials
    /// (roles, SSO) refresh themselves when the signer asks them.
    /// </summary>
    public Task<AWSCredentials> CredentialsAsync() => _credentials ??= ResolveAsync();

    private async Task<AWSCredentials> ResolveAsync()
        => _explicitCredentials
           ?? Config.DefaultAWSCredentials
           ?? await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync(Config).ConfigureAwait(false);

    // The credentials passed to the client's constructor are held in an internal property of AWSSDK.Core. An
    // UnsafeAccessor reads it without reflection (Native AOT compiles it to a direct call); should a future SDK rename
    // it, the accessor throws MissingMethodException and the default chain is used, as for a client built without any.
    private static AWSCredentials? Explicit(AmazonServiceClient client)
    {
        try
        {
            return ExplicitCredentials(client);
        }
        catch (MissingMethodException)
        {
            return null;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ExplicitAWSCredentials")]
    private static extern AWSCredentials? ExplicitCredentials(AmazonServiceClient client);
}
