using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Boto3Assist.Testing;

/// <summary>
/// Reads a table's stream from DynamoDB Local over its Streams JSON API (<c>DynamoDBStreams_20120810.*</c>, the same
/// endpoint as DynamoDB) with a plain HTTP client, since AWSSDK.DynamoDBStreams is not needed for this, and returns the
/// records in the shape Lambda delivers them (<c>{"Records":[...]}</c> with <c>eventSourceARN</c>), ready for a
/// stream handler under test. DynamoDB Local accepts any credentials, so requests carry an unsigned authorization header
/// that only names the access key and region (DynamoDB Local keeps a database per key and region).
/// </summary>
public sealed class DynamoDbLocalStreams : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _authorization;

    /// <summary>Creates a reader.</summary>
    /// <param name="serviceUrl">DynamoDB Local's URL (<see cref="LoopbackServer.ServiceUrl"/>).</param>
    /// <param name="accessKeyId">The access key the tables were created with (<c>local</c> for <see cref="DynamoDbLocal.CreateClient"/>).</param>
    /// <param name="region">The region the tables were created in.</param>
    public DynamoDbLocalStreams(Uri serviceUrl, string accessKeyId = "local", string region = "us-east-1")
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        _http = new HttpClient { BaseAddress = serviceUrl, Timeout = TimeSpan.FromSeconds(30) };
        _authorization = $"AWS4-HMAC-SHA256 Credential={accessKeyId}/20200101/{region}/dynamodb/aws4_request, SignedHeaders=host, Signature=0";
    }

    /// <summary>Every record of the stream so far (all shards, from the trim horizon), as a Lambda DynamoDB stream event.</summary>
    /// <param name="streamArn">The stream (<c>DescribeTable</c>'s <c>LatestStreamArn</c>).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The event JSON.</returns>
    public async Task<string> ReadEventJsonAsync(string streamArn, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamArn);
        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("Records");
            foreach (var shard in await ShardIdsAsync(streamArn, cancellationToken).ConfigureAwait(false))
            {
                await WriteShardAsync(writer, streamArn, shard, cancellationToken).ConfigureAwait(false);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private async Task<List<string>> ShardIdsAsync(string streamArn, CancellationToken cancellationToken)
    {
        var shards = new List<string>();
        string? start = null;
        do
        {
            var body = start is null
                ? new Dictionary<string, string> { ["StreamArn"] = streamArn }
                : new Dictionary<string, string> { ["StreamArn"] = streamArn, ["ExclusiveStartShardId"] = start };
            using var response = await CallAsync("DescribeStream", body, cancellationToken).ConfigureAwait(false);
            var description = response.RootElement.GetProperty("StreamDescription");
            foreach (var shard in description.GetProperty("Shards").EnumerateArray())
            {
                shards.Add(shard.GetProperty("ShardId").GetString()!);
            }

            start = description.TryGetProperty("LastEvaluatedShardId", out var last) ? last.GetString() : null;
        }
        while (start is not null);
        return shards;
    }

    private async Task WriteShardAsync(Utf8JsonWriter writer, string streamArn, string shardId, CancellationToken cancellationToken)
    {
        string? iterator;
        using (var response = await CallAsync("GetShardIterator", new Dictionary<string, string> { ["StreamArn"] = streamArn, ["ShardId"] = shardId, ["ShardIteratorType"] = "TRIM_HORIZON" }, cancellationToken).ConfigureAwait(false))
        {
            iterator = response.RootElement.GetProperty("ShardIterator").GetString();
        }

        // An open shard always hands out a next iterator: stop at the first empty page.
        while (iterator is not null)
        {
            using var page = await CallAsync("GetRecords", new Dictionary<string, string> { ["ShardIterator"] = iterator }, cancellationToken).ConfigureAwait(false);
            var records = page.RootElement.GetProperty("Records");
            if (records.GetArrayLength() == 0)
            {
                break;
            }

            foreach (var record in records.EnumerateArray())
            {
                writer.WriteStartObject();
                foreach (var property in record.EnumerateObject())
                {
                    property.WriteTo(writer);
                }

                if (!record.TryGetProperty("eventSourceARN", out _))
                {
                    writer.WriteString("eventSourceARN", streamArn);
                }

                writer.WriteEndObject();
            }

            iterator = page.RootElement.TryGetProperty("NextShardIterator", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
    }

    private async Task<JsonDocument> CallAsync(string operation, Dictionary<string, string> body, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        using (var writer = new Utf8JsonWriter(content))
        {
            writer.WriteStartObject();
            foreach (var pair in body)
            {
                writer.WriteString(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(content.ToArray()) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDBStreams_20120810." + operation);
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new TestServerException($"DynamoDB Local refused Streams {operation} ({(int)response.StatusCode}): {text}");
        }

        return JsonDocument.Parse(text);
    }
}
