using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime.Signing;

namespace Boto3Assist.DynamoDb;

/// <summary>
/// The transport that sends DynamoDB requests itself: a POST to the client's endpoint with
/// <c>X-Amz-Target: DynamoDB_20120810.&lt;Op&gt;</c> and a JSON body written with <see cref="Utf8JsonWriter"/> into a
/// pooled buffer, signed with AWSSDK.Core's SigV4 signer; the answer read into a pooled buffer and parsed with
/// <see cref="Utf8JsonReader"/>: into the entity for typed reads (<see cref="DynamoEntityJson{TEntity}"/>), into the
/// SDK's response objects otherwise (<see cref="DynamoResponseJson"/>). Errors become the SDK's exceptions
/// (<see cref="DynamoErrorResponse"/>). Answers are checked against their <c>x-amz-crc32</c>
/// (<see cref="HttpResponseChecksum"/>) and a signature refused for a skewed clock is signed again once with the
/// server's time (<see cref="HttpClockSkew"/>), as the SDK client does. One <see cref="HttpClient"/> with pooled
/// connections per context. No other retries here: <see cref="DynamoCall"/> retries, as for the SDK transport.
/// </summary>
internal sealed class HttpDynamoTransport : DynamoTransport
{
    private const string TargetPrefix = "DynamoDB_20120810.";
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/x-amz-json-1.0");
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, MaxDepth = DynamoResponseJson.MaxDepth };

    private readonly HttpMessageHandler? _handler;
    private readonly HttpDynamoEndpoint _endpoint;
    private readonly HttpClockSkew _clock;
    private HttpClient? _http;

    /// <summary>Creates the transport for <paramref name="client"/>'s endpoint, region and credentials.</summary>
    /// <param name="client">The SDK client whose configuration to use.</param>
    /// <param name="handler">The handler under the signer (tests, benchmarks); else the client config's HttpClientFactory, else a pooled <see cref="SocketsHttpHandler"/>.</param>
    /// <param name="time">The clock requests are signed with (corrected for skew).</param>
    public HttpDynamoTransport(AmazonDynamoDBClient client, HttpMessageHandler? handler, TimeProvider time)
        : this(HttpDynamoEndpoint.Of(client), handler, time)
    {
    }

    /// <summary>Creates the transport for an endpoint (a config and credentials, no SDK client).</summary>
    /// <param name="endpoint">Where and as whom to send.</param>
    /// <param name="handler">The handler under the signer; else the config's HttpClientFactory, else a pooled <see cref="SocketsHttpHandler"/>.</param>
    /// <param name="time">The clock requests are signed with (corrected for skew).</param>
    public HttpDynamoTransport(HttpDynamoEndpoint endpoint, HttpMessageHandler? handler, TimeProvider time)
    {
        _handler = handler;
        _endpoint = endpoint;
        _clock = new HttpClockSkew(time);
    }

    public override DynamoTransportKind Kind => DynamoTransportKind.Http;

    /// <summary>Reads an answer body into a result; <typeparamref name="TState"/> carries what the reader needs (the request).</summary>
    private delegate TResult ResponseReader<TState, TResult>(ReadOnlySpan<byte> json, TState state);

    public override Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken)
        => SendAsync("GetItem", request, static (w, r) => DynamoRequestJson.GetItem(w, r), static (json, _) => DynamoResponseJson.GetItem(json), cancellationToken);

    public override Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken)
        => SendAsync("Query", request, static (w, r) => DynamoRequestJson.Query(w, r), static (json, _) => DynamoResponseJson.Query(json), cancellationToken);

    public override Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken)
        => SendAsync("Scan", request, static (w, r) => DynamoRequestJson.Scan(w, r), static (json, _) => DynamoResponseJson.Scan(json), cancellationToken);

    public override Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken)
        => SendAsync("BatchGetItem", request, static (w, r) => DynamoRequestJson.BatchGetItem(w, r), static (json, _) => DynamoResponseJson.BatchGetItem(json), cancellationToken);

    public override Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken)
        => SendAsync("PutItem", request, static (w, r) => DynamoRequestJson.PutItem(w, r), static (json, _) => DynamoResponseJson.PutItem(json), cancellationToken);

    public override Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken)
        => SendAsync("DeleteItem", request, static (w, r) => DynamoRequestJson.DeleteItem(w, r), static (json, _) => DynamoResponseJson.DeleteItem(json), cancellationToken);

    public override Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken)
        => SendAsync("UpdateItem", request, static (w, r) => DynamoRequestJson.UpdateItem(w, r), static (json, _) => DynamoResponseJson.UpdateItem(json), cancellationToken);

    public override Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken)
        => SendAsync("BatchWriteItem", request, static (w, r) => DynamoRequestJson.BatchWriteItem(w, r), static (json, _) => DynamoResponseJson.BatchWriteItem(json), cancellationToken);

    public override Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken)
        => SendAsync("TransactWriteItems", request, static (w, r) => DynamoRequestJson.TransactWriteItems(w, r), static (json, _) => DynamoResponseJson.TransactWriteItems(json), cancellationToken);

    public override Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, CancellationToken cancellationToken)
        => SendAsync("TransactGetItems", request, static (w, r) => DynamoRequestJson.TransactGetItems(w, r), static (json, _) => DynamoResponseJson.TransactGetItems(json), cancellationToken);

    public override Task<DynamoEntityResult<TEntity>> GetEntityAsync<TEntity>(GetItemRequest request, CancellationToken cancellationToken)
        => SendAsync("GetItem", request, static (w, r) => DynamoRequestJson.GetItem(w, r), static (json, r) => DynamoEntityJson<TEntity>.GetItem(json, r.TableName), cancellationToken);

    public override Task<DynamoEntityResult<TEntity>> UpdateEntityAsync<TEntity>(UpdateItemRequest request, CancellationToken cancellationToken)
        => SendAsync("UpdateItem", request, static (w, r) => DynamoRequestJson.UpdateItem(w, r), static (json, r) => DynamoEntityJson<TEntity>.Attributes(json, r.TableName), cancellationToken);

    public override Task<DynamoEntityResult<TEntity>> DeleteEntityAsync<TEntity>(DeleteItemRequest request, CancellationToken cancellationToken)
        => SendAsync("DeleteItem", request, static (w, r) => DynamoRequestJson.DeleteItem(w, r), static (json, r) => DynamoEntityJson<TEntity>.Attributes(json, r.TableName), cancellationToken);

    public override Task<DynamoEntityPage<TEntity>> QueryEntitiesAsync<TEntity>(QueryRequest request, CancellationToken cancellationToken)
        => SendAsync("Query", request, static (w, r) => DynamoRequestJson.Query(w, r), static (json, r) => DynamoEntityJson<TEntity>.Page(json, r.TableName), cancellationToken);

    public override Task<DynamoCollectionPage> QueryCollectionAsync(QueryRequest request, CollectionReaders readers, CancellationToken cancellationToken)
        => SendAsync("Query", (request, readers), static (w, s) => DynamoRequestJson.Query(w, s.request), static (json, s) => DynamoCollectionJson.Page(json, s.readers), cancellationToken);

    public override Task<DynamoEntityPage<TEntity>> ScanEntitiesAsync<TEntity>(ScanRequest request, CancellationToken cancellationToken)
        => SendAsync("Scan", request, static (w, r) => DynamoRequestJson.Scan(w, r), static (json, r) => DynamoEntityJson<TEntity>.Page(json, r.TableName), cancellationToken);

    public override Task<DynamoBatchGetPage> BatchGetEntitiesAsync(BatchGetItemRequest request, BatchChunkIndex index, CancellationToken cancellationToken)
        => SendAsync("BatchGetItem", (request, index), static (w, s) => DynamoRequestJson.BatchGetItem(w, s.request), static (json, s) => DynamoBatchGetJson.Read(json, s.index), cancellationToken);

    public override Task<DynamoTransactGetPage> TransactGetEntitiesAsync(TransactGetItemsRequest request, IReadOnlyList<TransactGetRead> reads, CancellationToken cancellationToken)
        => SendAsync("TransactGetItems", (request, reads), static (w, s) => DynamoRequestJson.TransactGetItems(w, s.request), static (json, s) => DynamoTransactGetJson.Read(json, s.reads), cancellationToken);

    public override bool WritesItemJson => true;

    public override Task<PutItemResponse> PutItemJsonAsync(PutItemRequest request, ReadOnlyMemory<byte> item, CancellationToken cancellationToken)
        => SendAsync("PutItem", (request, item), static (w, s) => DynamoRequestJson.PutItem(w, s.request, s.item), static (json, _) => DynamoResponseJson.PutItem(json), cancellationToken);

    public override Task<TransactWriteItemsResponse> TransactWriteItemsJsonAsync(TransactWriteItemsRequest request, IReadOnlyList<byte[]?> itemsJson, CancellationToken cancellationToken)
        => SendAsync("TransactWriteItems", (request, itemsJson), static (w, s) => DynamoRequestJson.TransactWriteItems(w, s.request, s.itemsJson), static (json, _) => DynamoResponseJson.TransactWriteItems(json), cancellationToken);

    public override Task<DynamoBatchWritePage> BatchWriteEntriesAsync(IReadOnlyList<BatchEntry> pending, BatchChunkIndex index, CancellationToken cancellationToken)
        => SendAsync("BatchWriteItem", (pending, index), static (w, s) => DynamoRequestJson.BatchWriteEntries(w, s.pending), static (json, s) => DynamoBatchWriteJson.Read(json, s.index), cancellationToken);

    private async Task<TResult> SendAsync<TState, TResult>(
        string operation,
        TState state,
        Action<Utf8JsonWriter, TState> write,
        ResponseReader<TState, TResult> read,
        CancellationToken cancellationToken)
    {
        using var body = new PooledByteBuffer();
        using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            write(writer, state);
        }

        var target = TargetPrefix + operation;
        using var answer = new PooledByteBuffer();
        for (var corrected = false; ; corrected = true)
        {
            var (status, requestId, serverTime) = await ExchangeAsync(target, body, answer, cancellationToken).ConfigureAwait(false);
            if ((int)status is >= 200 and <= 299)
            {
                return read(answer.WrittenSpan, state);
            }

            var error = DynamoErrorResponse.Map(status, answer.WrittenSpan, requestId);
            // A signature refused for the local clock: signed again once with the server's time, as the SDK client
            // does. Once per call: a second refusal is thrown, never looped on.
            if (corrected || !_clock.Correct(error, serverTime))
            {
                throw error;
            }

            answer.Clear();
        }
    }

    // One signed POST of the body and its answer read into `answer`, checked against its CRC32. Returns the status,
    // the request id and the server's Date (for clock skew).
    private async Task<(System.Net.HttpStatusCode Status, string? RequestId, DateTimeOffset? ServerTime)> ExchangeAsync(string target, PooledByteBuffer body, PooledByteBuffer answer, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint.Uri)
        {
            Content = new ReadOnlyMemoryContent(body.WrittenMemory),
        };
        request.Content.Headers.ContentType = JsonContentType;
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        await SignAsync(request, target, body, cancellationToken).ConfigureAwait(false);

        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var requestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.FirstOrDefault() : null;
        using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
        {
            await answer.ReadFromAsync(stream, response.Content.Headers.ContentLength, cancellationToken).ConfigureAwait(false);
        }

        HttpResponseChecksum.Verify(response, answer.WrittenSpan, requestId);
        return (response.StatusCode, requestId, response.Headers.Date);
    }

    private async Task SignAsync(HttpRequestMessage request, string target, PooledByteBuffer body, CancellationToken cancellationToken)
    {
        var signing = new AWSSigningRequest
        {
            HttpMethod = HttpMethod.Post,
            RequestUri = _endpoint.Uri,
            ContentStream = new MemoryStream(body.Array, 0, body.Length, writable: false),
        };
        signing.Headers["X-Amz-Target"] = target;
        signing.Headers["Content-Type"] = JsonContentType.MediaType!;
        var parameters = new AWSSigV4Parameters
        {
            Credentials = await _endpoint.CredentialsAsync().ConfigureAwait(false),
            Region = _endpoint.Region,
            Service = _endpoint.Service,
            SignPayload = true,
            SignedAt = _clock.Now(),
        };
        var signed = await AWSSigV4Signer.SignAsync(signing, parameters, cancellationToken).ConfigureAwait(false);
        foreach (var (name, value) in signed.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }

    // Created on first use: the client config's HttpClientFactory when it has one (proxies, test fault injection, as
    // the SDK would use), else the injected handler, else one pooled SocketsHttpHandler for this context.
    private HttpClient Http => _http ?? Interlocked.CompareExchange(ref _http, CreateHttp(), null) ?? _http;

    private HttpClient CreateHttp()
    {
        var config = _endpoint.Config;
        if (_handler is not null)
        {
            return new HttpClient(_handler, disposeHandler: false) { Timeout = config.Timeout ?? TimeSpan.FromSeconds(100) };
        }

        if (config.HttpClientFactory is { } factory)
        {
            return factory.CreateHttpClient(config);
        }

        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            UseCookies = false,
        };
        if (config.MaxConnectionsPerServer is { } connections)
        {
            handler.MaxConnectionsPerServer = connections;
        }

        if (config.ConnectTimeout is { } connect)
        {
            handler.ConnectTimeout = connect;
        }

        return new HttpClient(handler) { Timeout = config.Timeout ?? TimeSpan.FromSeconds(100) };
    }
}
