using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace Orders;

/// <summary>How the sample reaches a DynamoDB endpoint given with --endpoint: the config and the credentials.</summary>
public static class SampleClient
{
    /// <summary>The config of <paramref name="endpoint"/>, signed for AWS_REGION (us-east-1 when unset).</summary>
    public static AmazonDynamoDBConfig Config(Uri endpoint) => new()
    {
        ServiceURL = endpoint.ToString(),
        AuthenticationRegion = Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1",
    };

    /// <summary>
    /// A local endpoint accepts any credentials: fixed ones unless real ones are in the environment, then
    /// <see langword="null"/> (the SDK's usual chain).
    /// </summary>
    public static AWSCredentials? Credentials()
        => Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is null ? new BasicAWSCredentials("local", "local") : null;

    /// <summary>An SDK client for <paramref name="endpoint"/>.</summary>
    public static IAmazonDynamoDB Create(Uri endpoint)
        => Credentials() is { } credentials ? new AmazonDynamoDBClient(credentials, Config(endpoint)) : new AmazonDynamoDBClient(Config(endpoint));
}
