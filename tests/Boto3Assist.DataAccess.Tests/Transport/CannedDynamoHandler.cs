using System.Net;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Boto3Assist.DynamoDb;
using Boto3Assist.Testing;

namespace Boto3Assist.DataAccess.Tests.Transport;

/// <summary>One fixed answer of the canned handler: an HTTP status and a JSON body.</summary>
public sealed record CannedAnswer(HttpStatusCode Status, string Body)
{
    public static CannedAnswer Ok(string body = "{}") => new(HttpStatusCode.OK, body);

    /// <summary>Response headers to send besides the request id (<c>x-amz-crc32</c>, <c>Date</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>A DynamoDB error answer: <c>{"__type":"com.amazonaws.dynamodb.v20120810#Code","message":"..."}</c> plus extra members.</summary>
    public static CannedAnswer Error(HttpStatusCode status, string code, string message, string extra = "", string prefix = "com.amazonaws.dynamodb.v20120810#")
        => new(status, $"{{\"__type\":\"{prefix}{code}\",\"message\":\"{message}\"{extra}}}");
}

/// <summary>
/// An <see cref="HttpMessageHandler"/> that answers DynamoDB calls with fixed answers, in order (the last one repeats), and
/// records every request (target and body). It serves both transports: under the SDK client through
/// <see cref="AmazonDynamoDBConfig.HttpClientFactory"/>, under the HTTP transport's signer through
/// <see cref="DynamoDataAccessOptions.HttpHandler"/>; so both are given exactly the same bytes.
/// </summary>
public sealed class CannedDynamoHandler(params CannedAnswer[] answers) : HttpMessageHandler
{
    private readonly List<(string Target, string Body, HttpRequestMessage Request)> _requests = [];

    public IReadOnlyList<(string Target, string Body, HttpRequestMessage Request)> Requests => _requests;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var target = request.Headers.TryGetValues("X-Amz-Target", out var targets) ? targets.First() : string.Empty;
        CannedAnswer answer;
        lock (_requests)
        {
            _requests.Add((target, body, request));
            answer = answers[Math.Min(_requests.Count, answers.Length) - 1];
        }

        var response = new HttpResponseMessage(answer.Status)
        {
            RequestMessage = request,
            Content = new StringContent(answer.Body, Encoding.UTF8, "application/x-amz-json-1.0"),
        };
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "canned-request-id");
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    /// <summary>
    /// A context on <paramref name="transport"/> whose every call this handler answers: a real SDK client (its own
    /// retries off, as the data access layer's retry policy is under test) and, for HTTP, the handler under the signer.
    /// </summary>
    public DynamoDataContext Context(DynamoTransportKind transport, DynamoRetryPolicy? retryPolicy = null, TimeProvider? time = null)
    {
        var config = new AmazonDynamoDBConfig
        {
            ServiceURL = "http://127.0.0.1:1",
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
            HttpClientFactory = new HandlerHttpClientFactory(this),
        };
        var client = new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);
        return new DynamoDataContext(client, new DynamoDataAccessOptions
        {
            Transport = transport,
            HttpHandler = transport == DynamoTransportKind.Http ? this : null,
            RetryPolicy = retryPolicy ?? NoWaitRetries(3),
            TimeProvider = time ?? TimeProvider.System,
        });
    }

    /// <summary>A retry policy of <paramref name="attempts"/> attempts that does not wait.</summary>
    public static DynamoRetryPolicy NoWaitRetries(int attempts) => new() { MaxAttempts = attempts, Delay = (_, _) => Task.CompletedTask, Jitter = () => 0.5 };
}
