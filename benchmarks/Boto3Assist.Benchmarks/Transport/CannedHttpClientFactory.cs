using Amazon.Runtime;

namespace Boto3Assist.Benchmarks.Transport;

/// <summary>Hands the AWS SDK client an <see cref="HttpClient"/> over a canned handler (its only way in).</summary>
public sealed class CannedHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => true;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;
}
