using System.Net;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Transport;

/// <summary>
/// DynamoDB's error answers, given byte for byte to both transports by a canned handler: the HTTP transport must throw
/// what the SDK client throws (type, error code, status, error type, message, the item of a failed condition, the
/// reasons of a cancelled transaction) and be retried the same way by the data access layer.
/// </summary>
public sealed class TransportErrorTests
{
    private static readonly Customer Ann = new() { CustomerId = "c1", Name = "Ann", LoginCount = 3, Version = 4 };

    public static TheoryData<DynamoTransportKind> Transports => new() { DynamoTransportKind.Sdk, DynamoTransportKind.Http };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Throttling_then_success_is_retried_and_returns_the_item(DynamoTransportKind transport)
    {
        var handler = new CannedDynamoHandler(
            CannedAnswer.Error(HttpStatusCode.BadRequest, "ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded."),
            CannedAnswer.Error(HttpStatusCode.BadRequest, "ThrottlingException", "Rate of requests exceeds the allowed throughput."),
            CannedAnswer.Ok("{\"Item\":" + ItemJson(Ann) + "}"));

        var found = await handler.Context(transport).Repository<Customer>().GetAsync(Ann.ToKey());

        Assert.Equal(Ann, found);
        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal("DynamoDB_20120810.GetItem", r.Target));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Throttling_that_does_not_stop_gives_up_after_the_policy_attempts(DynamoTransportKind transport)
    {
        var handler = new CannedDynamoHandler(CannedAnswer.Error(HttpStatusCode.BadRequest, "ProvisionedThroughputExceededException", "exceeded"));

        var error = await Assert.ThrowsAsync<ProvisionedThroughputExceededException>(() => handler.Context(transport, CannedDynamoHandler.NoWaitRetries(4)).Repository<Product>().GetAsync(Product.Key("p1")));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal("ProvisionedThroughputExceededException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Server_errors_are_retried_then_surface_as_InternalServerErrorException(DynamoTransportKind transport)
    {
        var handler = new CannedDynamoHandler(CannedAnswer.Error(HttpStatusCode.InternalServerError, "InternalServerError", "Internal server error"));

        var error = await Assert.ThrowsAsync<InternalServerErrorException>(() => handler.Context(transport).Repository<Product>().PutAsync(new Product { Sku = "p1" }));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("InternalServerError", error.ErrorCode);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_failed_version_condition_with_the_stored_item_is_a_version_conflict_carrying_it(DynamoTransportKind transport)
    {
        var stored = Ann with { Name = "Ann (elsewhere)", Version = 5 };
        var handler = new CannedDynamoHandler(CannedAnswer.Error(HttpStatusCode.BadRequest, "ConditionalCheckFailedException", "The conditional request failed", ",\"Item\":" + ItemJson(stored)));

        var conflict = await Assert.ThrowsAsync<DynamoVersionConflictException>(() => handler.Context(transport).Repository<Customer>().PutAsync(Ann));

        Assert.Single(handler.Requests);
        Assert.Equal(4, conflict.ExpectedVersion);
        Assert.Equal(5, conflict.CurrentVersion);
        Assert.Equal(stored, conflict.Current<Customer>());
        var inner = Assert.IsType<ConditionalCheckFailedException>(conflict.InnerException);
        Assert.Equal("Ann (elsewhere)", inner.Item["Name"].S);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_cancelled_transaction_carries_its_reasons_and_current_items(DynamoTransportKind transport)
    {
        var stored = Ann with { Version = 9 };
        var reasons = ",\"CancellationReasons\":[{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed\",\"Item\":" + ItemJson(stored) + "}]";
        var handler = new CannedDynamoHandler(CannedAnswer.Error(HttpStatusCode.BadRequest, "TransactionCanceledException", "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]", reasons));

        var cancelled = await Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => handler.Context(transport).WriteTransaction()
            .Put(new Product { Sku = "p1" })
            .Put(Ann)
            .ExecuteAsync());

        Assert.Single(handler.Requests);
        var failure = Assert.Single(cancelled.Failures);
        Assert.Equal(1, failure.Index);
        Assert.Equal("ConditionalCheckFailed", failure.Code);
        Assert.True(failure.IsVersionConflict);
        Assert.Equal(9, failure.CurrentVersion);
        Assert.Equal(stored, failure.Current<Customer>());
        var inner = Assert.IsType<TransactionCanceledException>(cancelled.InnerException);
        Assert.Equal(["None", "ConditionalCheckFailed"], inner.CancellationReasons.Select(r => r.Code));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task A_validation_error_is_not_retried_and_keeps_its_error_code(DynamoTransportKind transport)
    {
        var handler = new CannedDynamoHandler(CannedAnswer.Error(HttpStatusCode.BadRequest, "ValidationException", "One or more parameter values were invalid", prefix: "com.amazon.coral.validate#"));

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => handler.Context(transport).Repository<Product>().GetAsync(Product.Key("p1")));

        Assert.Single(handler.Requests);
        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Equal("One or more parameter values were invalid", error.Message);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task An_expired_credential_is_not_retried_and_says_so(DynamoTransportKind transport)
    {
        var handler = new CannedDynamoHandler(CannedAnswer.Error(HttpStatusCode.BadRequest, "ExpiredTokenException", "The security token included in the request is expired", prefix: "com.amazon.coral.service#"));

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => handler.Context(transport).Repository<Product>().GetAsync(Product.Key("p1")));

        Assert.Single(handler.Requests);
        Assert.Equal("ExpiredTokenException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    /// <summary>Every error answer above, and a few more, give the same exception on both transports, field by field.</summary>
    [Theory]
    [InlineData(400, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException", "exceeded")]
    [InlineData(400, "com.amazonaws.dynamodb.v20120810#ThrottlingException", "slow down")]
    [InlineData(400, "com.amazonaws.dynamodb.v20120810#RequestLimitExceeded", "account limit")]
    [InlineData(500, "com.amazonaws.dynamodb.v20120810#InternalServerError", "oops")]
    [InlineData(400, "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "Requested resource not found")]
    [InlineData(400, "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", "The conditional request failed")]
    [InlineData(400, "com.amazonaws.dynamodb.v20120810#TransactionConflictException", "conflict")]
    [InlineData(400, "com.amazonaws.dynamodb.v20120810#ItemCollectionSizeLimitExceededException", "too big")]
    [InlineData(400, "com.amazon.coral.validate#ValidationException", "invalid")]
    [InlineData(400, "com.amazon.coral.service#ExpiredTokenException", "expired")]
    [InlineData(400, "com.amazon.coral.service#UnrecognizedClientException", "The security token included in the request is invalid.")]
    [InlineData(403, "com.amazon.coral.service#AccessDeniedException", "not authorized")]
    public async Task Error_answers_give_the_same_exception_on_both_transports(int status, string type, string message)
    {
        var answer = new CannedAnswer((HttpStatusCode)status, $"{{\"__type\":\"{type}\",\"message\":\"{message}\"}}");

        var sdk = await FailureOf(DynamoTransportKind.Sdk, answer);
        var http = await FailureOf(DynamoTransportKind.Http, answer);

        Assert.Equal(Describe(sdk), Describe(http));
        Assert.Equal(DynamoRetryableErrors.IsRetryable(sdk), DynamoRetryableErrors.IsRetryable(http));
    }

    /// <summary>Answers that are not DynamoDB JSON (a load balancer's page, an empty body) are judged by their status alone, alike.</summary>
    [Theory]
    [InlineData(503, "<html><body>Service Unavailable</body></html>")]
    [InlineData(500, "")]
    [InlineData(413, "")]
    public async Task Answers_that_are_not_DynamoDB_JSON_give_the_same_exception_on_both_transports(int status, string body)
    {
        var answer = new CannedAnswer((HttpStatusCode)status, body);

        var sdk = await FailureOf(DynamoTransportKind.Sdk, answer);
        var http = await FailureOf(DynamoTransportKind.Http, answer);

        Assert.Equal(Describe(sdk), Describe(http));
        Assert.Equal(DynamoRetryableErrors.IsRetryable(sdk), DynamoRetryableErrors.IsRetryable(http));
    }

    private static async Task<AmazonServiceException> FailureOf(DynamoTransportKind transport, CannedAnswer answer)
    {
        var handler = new CannedDynamoHandler(answer);
        var context = handler.Context(transport, CannedDynamoHandler.NoWaitRetries(1));
        var error = await Record.ExceptionAsync(() => context.Repository<Product>().DeleteAsync(Product.Key("p1")));
        return error as AmazonServiceException ?? Assert.IsAssignableFrom<AmazonServiceException>(error?.InnerException);
    }

    private static string Describe(AmazonServiceException error)
        => $"{error.GetType().Name} code={error.ErrorCode} status={error.StatusCode} type={error.ErrorType} message={error.Message} request={error.RequestId}";

    internal static string ItemJson<TEntity>(TEntity entity) where TEntity : IDynamoEntity<TEntity>
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DynamoItemJson.WriteItem(writer, entity.ToItem());
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
