using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using Amazon.SQS;
using Boto3Assist.Testing;

namespace Boto3Assist.Runtime.Tests.Infrastructure;

/// <summary>
/// Client-side fault injection for the real fauxqs: on SendMessageBatch, entries chosen by <see cref="FailEntry"/> are
/// taken out of the request before it reaches the server and reported back as failed, exactly as SQS reports an
/// entry it could not store. Everything else goes to the server untouched.
/// </summary>
public sealed class SqsBatchFaultInjector : DelegatingHandler
{
    private int _batchCalls;

    public SqsBatchFaultInjector()
        : base(new HttpClientHandler())
    {
    }

    /// <summary>Given (batch call number from 1, entry body), returns the failure code to inject, or null to pass it through.</summary>
    public Func<int, string, (string Code, bool SenderFault)?> FailEntry { get; set; } = (_, _) => null;

    public int BatchCalls => _batchCalls;

    /// <summary>Given (SQS action, request JSON), whether the whole request fails with HTTP 500 InternalError before reaching the server.</summary>
    public Func<string, string, bool> FailRequest { get; set; } = (_, _) => false;

    public AmazonSQSClient CreateClient(AmazonSQSConfig config)
    {
        config.HttpClientFactory = new HandlerHttpClientFactory(this);
        return new AmazonSQSClient(new BasicAWSCredentials("local", "local"), config);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var action = request.Headers.TryGetValues("X-Amz-Target", out var targets) ? targets.First().Split('.').Last() : string.Empty;
        var requestJson = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        if (FailRequest(action, requestJson))
        {
            return new HttpResponseMessage(System.Net.HttpStatusCode.InternalServerError)
            {
                RequestMessage = request,
                Content = new StringContent("{\"__type\":\"com.amazonaws.sqs#InternalError\",\"message\":\"injected\"}", Encoding.UTF8, "application/x-amz-json-1.0"),
            };
        }

        if (action != "SendMessageBatch")
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var call = Interlocked.Increment(ref _batchCalls);
        var body = JsonNode.Parse(requestJson)!.AsObject();
        var entries = body["Entries"]!.AsArray();
        var injected = new JsonArray();
        foreach (var entry in entries.ToList())
        {
            if (FailEntry(call, entry!["MessageBody"]!.GetValue<string>()) is { } failure)
            {
                entries.Remove(entry);
                injected.Add(new JsonObject { ["Id"] = entry["Id"]!.GetValue<string>(), ["Code"] = failure.Code, ["SenderFault"] = failure.SenderFault, ["Message"] = "injected" });
            }
        }

        if (entries.Count == 0)
        {
            // SQS rejects an empty batch, so when every entry fails the server is not asked at all.
            var all = new JsonObject { ["Successful"] = new JsonArray(), ["Failed"] = injected };
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new StringContent(all.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.0"),
            };
        }

        var headers = request.Content!.Headers.ContentType;
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        request.Content.Headers.ContentType = headers ?? new MediaTypeHeaderValue("application/x-amz-json-1.0");
        var response = await base.SendAsync(request, cancellationToken);
        if (injected.Count == 0 || !response.IsSuccessStatusCode)
        {
            return response;
        }

        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        var failed = result["Failed"] as JsonArray ?? [];
        foreach (var item in injected.ToList())
        {
            injected.Remove(item);
            failed.Add(item);
        }

        result["Failed"] = failed;
        var contentType = response.Content.Headers.ContentType;
        response.Content = new StringContent(result.ToJsonString(), Encoding.UTF8);
        response.Content.Headers.ContentType = contentType;
        return response;
    }
}
