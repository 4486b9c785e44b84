using System.Collections.Concurrent;
using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Boto3Assist.DataAccess.Tests.Entities;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;
using Boto3Assist.Observability;

namespace Boto3Assist.DataAccess.Tests;

/// <summary>
/// Exception messages reach logs whenever a caller logs the exception: key values and attribute values stay out of
/// them (and out of spans) unless the user turns <see cref="ErrorValues.Show"/> on; the values stay on the properties.
/// In the DynamoDB Local collection, so no other test runs while the switch is flipped.
/// </summary>
[Collection(DynamoDbCollection.Name)]
public sealed class ValuesInErrorsTests(DynamoDbFixture fixture) : IAsyncLifetime
{
    private const string Secret = "SECRET-4111";
    private DynamoDataContext _context = null!;

    public async Task InitializeAsync() => _context = await fixture.CreateContextAsync("values");

    public Task DisposeAsync()
    {
        ErrorValues.Show = false;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_failed_condition_names_entity_and_table_but_not_the_key_unless_values_are_shown()
    {
        var products = _context.Repository<Product>();
        await products.CreateAsync(new Product { Sku = Secret });

        var hidden = await Assert.ThrowsAsync<DynamoConditionFailedException>(() => products.CreateAsync(new Product { Sku = Secret }));
        Assert.DoesNotContain(Secret, hidden.Message, StringComparison.Ordinal);
        Assert.Contains("Product", hidden.Message, StringComparison.Ordinal);
        Assert.Contains("'products-values'", hidden.Message, StringComparison.Ordinal);
        Assert.Contains(Secret, hidden.Key, StringComparison.Ordinal); // for code, not for logs

        ErrorValues.Show = true;
        var shown = await Assert.ThrowsAsync<DynamoConditionFailedException>(() => products.CreateAsync(new Product { Sku = Secret }));
        Assert.Contains(Secret, shown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_transaction_and_a_failed_batch_do_not_quote_keys()
    {
        await _context.Repository<Product>().PutAsync(new Product { Sku = Secret + "-tx", Stock = 0 });
        var cancelled = await Assert.ThrowsAsync<DynamoTransactionCanceledException>(() => _context.WriteTransaction()
            .Update(Product.Key(Secret + "-tx"), new DynamoUpdate<Product>().Increment(Product.Fields.Stock, -1), Product.Fields.Stock.GreaterThan(0))
            .ExecuteAsync());
        Assert.DoesNotContain(Secret, cancelled.ToString(), StringComparison.Ordinal);
        Assert.Contains("#0 Update Product {Sku=?}", cancelled.Message, StringComparison.Ordinal);
        Assert.Equal("0", Assert.Single(cancelled.Failures).CurrentItem!["Stock"].N);

        var batch = await Assert.ThrowsAsync<DynamoBatchException>(() => _context.BatchWriter().Put(new Product { Sku = Secret + "-big", Payload = new string('x', 401 * 1024) }).ExecuteAsync());
        Assert.DoesNotContain(Secret, batch.ToString(), StringComparison.Ordinal);
        Assert.Contains("Put Product {Sku=?}", batch.Message, StringComparison.Ordinal);
        Assert.Equal(Secret + "-big", Assert.Single(batch.Failures).Key["Sku"].S);
    }

    [Fact]
    public async Task A_get_whose_item_cannot_be_mapped_fails_its_span_without_the_value()
    {
        var table = _context.TableNames.For<Product>();
        await fixture.Client.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new() { ["Sku"] = new AttributeValue { S = "bad-stock" }, ["Stock"] = new AttributeValue { N = "4111111111111111" } },
        });
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Boto3AssistTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var error = await Assert.ThrowsAsync<DynamoMappingException>(() => _context.Repository<Product>().GetAsync(Product.Key("bad-stock")));

        Assert.Equal("Stock", error.Attribute);
        Assert.Equal("N \"4111111111111111\"", error.Found);
        Assert.True(error.FoundIncludesValue);
        Assert.Contains("found N of 16 characters (value not shown)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", error.ToString(), StringComparison.Ordinal);
        var span = Assert.Single(spans, s => s.DisplayName == "DynamoDB.GetItem" && s.GetTagItem(TelemetryAttributes.DynamoDbTableNames) is string[] names && names.Contains(table));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(typeof(DynamoMappingException).FullName, span.GetTagItem(TelemetryAttributes.ErrorType));
        Assert.DoesNotContain("4111", span.StatusDescription ?? string.Empty, StringComparison.Ordinal);
        Assert.All(span.Events.SelectMany(e => e.Tags), tag => Assert.DoesNotContain("4111", tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));

        ErrorValues.Show = true;
        var shown = await Assert.ThrowsAsync<DynamoMappingException>(() => _context.Repository<Product>().GetAsync(Product.Key("bad-stock")));
        Assert.Contains("found N \"4111111111111111\"", shown.Message, StringComparison.Ordinal);
    }
}
