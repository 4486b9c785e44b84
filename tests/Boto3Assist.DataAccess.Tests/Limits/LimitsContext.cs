using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Boto3Assist.DataAccess.Tests.Infrastructure;
using Boto3Assist.DynamoDb;

namespace Boto3Assist.DataAccess.Tests.Limits;

/// <summary>
/// The "limits" table on the shared DynamoDB Local, a context that counts every request it sends (to prove a
/// refused write sent nothing: the SDK client's requests by its event, the HTTP transport's by its handler), and a plain client to show what DynamoDB Local itself does with an item we refuse.
/// </summary>
public sealed class LimitsContext : IAsyncDisposable
{
    private int _requestsSent;
    private CountingHandler? _handler;

    private LimitsContext(AmazonDynamoDBClient client, DynamoDataContext context, string tableName)
    {
        Client = client;
        Context = context;
        TableName = tableName;
    }

    /// <summary>The client of <see cref="Context"/>.</summary>
    public AmazonDynamoDBClient Client { get; }

    public DynamoDataContext Context { get; }

    public string TableName { get; }

    /// <summary>Requests the context's client has sent so far.</summary>
    public int RequestsSent => Volatile.Read(ref _requestsSent);

    public DynamoRepository<LimitDoc> Docs => Context.Repository<LimitDoc>();

    public static async Task<LimitsContext> CreateAsync(DynamoDbFixture fixture, string suffix)
    {
        var client = fixture.Local.CreateClient();
        var counting = new CountingHandler();
        var context = new DynamoDataContext(client, new DynamoDataAccessOptions { TableNameSuffix = "-" + suffix, HttpHandler = counting });
        var tableName = context.TableNames.For<LimitDoc>();
        await DynamoTableCreator.CreateIfNotExistsAsync(fixture.Client, LimitDoc.Metadata.Table, tableName);
        var limits = new LimitsContext(client, context, tableName) { _handler = counting };
        counting.Sent = () => Interlocked.Increment(ref limits._requestsSent);
        client.BeforeRequestEvent += limits.Counted;
        return limits;
    }

    public ValueTask DisposeAsync()
    {
        Client.BeforeRequestEvent -= Counted;
        Client.Dispose();
        _handler?.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Counted(object sender, RequestEventArgs e) => Interlocked.Increment(ref _requestsSent);

    /// <summary>The HTTP transport's handler: counts each request, then sends it.</summary>
    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public Action? Sent { get; set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent?.Invoke();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
