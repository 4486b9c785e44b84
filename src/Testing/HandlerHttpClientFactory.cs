using System.Net.Http;
using Amazon.Runtime;

namespace Boto3Assist.Testing;

/// <summary>
/// An AWS SDK <see cref="HttpClientFactory"/> that sends every request of a client through one
/// <see cref="HttpMessageHandler"/>: a canned answer, a fault injector, an interceptor, added latency. Set it as the
/// client config's <c>HttpClientFactory</c>; the handler is never disposed by the SDK (its owner disposes it).
/// </summary>
/// <example>
/// <code>
/// var config = local.CreateClientConfig();
/// config.HttpClientFactory = new HandlerHttpClientFactory(faults);
/// using var client = new AmazonDynamoDBClient(credentials, config);
/// </code>
/// </example>
public sealed class HandlerHttpClientFactory : HttpClientFactory
{
    private readonly HttpMessageHandler _handler;
    private readonly bool _cacheClients;

    /// <summary>Creates the factory.</summary>
    /// <param name="handler">The handler every request goes through.</param>
    /// <param name="cacheClients">
    /// <see langword="false"/> (tests): a new <see cref="HttpClient"/> for each client config, disposed after use (the
    /// handler is not), so a test's handler never serves a client cached by another test. <see langword="true"/>
    /// (benchmarks): the SDK caches the <see cref="HttpClient"/> and keeps it, so a measured call pays nothing for it.
    /// </param>
    public HandlerHttpClientFactory(HttpMessageHandler handler, bool cacheClients = false)
    {
        _handler = handler ?? throw new System.ArgumentNullException(nameof(handler));
        _cacheClients = cacheClients;
    }

    /// <summary>An <see cref="HttpClient"/> over the handler, which it does not dispose.</summary>
    /// <param name="clientConfig">The client config (not used).</param>
    /// <returns>The client.</returns>
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(_handler, disposeHandler: false);

    /// <summary>Whether the SDK caches the <see cref="HttpClient"/>: the <c>cacheClients</c> given.</summary>
    /// <param name="clientConfig">The client config (not used).</param>
    /// <returns>Whether to cache.</returns>
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => _cacheClients;

    /// <summary>Whether the SDK disposes the <see cref="HttpClient"/> after each use: when it does not cache it.</summary>
    /// <param name="clientConfig">The client config (not used).</param>
    /// <returns>Whether to dispose.</returns>
    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => !_cacheClients;
}
