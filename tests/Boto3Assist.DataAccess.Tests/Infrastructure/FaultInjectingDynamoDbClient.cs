using System.Collections.Concurrent;
using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Boto3Assist.DataAccess.Tests.Infrastructure;

/// <summary>
/// The real client against DynamoDB Local, with faults injected on the client side: a batch write or get performs only
/// part of each request for real and returns the rest as unprocessed; calls throw throttling or 500 errors the first N
/// times. Counts what was really sent so tests can prove nothing was lost or written twice.
/// </summary>
public sealed class FaultInjectingDynamoDbClient(AWSCredentials credentials, AmazonDynamoDBConfig config) : AmazonDynamoDBClient(credentials, config)
{
    private int _throttlesLeft;
    private int _serverErrorsLeft;
    private int _batchCalls;

    /// <summary>
    /// Whether a batch entry is handed back unprocessed instead of performed, given its key text and how many times it
    /// was offered before (0 the first time). Deterministic per item, whatever the order of parallel requests.
    /// </summary>
    public Func<string, int, bool> HoldBack { get; set; } = (_, _) => false;

    private readonly ConcurrentDictionary<string, int> _offered = new();

    private bool Hold(Dictionary<string, AttributeValue> item)
    {
        var key = KeyText(item);
        var before = _offered.AddOrUpdate(key, 0, (_, n) => n + 1);
        return HoldBack(key, before);
    }

    /// <summary>The first N calls of any kind throw ProvisionedThroughputExceededException.</summary>
    public int ThrottleFirstCalls { set => _throttlesLeft = value; }

    /// <summary>The first N calls of any kind throw a 500 InternalServerErrorException.</summary>
    public int FailFirstCallsWith500 { set => _serverErrorsLeft = value; }

    /// <summary>Every put request really sent to the server, by key text (to prove each item was written exactly once).</summary>
    public ConcurrentDictionary<string, int> PutsSent { get; } = new();

    public int BatchCalls => _batchCalls;

    public int InjectedFaults;

    /// <summary>Called on every Query call.</summary>
    public Action OnQuery { get; set; } = () => { };

    public override async Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken = default)
    {
        InjectCallFault();
        Interlocked.Increment(ref _batchCalls);
        var performed = new Dictionary<string, List<WriteRequest>>();
        var unprocessed = new Dictionary<string, List<WriteRequest>>();
        foreach (var (table, requests) in request.RequestItems)
        {
            var held = requests.Where(r => Hold(r.PutRequest?.Item ?? r.DeleteRequest.Key)).ToList();
            performed[table] = requests.Except(held).ToList();
            if (held.Count > 0)
            {
                unprocessed[table] = held;
            }
        }

        foreach (var (_, requests) in performed)
        {
            foreach (var put in requests.Where(r => r.PutRequest is not null))
            {
                PutsSent.AddOrUpdate(KeyText(put.PutRequest.Item), 1, (_, n) => n + 1);
            }
        }

        var nonEmpty = performed.Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => p.Value);
        if (nonEmpty.Count > 0)
        {
            var real = await base.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = nonEmpty }, cancellationToken);
            if (real.UnprocessedItems is { Count: > 0 })
            {
                throw new InvalidOperationException("DynamoDB Local returned unprocessed items of its own; the test cannot tell them apart.");
            }
        }

        return new BatchWriteItemResponse { UnprocessedItems = unprocessed, HttpStatusCode = HttpStatusCode.OK };
    }

    public override async Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken = default)
    {
        InjectCallFault();
        Interlocked.Increment(ref _batchCalls);
        var performed = new Dictionary<string, KeysAndAttributes>();
        var unprocessed = new Dictionary<string, KeysAndAttributes>();
        foreach (var (table, keys) in request.RequestItems)
        {
            var held = keys.Keys.Where(Hold).ToList();
            performed[table] = new KeysAndAttributes { Keys = keys.Keys.Except(held).ToList(), ConsistentRead = keys.ConsistentRead };
            if (held.Count > 0)
            {
                unprocessed[table] = new KeysAndAttributes { Keys = held, ConsistentRead = keys.ConsistentRead };
            }
        }

        var nonEmpty = performed.Where(p => p.Value.Keys.Count > 0).ToDictionary(p => p.Key, p => p.Value);
        var responses = new Dictionary<string, List<Dictionary<string, AttributeValue>>>();
        if (nonEmpty.Count > 0)
        {
            var real = await base.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = nonEmpty }, cancellationToken);
            responses = real.Responses;
        }

        return new BatchGetItemResponse { Responses = responses, UnprocessedKeys = unprocessed, HttpStatusCode = HttpStatusCode.OK };
    }

    public override Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken = default)
    {
        InjectCallFault();
        PutsSent.AddOrUpdate(KeyText(request.Item), 1, (_, n) => n + 1);
        return base.PutItemAsync(request, cancellationToken);
    }

    public override Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken = default)
    {
        InjectCallFault();
        return base.GetItemAsync(request, cancellationToken);
    }

    public override Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken = default)
    {
        InjectCallFault();
        OnQuery();
        return base.QueryAsync(request, cancellationToken);
    }

    /// <summary>Runs before each UpdateItem is sent (to simulate a concurrent writer).</summary>
    public Func<UpdateItemRequest, Task> BeforeUpdate { get; set; } = _ => Task.CompletedTask;

    public override async Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken = default)
    {
        InjectCallFault();
        await BeforeUpdate(request);
        return await base.UpdateItemAsync(request, cancellationToken);
    }

    public override Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken = default)
    {
        InjectCallFault();
        return base.TransactWriteItemsAsync(request, cancellationToken);
    }

    private void InjectCallFault()
    {
        if (Interlocked.Decrement(ref _throttlesLeft) >= 0)
        {
            Interlocked.Increment(ref InjectedFaults);
            throw new ProvisionedThroughputExceededException("Injected throttling") { StatusCode = HttpStatusCode.BadRequest, ErrorCode = "ProvisionedThroughputExceededException" };
        }

        if (Interlocked.Decrement(ref _serverErrorsLeft) >= 0)
        {
            Interlocked.Increment(ref InjectedFaults);
            throw new InternalServerErrorException("Injected 500") { StatusCode = HttpStatusCode.InternalServerError, ErrorCode = "InternalServerError" };
        }
    }

    private static string KeyText(Dictionary<string, AttributeValue> item)
        => item.TryGetValue("Sku", out var sku) ? sku.S : item["pk"].S + "|" + item["sk"].S;
}
