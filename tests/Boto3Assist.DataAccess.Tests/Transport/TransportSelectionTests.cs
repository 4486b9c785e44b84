using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Transport;

/// <summary>Which transport a context gets: the one its options name, on the SDK client itself; the SDK one otherwise.</summary>
[Collection(DynamoDbCollection.Name)]
public sealed class TransportSelectionTests(DynamoDbFixture fixture)
{
    [Fact]
    public async Task The_contexts_of_this_test_run_use_the_transport_it_runs_on()
    {
        var context = await fixture.CreateContextAsync("selection");

        Assert.Equal(TransportSelection.Current, context.Options.Transport);
        Assert.Equal(TransportSelection.Current, context.Transport.Kind);
    }

    [Theory]
    [InlineData(DynamoTransportKind.Sdk)]
    [InlineData(DynamoTransportKind.Http)]
    public void The_options_choose_the_transport(DynamoTransportKind transport)
    {
        var context = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { Transport = transport });

        Assert.Equal(transport, context.Transport.Kind);
    }

    [Fact]
    public void A_client_that_overrides_calls_keeps_the_SDK_transport_so_its_overrides_run()
    {
        using var faulty = fixture.CreateFaultyClient();

        var context = new DynamoDataContext(faulty, new DynamoDataAccessOptions { Transport = DynamoTransportKind.Http });

        Assert.Equal(DynamoTransportKind.Sdk, context.Transport.Kind);
    }

    [Fact]
    public async Task Both_transports_read_and_write_the_same_items()
    {
        var sdk = await fixture.CreateContextAsync("both", configure: o => o.Transport = DynamoTransportKind.Sdk);
        var http = new DynamoDataContext(fixture.Client, new DynamoDataAccessOptions { TableNameSuffix = "-both", Transport = DynamoTransportKind.Http });
        var written = new Entities.Product { Sku = "both-1", Title = "Caf\u00e9 \"quoted\"", Stock = 3 };

        await http.Repository<Entities.Product>().PutAsync(written);
        var readBySdk = await sdk.Repository<Entities.Product>().GetAsync(Entities.Product.Key("both-1"));
        await sdk.Repository<Entities.Product>().PutAsync(written with { Stock = 4 });
        var readByHttp = await http.Repository<Entities.Product>().GetAsync(Entities.Product.Key("both-1"));

        Assert.Equal(written, readBySdk);
        Assert.Equal(written with { Stock = 4 }, readByHttp);
    }
}
