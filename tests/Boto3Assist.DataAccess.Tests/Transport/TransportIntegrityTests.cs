using System.Globalization;
using System.Net;
using System.Text;
using Amazon.DynamoDBv2;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DynamoDb;
using Microsoft.Extensions.Time.Testing;

namespace Boto3Assist.DataAccess.Tests.Transport;

/// <summary>
/// What the HTTP transport does like the SDK client beyond reading answers: it checks the CRC32 DynamoDB sends with
/// every answer (a damaged body is retried, then refused with a typed error), and it corrects a skewed clock from the
/// server's Date header once, then signs every later request with the corrected time.
/// </summary>
public sealed class TransportIntegrityTests
{
    private static readonly Product Widget = new() { Sku = "p1", Title = "Widget", Stock = 3 };

    private static readonly DateTimeOffset LocalNow = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static string ItemAnswer => "{\"Item\":" + TransportErrorTests.ItemJson(Widget) + "}";

    [Fact]
    public async Task An_answer_with_its_own_CRC32_is_read()
    {
        var handler = new CannedDynamoHandler(WithCrc(CannedAnswer.Ok(ItemAnswer), Crc(ItemAnswer)));

        Assert.Equal(Widget, await handler.Context(DynamoTransportKind.Http).Repository<Product>().GetAsync(Product.Key("p1")));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_damaged_answer_is_retried_and_the_next_good_one_is_read()
    {
        var handler = new CannedDynamoHandler(WithCrc(CannedAnswer.Ok(ItemAnswer), Crc(ItemAnswer) ^ 1), WithCrc(CannedAnswer.Ok(ItemAnswer), Crc(ItemAnswer)));

        Assert.Equal(Widget, await handler.Context(DynamoTransportKind.Http).Repository<Product>().GetAsync(Product.Key("p1")));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Answers_that_stay_damaged_fail_with_a_typed_error_after_the_policy_attempts()
    {
        var handler = new CannedDynamoHandler(WithCrc(CannedAnswer.Ok(ItemAnswer), 12345));

        var error = await Assert.ThrowsAsync<DynamoResponseChecksumException>(
            () => handler.Context(DynamoTransportKind.Http, CannedDynamoHandler.NoWaitRetries(4)).Repository<Product>().GetAsync(Product.Key("p1")));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(12345u, error.Expected);
        Assert.Equal(Crc(ItemAnswer), error.Actual);
        Assert.Equal("canned-request-id", error.RequestId);
        Assert.DoesNotContain("Widget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_error_answer_is_not_taken_for_the_error_it_seems_to_be()
    {
        var failed = CannedAnswer.Error(HttpStatusCode.BadRequest, "ConditionalCheckFailedException", "The conditional request failed");
        var handler = new CannedDynamoHandler(WithCrc(failed, Crc(failed.Body) + 1), CannedAnswer.Ok());

        await handler.Context(DynamoTransportKind.Http).Repository<Product>().PutAsync(Widget);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_skewed_clock_is_corrected_from_the_server_Date_once_and_the_call_succeeds()
    {
        var serverNow = LocalNow.AddHours(1);
        var handler = new CannedDynamoHandler(SignatureExpired(serverNow), CannedAnswer.Ok(ItemAnswer), CannedAnswer.Ok(ItemAnswer));
        var products = handler.Context(DynamoTransportKind.Http, time: new FakeTimeProvider(LocalNow)).Repository<Product>();

        Assert.Equal(Widget, await products.GetAsync(Product.Key("p1")));
        Assert.Equal(Widget, await products.GetAsync(Product.Key("p1")));

        Assert.Equal(["20260101T000000Z", "20260101T010000Z", "20260101T010000Z"], handler.Requests.Select(SignedAt));
    }

    [Fact]
    public async Task A_second_skew_answer_after_the_correction_is_thrown_not_looped_on()
    {
        var serverNow = LocalNow.AddHours(1);
        var handler = new CannedDynamoHandler(SignatureExpired(serverNow));
        var products = handler.Context(DynamoTransportKind.Http, CannedDynamoHandler.NoWaitRetries(5), new FakeTimeProvider(LocalNow)).Repository<Product>();

        var error = await Assert.ThrowsAsync<AmazonDynamoDBException>(() => products.GetAsync(Product.Key("p1")));
        Assert.Equal("InvalidSignatureException", error.ErrorCode);
        Assert.Equal(2, handler.Requests.Count);

        // The next call signs with the corrected clock; the server's Date now agrees with it: nothing more to correct.
        await Assert.ThrowsAsync<AmazonDynamoDBException>(() => products.GetAsync(Product.Key("p1")));
        Assert.Equal(["20260101T000000Z", "20260101T010000Z", "20260101T010000Z"], handler.Requests.Select(SignedAt));
    }

    [Fact]
    public async Task A_signature_error_from_a_server_whose_clock_agrees_is_not_sent_again()
    {
        var handler = new CannedDynamoHandler(SignatureExpired(LocalNow.AddMinutes(3)));

        await Assert.ThrowsAsync<AmazonDynamoDBException>(
            () => handler.Context(DynamoTransportKind.Http, time: new FakeTimeProvider(LocalNow)).Repository<Product>().GetAsync(Product.Key("p1")));

        Assert.Single(handler.Requests);
    }

    private static CannedAnswer SignatureExpired(DateTimeOffset serverNow)
        => CannedAnswer.Error(HttpStatusCode.BadRequest, "InvalidSignatureException", "Signature expired: 20260101T000000Z is now earlier than 20260101T004500Z (20260101T010000Z - 15 min.)")
            with { Headers = new Dictionary<string, string> { ["Date"] = serverNow.ToString("R", CultureInfo.InvariantCulture) } };

    private static CannedAnswer WithCrc(CannedAnswer answer, uint crc)
        => answer with { Headers = new Dictionary<string, string> { ["x-amz-crc32"] = crc.ToString(CultureInfo.InvariantCulture) } };

    private static uint Crc(string body) => System.IO.Hashing.Crc32.HashToUInt32(Encoding.UTF8.GetBytes(body));

    private static string SignedAt((string Target, string Body, HttpRequestMessage Request) request)
        => request.Request.Headers.GetValues("X-Amz-Date").Single();
}
