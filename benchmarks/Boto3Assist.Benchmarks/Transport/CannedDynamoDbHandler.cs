using System.Net;
using System.Net.Http.Headers;

namespace Boto3Assist.Benchmarks.Transport;

/// <summary>
/// Answers every DynamoDB request in-process with a fixed body chosen by its <c>X-Amz-Target</c> operation, so a
/// benchmark measures the client (request writing, signing, response reading, mapping) and not a network or a server.
/// The request body is drained, as a server would read it.
/// </summary>
public sealed class CannedDynamoDbHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.0");
    private readonly Dictionary<string, byte[]> _bodies = new(StringComparer.Ordinal);

    /// <summary>Sets the body answered to an operation such as <c>Query</c>.</summary>
    public CannedDynamoDbHandler Answer(string operation, byte[] body)
    {
        _bodies[operation] = body;
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.First() : "";
        var operation = target[(target.IndexOf('.') + 1)..];
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        if (!_bodies.TryGetValue(operation, out var body))
        {
            throw new InvalidOperationException($"No canned answer for '{operation}'.");
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = AmzJson;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
