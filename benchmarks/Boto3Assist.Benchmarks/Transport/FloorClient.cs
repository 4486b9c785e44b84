using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using Boto3Assist.Benchmarks.Models;

namespace Boto3Assist.Benchmarks.Transport;

/// <summary>
/// The floor of a whole call: the request body written by hand with <see cref="Utf8JsonWriter"/> into a pooled buffer,
/// signed by AWSSDK.Core's <see cref="SigV4SigningHandler"/>, sent with one pooled <see cref="HttpClient"/>, the response
/// read into a pooled buffer and parsed by hand (<see cref="PersonWireJson"/>). No retries, no telemetry, no checks a
/// library must make: the least code that could do the job.
/// </summary>
public sealed class FloorClient : IDisposable
{
    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.0");
    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public FloorClient(HttpMessageHandler handler, AWSCredentials credentials, Uri endpoint)
    {
        _http = new HttpClient(new SigV4SigningHandler(credentials, RegionEndpoint.USEast1, "dynamodb", handler), disposeHandler: false);
        _endpoint = endpoint;
    }

    public async Task<List<Person>> QueryAsync(string id, CancellationToken cancellationToken = default)
    {
        var body = await SendAsync("DynamoDB_20120810.Query", id, static (writer, id) =>
        {
            writer.WriteStartObject();
            writer.WriteString("TableName"u8, CannedBodies.TableName);
            writer.WriteString("KeyConditionExpression"u8, "#k0 = :v0");
            writer.WriteStartObject("ExpressionAttributeNames"u8);
            writer.WriteString("#k0"u8, "Id"u8);
            writer.WriteEndObject();
            writer.WriteStartObject("ExpressionAttributeValues"u8);
            writer.WriteStartObject(":v0"u8);
            writer.WriteString("S"u8, id);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
        try
        {
            return PersonWireJson.ReadItemsResponse(body.Span);
        }
        finally
        {
            body.Return();
        }
    }

    public async Task<Person?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var body = await SendAsync("DynamoDB_20120810.GetItem", id, static (writer, id) =>
        {
            writer.WriteStartObject();
            writer.WriteString("TableName"u8, CannedBodies.TableName);
            writer.WriteStartObject("Key"u8);
            writer.WriteStartObject("Id"u8);
            writer.WriteString("S"u8, id);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
        try
        {
            return PersonWireJson.ReadGetResponse(body.Span);
        }
        finally
        {
            body.Return();
        }
    }

    public async Task<List<Person>> BatchGetAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        var body = await SendAsync("DynamoDB_20120810.BatchGetItem", ids, static (writer, ids) =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("RequestItems"u8);
            writer.WriteStartObject(CannedBodies.TableName);
            writer.WriteStartArray("Keys"u8);
            foreach (var id in ids)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("Id"u8);
                writer.WriteString("S"u8, id);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
        try
        {
            return PersonWireJson.ReadBatchGetResponse(body.Span);
        }
        finally
        {
            body.Return();
        }
    }

    public async Task PutAsync(Person person, CancellationToken cancellationToken = default)
    {
        var body = await SendAsync("DynamoDB_20120810.PutItem", person, static (writer, person) => PersonWireJson.WritePutRequest(writer, CannedBodies.TableName, person), cancellationToken).ConfigureAwait(false);
        body.Return();
    }

    public async Task BatchPutAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken = default)
    {
        var body = await SendAsync("DynamoDB_20120810.BatchWriteItem", people, static (writer, people) => PersonWireJson.WriteBatchPutRequest(writer, CannedBodies.TableName, people), cancellationToken).ConfigureAwait(false);
        body.Return();
    }

    public void Dispose() => _http.Dispose();

    private async Task<PooledBody> SendAsync<TState>(string target, TState state, Action<Utf8JsonWriter, TState> writeBody, CancellationToken cancellationToken)
    {
        var requestBuffer = new PooledBufferWriter(1024);
        try
        {
            using (var writer = new Utf8JsonWriter(requestBuffer))
            {
                writeBody(writer, state);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ReadOnlyMemoryContent(requestBuffer.WrittenMemory) };
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
            request.Content.Headers.ContentType = AmzJson;
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var length = (int)(response.Content.Headers.ContentLength ?? throw new InvalidOperationException("No Content-Length."));
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await stream.ReadExactlyAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            return new PooledBody(buffer, length);
        }
        finally
        {
            requestBuffer.Dispose();
        }
    }

    private readonly record struct PooledBody(byte[] Buffer, int Length)
    {
        public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

        public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> over arrays from the shared pool.</summary>
    private sealed class PooledBufferWriter(int initialSize) : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(initialSize);
        private int _written;

        public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Grow(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Grow(sizeHint);
            return _buffer.AsSpan(_written);
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

        private void Grow(int sizeHint)
        {
            if (_buffer.Length - _written >= Math.Max(sizeHint, 1))
            {
                return;
            }

            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _written + sizeHint));
            _buffer.AsSpan(0, _written).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
    }
}
