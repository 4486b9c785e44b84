using System.Net;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Boto3Assist.Testing;

namespace Boto3Assist.DataAccess.Tests.Infrastructure;

/// <summary>A fault on one HTTP call, injected between the real SDK client and the real DynamoDB Local.</summary>
public enum HttpFault
{
    /// <summary>The call goes through untouched.</summary>
    None,

    /// <summary>The server applies the request, then the client times out before the answer (HttpClient's timeout).</summary>
    TimeoutAfterApplied,

    /// <summary>The connection breaks before the request reaches the server.</summary>
    ConnectionResetBeforeSending,

    /// <summary>The connection breaks after the server applied the request, before the answer arrives.</summary>
    ConnectionResetAfterApplied,

    /// <summary>The server applies the request, then a 500 InternalServerError comes back instead of its answer.</summary>
    ServerErrorAfterApplied,

    /// <summary>A 400 ProvisionedThroughputExceededException, without reaching the server.</summary>
    Throttled,

    /// <summary>The server applies the request, then the caller cancels (<see cref="HttpFaultInjector.CancelCaller"/>) while the answer is on its way.</summary>
    CancelAfterApplied,
}

/// <summary>
/// Client-side fault injection on the HTTP pipeline of a real <see cref="AmazonDynamoDBClient"/> (SDK retries off), as a
/// flaky network or an overloaded service would behave: <see cref="Choose"/> picks a fault for each call from its
/// action, its number (from 1, per action) and its JSON body. Everything not faulted goes to DynamoDB Local untouched.
/// </summary>
public sealed class HttpFaultInjector : DelegatingHandler
{
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);

    public HttpFaultInjector()
        : base(new HttpClientHandler())
    {
    }

    /// <summary>Given (action, call number of that action from 1, request JSON), the fault to inject.</summary>
    public Func<string, int, string, HttpFault> Choose { get; set; } = (_, _, _) => HttpFault.None;

    /// <summary>Cancelled by <see cref="HttpFault.CancelAfterApplied"/>: pass its token to the call under test.</summary>
    public CancellationTokenSource CancelCaller { get; } = new();

    /// <summary>Calls per action, faulted or not.</summary>
    public int Calls(string action)
    {
        lock (_calls)
        {
            return _calls.GetValueOrDefault(action);
        }
    }

    /// <summary>A real client for <paramref name="config"/> whose calls go through this injector, with the SDK's own retries off.</summary>
    public AmazonDynamoDBClient CreateClient(AmazonDynamoDBConfig config)
    {
        config.MaxErrorRetry = 0;
        config.HttpClientFactory = new HandlerHttpClientFactory(this);
        return new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var action = request.Headers.TryGetValues("X-Amz-Target", out var targets) ? targets.First().Split('.').Last() : string.Empty;
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        int call;
        lock (_calls)
        {
            call = _calls[action] = _calls.GetValueOrDefault(action) + 1;
        }

        var fault = Choose(action, call, body);
        switch (fault)
        {
            case HttpFault.ConnectionResetBeforeSending:
                throw new HttpRequestException("An error occurred while sending the request.", new IOException("Connection reset by peer (injected)"));
            case HttpFault.Throttled:
                return Error(request, HttpStatusCode.BadRequest, "ProvisionedThroughputExceededException");
        }

        var response = await base.SendAsync(request, cancellationToken);
        switch (fault)
        {
            case HttpFault.TimeoutAfterApplied:
                response.Dispose();
                throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout (injected).", new TimeoutException("injected"));
            case HttpFault.ConnectionResetAfterApplied:
                response.Dispose();
                throw new HttpRequestException("Error while copying content to a stream.", new IOException("Connection reset by peer (injected)"));
            case HttpFault.ServerErrorAfterApplied:
                response.Dispose();
                return Error(request, HttpStatusCode.InternalServerError, "InternalServerError");
            case HttpFault.CancelAfterApplied:
                response.Dispose();
                await CancelCaller.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
                throw new InvalidOperationException("The call under test was not given HttpFaultInjector.CancelCaller's token.");
            default:
                return response;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CancelCaller.Dispose();
        }

        base.Dispose(disposing);
    }

    private static HttpResponseMessage Error(HttpRequestMessage request, HttpStatusCode status, string code) => new(status)
    {
        RequestMessage = request,
        Content = new StringContent($"{{\"__type\":\"com.amazonaws.dynamodb.v20120810#{code}\",\"message\":\"injected\"}}", Encoding.UTF8, "application/x-amz-json-1.0"),
    };
}
