using System.Threading;
using System.Threading.Tasks;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Boto3Assist.DynamoDb;

/// <summary>The transport through the AWS SDK client: each operation is the client's own method.</summary>
internal sealed class SdkDynamoTransport(IAmazonDynamoDB client) : DynamoTransport
{
    public override DynamoTransportKind Kind => DynamoTransportKind.Sdk;

    public override Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken) => client.GetItemAsync(request, cancellationToken);

    public override Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken) => client.QueryAsync(request, cancellationToken);

    public override Task<ScanResponse> ScanAsync(ScanRequest request, CancellationToken cancellationToken) => client.ScanAsync(request, cancellationToken);

    public override Task<BatchGetItemResponse> BatchGetItemAsync(BatchGetItemRequest request, CancellationToken cancellationToken) => client.BatchGetItemAsync(request, cancellationToken);

    public override Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken) => client.PutItemAsync(request, cancellationToken);

    public override Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken) => client.DeleteItemAsync(request, cancellationToken);

    public override Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken) => client.UpdateItemAsync(request, cancellationToken);

    public override Task<BatchWriteItemResponse> BatchWriteItemAsync(BatchWriteItemRequest request, CancellationToken cancellationToken) => client.BatchWriteItemAsync(request, cancellationToken);

    public override Task<TransactWriteItemsResponse> TransactWriteItemsAsync(TransactWriteItemsRequest request, CancellationToken cancellationToken) => client.TransactWriteItemsAsync(request, cancellationToken);

    public override Task<TransactGetItemsResponse> TransactGetItemsAsync(TransactGetItemsRequest request, CancellationToken cancellationToken) => client.TransactGetItemsAsync(request, cancellationToken);
}
